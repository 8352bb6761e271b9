import { useInbox, useSettings } from '../../app/context';
import { Menu, type MenuEntry } from '../../components/Menu';
import { viewTitle } from './scope';
import { useExports, useExportsStore } from './use-exports';
import { useSelectionExports } from './useSelectionExports';

/**
 * "Export…" in the inbox toolbar: the view as filtered, searched and sorted (or the selection, when
 * rows are selected) to CSV or Excel, every PDF of the view in one ZIP, and printable documents (the
 * view, the AP aging report).
 */
export function ExportMenu() {
  const store = useExportsStore();
  const busy = useExports((s) => s.job?.status === 'starting' || s.job?.status === 'running');
  const filter = useInbox((s) => s.filter);
  const sort = useInbox((s) => s.sort);
  const count = useInbox((s) => s.count ?? s.pages.size);
  const activeViewId = useInbox((s) => s.activeViewId);
  // "All in view" is the view itself: its export is the view's.
  const allInView = useInbox((s) => s.allInView);
  const selection = useSelectionExports();
  const views = useSettings((s) => s.views);
  const title = viewTitle(activeViewId, views, filter);
  const empty = count === 0;
  const { start, openPrint } = store.getState();

  const viewItems: MenuEntry[] = [
    { label: 'Export view as CSV', disabled: busy || empty, onSelect: () => void start({ format: 'csv', filter, sort, title }) },
    { label: 'Export view as Excel (XLSX)', disabled: busy || empty, onSelect: () => void start({ format: 'xlsx', filter, sort, title }) },
  ];
  const selectionItems: MenuEntry[] = selection.length > 0 && !allInView ? ['separator', ...selection] : [];
  const items: MenuEntry[] = [
    ...viewItems,
    ...selectionItems,
    'separator',
    { label: 'Download PDFs of the view (ZIP)', disabled: busy || empty, onSelect: () => void start({ format: 'pdfs', filter, sort, title }) },
    'separator',
    { label: 'Print view…', disabled: empty, onSelect: () => openPrint({ kind: 'view', filter, sort, title }) },
    { label: 'Print AP aging report…', onSelect: () => openPrint({ kind: 'aging', title: 'AP aging report' }) },
  ];
  return (
    <Menu label="Export and print" items={items} className="export-menu">
      Export…
    </Menu>
  );
}

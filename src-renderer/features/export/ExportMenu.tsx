import { useMemo } from 'react';
import { MAX_EXPORT_IDS } from '../../../src-shared/contract/exports';
import { useInbox, useSettings } from '../../app/context';
import { Menu, type MenuEntry } from '../../components/Menu';
import { selectedIdsFrom, viewTitle } from './scope';
import { useExports, useExportsStore } from './use-exports';

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
  // The multi-selection is optional in the inbox store: read as given, never assumed.
  const rawSelection = useInbox((s) => (s as unknown as { selectedIds?: unknown }).selectedIds);
  const selected = useMemo(() => selectedIdsFrom(rawSelection), [rawSelection]);
  const views = useSettings((s) => s.views);
  const title = viewTitle(activeViewId, views, filter);
  const empty = count === 0;
  const { start, openPrint } = store.getState();

  const viewItems: MenuEntry[] = [
    { label: 'Export view as CSV', disabled: busy || empty, onSelect: () => void start({ format: 'csv', filter, sort, title }) },
    { label: 'Export view as Excel (XLSX)', disabled: busy || empty, onSelect: () => void start({ format: 'xlsx', filter, sort, title }) },
  ];
  const selection = selected.length > 0 && selected.length <= MAX_EXPORT_IDS ? selected : null;
  const selectionTitle = `${selected.length} selected ${selected.length === 1 ? 'invoice' : 'invoices'}`;
  const selectionItems: MenuEntry[] = selection
    ? [
        'separator',
        { label: `Export ${selectionTitle} as CSV`, disabled: busy, onSelect: () => void start({ format: 'csv', filter, sort, invoiceIds: selection, title: selectionTitle }) },
        { label: `Export ${selectionTitle} as Excel (XLSX)`, disabled: busy, onSelect: () => void start({ format: 'xlsx', filter, sort, invoiceIds: selection, title: selectionTitle }) },
      ]
    : [];
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

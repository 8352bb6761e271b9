import type { MenuEntry } from '../../components/Menu';
import { useInbox, useSettings } from '../../app/context';
import { selectionCount } from '../../stores/selection';
import { viewTitle } from './scope';
import { useExports, useExportsStore } from './use-exports';

/**
 * Exports of the rows picked in the list, in the view's order: CSV, Excel and their PDFs as one ZIP.
 * "All in view" exports the view itself (by its filter). None when nothing is picked.
 */
export function useSelectionExports(): MenuEntry[] {
  const store = useExportsStore();
  const busy = useExports((s) => s.job?.status === 'starting' || s.job?.status === 'running');
  const filter = useInbox((s) => s.filter);
  const sort = useInbox((s) => s.sort);
  const activeViewId = useInbox((s) => s.activeViewId);
  const selectedIds = useInbox((s) => s.selectedIds);
  const allInView = useInbox((s) => s.allInView);
  const count = useInbox(selectionCount);
  const views = useSettings((s) => s.views);
  if (count === 0 || (count === null && !allInView)) return [];
  const title = count === null ? 'the selected invoices' : `${count.toLocaleString('en-US')} selected ${count === 1 ? 'invoice' : 'invoices'}`;
  const scope = allInView ? { filter, sort, title: viewTitle(activeViewId, views, filter) } : { filter, sort, invoiceIds: [...selectedIds], title };
  const { start } = store.getState();
  return [
    { label: `Export ${title} as CSV`, disabled: busy, onSelect: () => void start({ format: 'csv', ...scope }) },
    { label: `Export ${title} as Excel (XLSX)`, disabled: busy, onSelect: () => void start({ format: 'xlsx', ...scope }) },
    { label: `Download PDFs of ${title} (ZIP)`, disabled: busy, onSelect: () => void start({ format: 'pdfs', ...scope }) },
  ];
}

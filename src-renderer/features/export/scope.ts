import type { InboxFilter } from '../../../src-shared/domain/inbox-query';
import { isFilterEmpty } from '../../../src-shared/domain/inbox-query';
import { BUILTIN_VIEWS, type SavedView } from '../inbox/views';

/** What the current view is called in a file name and on a printed page. */
export function viewTitle(activeViewId: string | null, views: readonly SavedView[], filter: InboxFilter): string {
  const named = [...BUILTIN_VIEWS, ...views].find((view) => view.id === activeViewId);
  const search = filter.search.trim();
  if (named) return search === '' ? named.name : `${named.name}, search ${search}`.slice(0, 80);
  if (search !== '') return `Search ${search}`.slice(0, 80);
  return isFilterEmpty(filter) ? 'All invoices' : 'Filtered invoices';
}

export const FORMAT_WORDS = { csv: 'CSV', xlsx: 'Excel', pdfs: 'a ZIP of PDFs' } as const;

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

/**
 * The selected invoice ids, when the inbox store keeps a multi-selection (`selectedIds`, a Set or an
 * array); none otherwise. Read without assuming its shape: the selection is added separately.
 */
export function selectedIdsFrom(value: unknown): string[] {
  const list = value instanceof Set ? [...(value as Set<unknown>)] : Array.isArray(value) ? value : [];
  return list.filter((id): id is string => typeof id === 'string');
}

export const FORMAT_WORDS = { csv: 'CSV', xlsx: 'Excel', pdfs: 'a ZIP of PDFs' } as const;

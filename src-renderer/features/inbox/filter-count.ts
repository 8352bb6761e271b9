import { EMPTY_FILTER, type InboxFilter } from '../../../src-shared/domain/inbox-query';

type FilterKey = keyof InboxFilter;

/** The search box stays on screen: it is not one of the folded-away filters. */
const NOT_COUNTED: ReadonlySet<FilterKey> = new Set<FilterKey>(['search']);

/**
 * How many filters narrow the list besides the search ("Filters (3)"): every field of the filter that
 * differs from the empty filter, so a field added to InboxFilter counts without a change here.
 */
export function activeFilterCount(filter: InboxFilter): number {
  return (Object.keys(EMPTY_FILTER) as FilterKey[]).filter((key) => !NOT_COUNTED.has(key) && JSON.stringify(filter[key]) !== JSON.stringify(EMPTY_FILTER[key])).length;
}

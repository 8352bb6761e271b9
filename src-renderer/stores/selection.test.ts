import { EMPTY_FILTER, type InboxRowView } from '../../src-shared/domain/inbox-query';
import type { ApiClient } from '../api/client';
import { createInboxStore } from './inbox';
import { selectionCount, selectionTarget } from './selection';

const TOTAL = 20_000;
const row = (n: number) => ({ id: `i${n}`, tags: [] }) as unknown as InboxRowView;

/** Main with a view of 20,000 invoices: windows of rows by offset, and the count. */
function bigView() {
  const windows: Array<{ offset: number; limit: number }> = [];
  const call = async (name: string, args: { offset?: number; limit?: number }): Promise<unknown> => {
    if (name === 'invoices:facets') return { currencies: [], total: TOTAL, owed: 0, tags: [] };
    const offset = args.offset ?? 0;
    const limit = args.limit ?? 0;
    if (limit > 0) windows.push({ offset, limit });
    const rows = Array.from({ length: Math.max(0, Math.min(limit, TOTAL - offset)) }, (_, i) => row(offset + i));
    return { offset, rows, count: TOTAL, aggregates: null };
  };
  return { api: { call, on: () => () => undefined } as unknown as ApiClient, windows };
}

describe('the selection of a view larger than can be picked one by one', () => {
  it('refuses a range or a pick past 10,000 invoices with a sentence, fetching nothing; select all in view acts by the filter', async () => {
    const main = bigView();
    const store = createInboxStore(main.api, () => 0, { figuresDelayMs: 0 });
    await store.getState().load();
    expect(store.getState().count).toBe(TOTAL);
    expect(await store.getState().toggleSelected('i0', 0)).toBeNull();

    const fetched = main.windows.length;
    expect(await store.getState().selectRange(15_000)).toBe(
      'That would pick 15,001 invoices; at most 10,000 can be picked one by one. Use "Select all" in the list\'s header to act on every invoice in this view.',
    );
    expect(main.windows).toHaveLength(fetched);
    expect(store.getState().selectedIds).toEqual(new Set(['i0']));

    // The largest range there is: fetched from main in windows of 500 rows.
    expect(await store.getState().selectRange(9_999)).toBeNull();
    expect(store.getState().selectedIds.size).toBe(10_000);
    expect(main.windows.slice(fetched)).toHaveLength(20);
    expect(await store.getState().toggleSelected('i12000', 12_000)).toMatch(/^That would pick 10,001 invoices/);
    expect(store.getState().selectedIds.size).toBe(10_000);

    store.getState().selectAllInView();
    expect(selectionCount(store.getState())).toBe(TOTAL);
    expect(selectionTarget(store.getState())).toEqual({ filter: EMPTY_FILTER });
    // Unpicking one row of 20,000 would need every other id: refused, the whole view stays picked.
    expect(await store.getState().toggleSelected('i5', 5)).toMatch(/^That would pick 20,000 invoices/);
    expect(store.getState().allInView).toBe(true);
  });
});

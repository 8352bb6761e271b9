/**
 * A window is read differently by its filter, its search and its sort (inbox-queries.ts windowPlan): in
 * the sort's index order testing each row, when the first rows of that order hold it; otherwise found
 * first (few matches looked up directly, many as the set of matches, or the filter's own index) and
 * sorted. Every plan must give the same answers: here the same data is read through a table that treats
 * every search as "many" and never walks, one that treats none so, and one that tries the walk for
 * every window.
 */
import Sqlite from 'better-sqlite3';
import type { InboxFilter, InboxSort, Invoice } from '../../../src-shared/domain';
import { EMPTY_FILTER, SORT_KEYS } from '../../../src-shared/domain';
import { prepare } from './database';
import { InboxQueryTable } from './inbox-queries';
import { SqliteWorkspaceStore } from './sqlite-store';
import { account, bill, syncAll, utc } from './test-support';

const PROJECTS = ['granite', 'harbor', 'ember'];
const calendar = utc('2026-06-15');

function setup() {
  const db = new Sqlite(':memory:');
  prepare(db, {});
  const store = new SqliteWorkspaceStore(db, ':memory:');
  store.accounts.insert(account('a', { label: 'Research lab' }));
  store.accounts.insert(account('b', { label: 'Ops team', provider: 'vastai' }));
  const invoices = (id: string): Invoice[] =>
    Array.from({ length: 60 }, (_, n) =>
      bill(id, n, {
        description: `Usage for project ${PROJECTS[n % 3]}`,
        // Spread over the attention groups and orders: owed, paid, void, no due date.
        status: n % 4 === 0 ? 'paid' : n % 7 === 0 ? 'void' : 'open',
        dueAt: n % 9 === 0 ? null : `2026-0${5 + (n % 3)}-${String(1 + (n % 27)).padStart(2, '0')}`,
        // Issued and paid dates with ties and gaps (missing dates sort last both ways).
        issuedAt: n % 5 === 0 ? null : `2026-0${1 + (n % 4)}-${String(10 + (n % 7)).padStart(2, '0')}T09:00:00.000Z`,
        paidAt: n % 8 === 0 ? `2026-06-${String(1 + (n % 3)).padStart(2, '0')}T10:00:00.000Z` : null,
        total: 1000 + ((n * 37) % 500),
        amountDue: n % 4 === 0 ? 0 : 1000 + ((n * 37) % 500),
      }),
    );
  syncAll(store, 'a', invoices('a'));
  syncAll(store, 'b', invoices('b'));
  return { store, many: new InboxQueryTable(db, 0, 0), few: new InboxQueryTable(db, 1_000_000, 0), head: new InboxQueryTable(db, 0, 1_000_000) };
}

const SEARCHES = ['', 'granite', 'research gran', 'ops', 'research a', 'research gr', 'g', 'no such thing', 'in_5', 'n_5', '5%'];
/** No filter, states, an account, a due filter: rows early in some orders and deep in others. */
const FILTERS: Partial<InboxFilter>[] = [{}, { states: ['open', 'paid'] }, { accountIds: ['b'] }, { due: { kind: 'overdue' } }];
const SORTS: InboxSort[] = SORT_KEYS.flatMap((key) => [{ key, dir: 'asc' as const }, { key, dir: 'desc' as const }]);

describe('search plans', () => {
  it('windows, counts, positions and exports agree whatever the number of matches, for every sort', () => {
    const { store, many, few, head } = setup();
    for (const [search, narrowing] of SEARCHES.flatMap((search) => FILTERS.map((narrowing) => [search, narrowing] as const))) {
      const filter: InboxFilter = { ...EMPTY_FILTER, ...narrowing, search };
      const expected = few.count(filter, calendar);
      expect(many.count(filter, calendar)).toBe(expected);
      // The figures of the view, and those of the same rows as an export's snapshot sums them.
      const snapshot = few.iterate({ filter, sort: SORTS[0] as InboxSort }, calendar, 50);
      expect(many.aggregates(filter, calendar), `figures: ${search} ${JSON.stringify(narrowing)}`).toEqual(snapshot.aggregates());
      snapshot.close();
      for (const sort of SORTS) {
        const ids = (table: InboxQueryTable, offset: number) => table.window({ filter, sort, offset, limit: 7 }, calendar).rows.map((row) => row.id);
        const all = few.select(filter, sort, calendar).map((invoice) => invoice.id);
        expect(all).toHaveLength(expected);
        for (const offset of [0, 7, 35]) {
          // The order every read shares (orderSql, as select reads it), whatever plan a window takes.
          const expectedIds = all.slice(offset, offset + 7);
          const name = `${search} ${JSON.stringify(narrowing)} ${sort.key} ${sort.dir} @${offset}`;
          expect(ids(few, offset), name).toEqual(expectedIds);
          expect(ids(many, offset), name).toEqual(expectedIds);
          expect(ids(head, offset), `head: ${name}`).toEqual(expectedIds);
        }
        expect(many.select(filter, sort, calendar).map((invoice) => invoice.id)).toEqual(all);
        // Positions by counting what comes before (locate), for rows with and without each date.
        for (let position = 0; position < all.length; position += 3) expect(many.locate(all[position] as string, filter, sort, calendar), `locate ${sort.key} ${sort.dir}`).toBe(position);
        const outside = (few.select(EMPTY_FILTER, sort, calendar) as Invoice[]).find((invoice) => !all.includes(invoice.id));
        if (outside) expect(many.locate(outside.id, filter, sort, calendar)).toBeNull();
      }
    }
    store.close();
  });

  it('every word must occur: a long word and a short one, each anywhere in the invoice', () => {
    const { store, many } = setup();
    const found = many.select({ ...EMPTY_FILTER, search: 'research gr' }, { key: 'attention', dir: 'asc' }, calendar);
    expect(found.length).toBe(20);
    expect(found.every((invoice) => invoice.accountId === 'a' && invoice.description?.includes('granite'))).toBe(true);
    const window = many.window({ filter: { ...EMPTY_FILTER, search: 'research gr' }, sort: { key: 'attention', dir: 'asc' }, offset: 0, limit: 100 }, calendar).rows;
    expect(window.map((row) => row.id)).toEqual(found.map((invoice) => invoice.id));
    store.close();
  });
});

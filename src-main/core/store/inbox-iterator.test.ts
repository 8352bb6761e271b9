import { DEFAULT_SORT, EMPTY_FILTER, type Account, type InboxFilter, type InboxSort, type Invoice } from '../../../src-shared/domain';
import { invoiceFixture } from '../../services/test-support';
import { seededStore, utcCalendar } from '../testing/seeded-store';
import type { SqliteWorkspaceStore } from './sqlite-store';

const NOW = Date.parse('2026-06-15T12:00:00.000Z');
const calendar = utcCalendar(NOW);
const accounts: Account[] = [
  { id: 'a', provider: 'gpuoutlet', label: 'Alpha GPUs', baseUrl: null, createdAt: '2026-01-01T00:00:00.000Z', demo: false },
  { id: 'b', provider: 'commet', label: 'Beta billing', baseUrl: null, createdAt: '2026-01-01T00:00:00.000Z', demo: false },
];

/** 25 invoices: overdue, open, paid and a JPY credit note among them, some matching "gpu". */
function invoices(): Invoice[] {
  const list: Invoice[] = [];
  for (let n = 1; n <= 25; n += 1) {
    const accountId = n % 2 === 0 ? 'a' : 'b';
    const paid = n % 5 === 0;
    list.push(
      invoiceFixture(accountId, n, {
        provider: accountId === 'a' ? 'gpuoutlet' : 'commet',
        number: `INV-${String(n).padStart(3, '0')}`,
        dueAt: `2026-${n % 3 === 0 ? '05' : '07'}-${String(n).padStart(2, '0')}`,
        total: 1000 + n,
        amountDue: paid ? 0 : 1000 + n,
        amountPaid: paid ? 1000 + n : 0,
        status: paid ? 'paid' : 'open',
        paidAt: paid ? '2026-06-01T10:00:00.000Z' : null,
        description: n % 4 === 0 ? 'GPU hours' : 'Hosting',
        currency: n === 7 ? 'JPY' : 'USD',
        kind: n === 7 ? 'credit_note' : 'invoice',
      }),
    );
  }
  return list;
}

function allRows(store: SqliteWorkspaceStore, filter: InboxFilter, sort = DEFAULT_SORT) {
  return store.inbox.window({ filter, sort, offset: 0, limit: 1000 }, calendar).rows;
}

function tempTables(store: SqliteWorkspaceStore): string[] {
  // A test peeks at the connection: the snapshot tables live in its temp schema.
  const db = (store as unknown as { db: { prepare(sql: string): { pluck(): { all(): string[] } } } }).db;
  return db.prepare("SELECT name FROM sqlite_temp_master WHERE type = 'table'").pluck().all();
}

describe('InboxQueries.iterate', () => {
  it('reads the filtered, sorted set in batches: the same rows, order, count and figures as the window reads', () => {
    const store = seededStore(accounts, invoices(), NOW);
    const cases: Array<[InboxFilter, InboxSort]> = [
      [EMPTY_FILTER, DEFAULT_SORT],
      [{ ...EMPTY_FILTER, states: ['overdue', 'open'] }, { key: 'amount', dir: 'desc' }],
      [{ ...EMPTY_FILTER, search: 'gpu' }, { key: 'provider', dir: 'asc' }],
    ];
    for (const [filter, sort] of cases) {
      const iteration = store.inbox.iterate({ filter, sort }, calendar, 4);
      const batches = [...iteration];
      const expected = allRows(store, filter, sort);
      expect(batches.flat()).toEqual(expected);
      expect(batches.every((batch, n) => batch.length === (n < batches.length - 1 ? 4 : batches.at(-1)?.length))).toBe(true);
      expect(batches.every((batch) => batch.length <= 4 && batch.length > 0)).toBe(true);
      expect(iteration.count).toBe(expected.length);
      expect(iteration.aggregates()).toEqual(store.inbox.aggregates(filter, calendar));
      iteration.close();
    }
    expect(tempTables(store)).toEqual([]);
  });

  it('reads only the given ids in the sort order, whatever the filter, with their own figures', () => {
    const store = seededStore(accounts, invoices(), NOW);
    const ids = ['b:in_7', 'a:in_2', 'b:in_25', 'a:in_nope'];
    const iteration = store.inbox.iterate({ filter: { ...EMPTY_FILTER, states: ['paid'] }, sort: { key: 'amount', dir: 'asc' }, ids }, calendar, 100);
    const rows = [...iteration].flat();
    // By amount in major units: ¥1,007 after $10.02 and $10.25.
    expect(rows.map((row) => row.id)).toEqual(['a:in_2', 'b:in_25', 'b:in_7']);
    expect(iteration.count).toBe(3);
    const figures = iteration.aggregates();
    expect(figures.count).toBe(3);
    expect(figures.byCurrency.map((entry) => [entry.currency, entry.count, entry.dueAmount, entry.paidAmount])).toEqual([
      ['JPY', 1, 0, 0],
      ['USD', 2, 1002, 1025],
    ]);
    iteration.close();
  });

  it('keeps its snapshot while a sync writes and other reads run between batches', () => {
    const store = seededStore(accounts, invoices(), NOW);
    const iteration = store.inbox.iterate({ filter: EMPTY_FILTER, sort: { key: 'due', dir: 'asc' } }, calendar, 10);
    const expected = allRows(store, EMPTY_FILTER, { key: 'due', dir: 'asc' }).map((row) => row.id);
    const seen: string[] = [];
    let turn = 0;
    for (const batch of iteration) {
      seen.push(...batch.map((row) => row.id));
      if (turn++ === 0) {
        // A new invoice due first of all arrives mid-export; the window reads see it, the export does not.
        const early = invoiceFixture('a', 99, { dueAt: '2026-01-01' });
        store.invoices.commitSync({ accountId: 'a', fetchStartedAt: '2026-06-15T12:01:00.000Z', finishedAt: '2026-06-15T12:01:00.000Z', invoices: [...invoices().filter((i) => i.accountId === 'a'), early], complete: true, warnings: [] });
        expect(allRows(store, EMPTY_FILTER, { key: 'due', dir: 'asc' })[0]?.id).toBe('a:in_99');
      }
    }
    expect(seen).toEqual(expected);
    iteration.close();
  });

  it('drops its snapshot when closed (early too), reads nothing after, and refuses a bad batch size', () => {
    const store = seededStore(accounts, invoices(), NOW);
    const first = store.inbox.iterate({ filter: EMPTY_FILTER, sort: DEFAULT_SORT }, calendar, 5);
    const second = store.inbox.iterate({ filter: EMPTY_FILTER, sort: DEFAULT_SORT }, calendar, 5);
    expect(tempTables(store)).toHaveLength(2);
    first.close();
    first.close();
    for (const batch of second) {
      expect(batch).toHaveLength(5);
      break;
    }
    expect(tempTables(store)).toHaveLength(1);
    second.close();
    expect(tempTables(store)).toEqual([]);
    expect([...first]).toEqual([]);
    expect(() => store.inbox.iterate({ filter: EMPTY_FILTER, sort: DEFAULT_SORT }, calendar, 0)).toThrow(RangeError);
    expect(tempTables(store)).toEqual([]);
  });
});

import fc from 'fast-check';
import type { InboxFilter, Invoice } from '../../../src-shared/domain';
import { DEFAULT_SORT, EMPTY_FILTER, INVOICE_STATES, INVOICE_STATUSES, isPayable, localDay, startOfLocalDay, zoneNamed } from '../../../src-shared/domain';
import { stateOf, type QueryCalendar } from './inbox-sql';
import { openMemoryStore } from './sqlite-store';
import { account, bill, syncAll, T0, utc } from './test-support';

const zoneCalendar = (name: string, nowMs: number, paidMarksSince?: string): QueryCalendar => {
  const zone = zoneNamed(name);
  return { today: localDay(nowMs, zone), startOf: (day) => startOfLocalDay(day, zone), dayOf: (ms) => localDay(ms, zone), ...(paidMarksSince ? { paidMarksSince } : {}) };
};

const dueArb = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 0, max: 60 }).map((d) => new Date(Date.parse('2026-05-20T00:00:00Z') + d * 86_400_000).toISOString().slice(0, 10)),
  fc.integer({ min: 0, max: 60 * 24 }).map((h) => new Date(Date.parse('2026-05-20T00:00:00Z') + h * 3_600_000).toISOString()),
);

const invoiceArb = fc.record({
  status: fc.constantFrom(...INVOICE_STATUSES),
  kind: fc.constantFrom('invoice', 'credit_note', 'refund', 'prepayment', 'other' as const),
  dueAt: dueArb,
  paidAt: fc.oneof(fc.constant(null), fc.constant('2026-06-01T10:00:00.000Z')),
  amountDue: fc.integer({ min: 0, max: 5000 }),
  currency: fc.constantFrom('USD', 'EUR', 'JPY'),
});

describe('the status function in SQL agrees with src-shared/domain/invoice-state.ts', () => {
  it('for every status, kind, due form and day, in UTC and in zones with daylight saving', () => {
    fc.assert(
      fc.property(fc.array(invoiceArb, { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 70 * 24 }), fc.constantFrom('UTC', 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata'), (shapes, hour, zone) => {
        const store = openMemoryStore();
        store.accounts.insert(account('a'));
        const invoices: Invoice[] = shapes.map((shape, n) => bill('a', n, { ...shape, total: shape.amountDue }));
        syncAll(store, 'a', invoices);
        const calendar = zoneCalendar(zone, Date.parse('2026-05-20T00:00:00Z') + hour * 3_600_000);
        const rows = store.inbox.window({ filter: EMPTY_FILTER, sort: DEFAULT_SORT, offset: 0, limit: 500 }, calendar).rows;
        for (const row of rows) {
          const invoice = invoices.find((candidate) => candidate.id === row.id) as Invoice;
          if (row.state !== stateOf(invoice, calendar) || row.payable !== isPayable(invoice)) return false;
        }
        store.close();
        return rows.length === invoices.length;
      }),
      { numRuns: 150 },
    );
  });

  it('a state filter (and the Overdue due filter) finds exactly the invoices in those states (the status condition it adds drops none)', () => {
    fc.assert(
      fc.property(
        fc.array(invoiceArb, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 70 * 24 }),
        fc.subarray([...INVOICE_STATES], { minLength: 1 }),
        (shapes, hour, states) => {
          const store = openMemoryStore();
          store.accounts.insert(account('a'));
          const invoices: Invoice[] = shapes.map((shape, n) => bill('a', n, { ...shape, total: shape.amountDue }));
          syncAll(store, 'a', invoices);
          const calendar = zoneCalendar('America/New_York', Date.parse('2026-05-20T00:00:00Z') + hour * 3_600_000);
          const ids = (filter: Partial<InboxFilter>) =>
            store.inbox.window({ filter: { ...EMPTY_FILTER, ...filter }, sort: DEFAULT_SORT, offset: 0, limit: 500 }, calendar).rows.map((row) => row.id).sort();
          const expected = (wanted: readonly string[]) => invoices.filter((invoice) => wanted.includes(stateOf(invoice, calendar))).map((invoice) => invoice.id).sort();
          const agrees = JSON.stringify(ids({ states })) === JSON.stringify(expected(states)) && JSON.stringify(ids({ due: { kind: 'overdue' } })) === JSON.stringify(expected(['overdue']));
          store.close();
          return agrees;
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('the figures in SQL agree with the shared rule of what is owed (isPayable)', () => {
  it('count, due and paid per currency, and the aging total, for any mix of statuses, kinds and amounts', () => {
    fc.assert(
      fc.property(fc.array(invoiceArb, { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 70 * 24 }), (shapes, hour) => {
        const store = openMemoryStore();
        store.accounts.insert(account('a'));
        const invoices: Invoice[] = shapes.map((shape, n) => bill('a', n, { ...shape, total: shape.amountDue + 7, amountPaid: 7 + n }));
        syncAll(store, 'a', invoices);
        const calendar = zoneCalendar('UTC', Date.parse('2026-05-20T00:00:00Z') + hour * 3_600_000);
        const figures = store.inbox.aggregates(EMPTY_FILTER, calendar);
        store.close();
        const currencies = [...new Set(invoices.map((invoice) => invoice.currency))].sort();
        const expected = currencies.map((currency) => {
          const mine = invoices.filter((invoice) => invoice.currency === currency);
          const owed = mine.filter(isPayable);
          const paid = mine.filter((invoice) => invoice.status === 'paid');
          const sum = (list: Invoice[], pick: (invoice: Invoice) => number) => list.reduce((total, invoice) => total + pick(invoice), 0);
          return { currency, count: mine.length, dueAmount: sum(owed, (invoice) => invoice.amountDue), dueCount: owed.length, paidAmount: sum(paid, (invoice) => invoice.amountPaid), paidCount: paid.length };
        });
        const agingTotals = Object.fromEntries(figures.aging.map((entry) => [entry.currency, entry.total]));
        const expectedAging = Object.fromEntries(expected.filter((entry) => entry.dueCount > 0).map((entry) => [entry.currency, entry.dueAmount]));
        return JSON.stringify(figures.byCurrency) === JSON.stringify(expected) && JSON.stringify(agingTotals) === JSON.stringify(expectedAging) && figures.count === invoices.length;
      }),
      { numRuns: 150 },
    );
  });
});

describe('inbox queries', () => {
  const TODAY = '2026-06-15';
  function setup() {
    const store = openMemoryStore();
    store.accounts.insert(account('a', { label: 'Research lab' }));
    store.accounts.insert(account('b', { provider: 'vastai', label: 'GPU farm' }));
    syncAll(store, 'a', [
      bill('a', 1, { dueAt: '2026-06-10' }), // overdue 5 days
      bill('a', 2, { dueAt: '2026-06-15' }), // due today
      bill('a', 3, { dueAt: '2026-07-15' }), // open
      bill('a', 4, { dueAt: null }), // no due date
      bill('a', 5, { dueAt: '2026-03-01', currency: 'EUR', total: 2000, amountDue: 2000 }), // 106 days overdue
      bill('a', 6, { status: 'paid', amountDue: 0, amountPaid: 1006, paidAt: '2026-06-12T10:00:00.000Z' }),
      bill('a', 7, { kind: 'credit_note', dueAt: '2026-06-01' }),
      bill('a', 8, { status: 'unknown', rawStatus: 'frozen', dueAt: '2026-06-01' }),
    ]);
    syncAll(store, 'b', [bill('b', 9, { provider: 'vastai', number: 'VAST-9', description: 'Reserved instance', dueAt: '2026-06-01' })]);
    return store;
  }

  it('windows of the sorted set, and the count of the whole set', () => {
    const store = setup();
    const calendar = utc(TODAY);
    const all = store.inbox.window({ filter: EMPTY_FILTER, sort: DEFAULT_SORT, offset: 0, limit: 100 }, calendar).rows.map((row) => row.id);
    expect(all.slice(0, 5)).toEqual(['a:in_5', 'b:in_9', 'a:in_1', 'a:in_2', 'a:in_3']);
    expect(store.inbox.window({ filter: EMPTY_FILTER, sort: DEFAULT_SORT, offset: 2, limit: 2 }, calendar).rows.map((row) => row.id)).toEqual(all.slice(2, 4));
    expect(store.inbox.count(EMPTY_FILTER, calendar)).toBe(9);
    expect(store.inbox.locate('a:in_3', EMPTY_FILTER, DEFAULT_SORT, calendar)).toBe(4);
    expect(store.inbox.locate('a:in_3', { ...EMPTY_FILTER, states: ['overdue'] }, DEFAULT_SORT, calendar)).toBeNull();
  });

  it('states, kinds, accounts, due ranges and amounts within one currency filter in SQL', () => {
    const store = setup();
    const calendar = utc(TODAY);
    const ids = (filter: Partial<InboxFilter>) =>
      store.inbox.window({ filter: { ...EMPTY_FILTER, ...filter }, sort: { key: 'due', dir: 'asc' }, offset: 0, limit: 100 }, calendar).rows.map((row) => row.id);
    expect(ids({ states: ['overdue'], kinds: ['invoice'] })).toEqual(['a:in_5', 'b:in_9', 'a:in_1']);
    expect(ids({ states: ['due_today'] })).toEqual(['a:in_2']);
    expect(ids({ states: ['no_due_date'] })).toEqual(['a:in_4']);
    expect(ids({ kinds: ['credit_note'] })).toEqual(['a:in_7']);
    expect(ids({ accountIds: ['b'] })).toEqual(['b:in_9']);
    expect(ids({ due: { kind: 'range', from: '2026-06-10', to: '2026-06-15' } })).toEqual(['a:in_1', 'a:in_2']);
    expect(ids({ due: { kind: 'next7' }, states: ['due_today', 'open'] })).toEqual(['a:in_2']);
    expect(ids({ currency: 'EUR', amountMin: 19.99 })).toEqual(['a:in_5']);
    // In major units of the chosen currency: 10.04 USD is 1004 cents.
    expect(ids({ currency: 'USD', amountMin: 10.04, amountMax: 10.07 }).sort()).toEqual(['a:in_4', 'a:in_6', 'a:in_7']);
    expect(ids({ paidWithinDays: 30 })).toEqual(['a:in_6']);
  });

  it('searches number, description, line items, account label and provider, any substring, any case or accent', () => {
    const store = setup();
    const calendar = utc(TODAY);
    const found = (search: string) => store.inbox.window({ filter: { ...EMPTY_FILTER, search }, sort: { key: 'due', dir: 'asc' }, offset: 0, limit: 100 }, calendar).rows.map((row) => row.id);
    expect(found('vast-9')).toEqual(['b:in_9']);
    expect(found('RESERVED')).toEqual(['b:in_9']);
    expect(found('gpu farm')).toEqual(['b:in_9']);
    expect(found('vast.ai')).toEqual(['b:in_9']);
    expect(found('résearch')).toHaveLength(8);
    expect(found('hours 5')).toEqual(['a:in_5']);
    expect(found('a-5')).toEqual(['a:in_5']);
    expect(found('zz')).toEqual([]);
    expect(store.inbox.count({ ...EMPTY_FILTER, search: 'compute' }, calendar)).toBe(9);
  });

  it('totals count only what is owed: bills, unpaid, not marked paid, once among look-alikes; aging on the calendar', () => {
    const store = setup();
    const calendar = utc(TODAY);
    const figures = store.inbox.aggregates(EMPTY_FILTER, calendar);
    const usd = figures.byCurrency.find((entry) => entry.currency === 'USD');
    // Owed USD: in_1, in_2, in_3, in_4 and Vast's in_9 (a bill here); not the credit, the unknown, the paid one.
    expect(usd).toMatchObject({ dueCount: 5, dueAmount: 1001 + 1002 + 1003 + 1004 + 1009, paidCount: 1, paidAmount: 1006 });
    const aging = figures.aging.find((entry) => entry.currency === 'USD');
    expect(aging?.buckets).toEqual({ current: 1002 + 1003, '1-30': 1001 + 1009, '31-60': 0, '61-90': 0, '90+': 0, none: 1004 });
    expect(figures.aging.find((entry) => entry.currency === 'EUR')?.buckets['90+']).toBe(2000);

    store.userData.updateMark('a:in_1', 'a', { markedPaidAt: '2026-06-14T09:00:00.000Z', markedPaidBy: 'me' }, { at: T0, by: 'me', action: 'marked_paid', detail: null });
    const marked = store.inbox.aggregates(EMPTY_FILTER, utc(TODAY, '2026-06-12T12:00:00.000Z'));
    expect(marked.byCurrency.find((entry) => entry.currency === 'USD')?.dueCount).toBe(4);
    // Marked longer ago than the provider usually takes, and still unpaid there: counted again.
    const lapsed = store.inbox.aggregates(EMPTY_FILTER, utc(TODAY, '2026-06-14T10:00:00.000Z'));
    expect(lapsed.byCurrency.find((entry) => entry.currency === 'USD')?.dueCount).toBe(5);
    const row = store.inbox.window({ filter: { ...EMPTY_FILTER, search: 'INV-a-1' }, sort: DEFAULT_SORT, offset: 0, limit: 5 }, utc(TODAY, '2026-06-12T12:00:00.000Z')).rows[0];
    expect(row).toMatchObject({ id: 'a:in_1', markedPaidAt: '2026-06-14T09:00:00.000Z', markState: 'waiting' });
    const lapsedRow = store.inbox.window({ filter: { ...EMPTY_FILTER, search: 'INV-a-1' }, sort: DEFAULT_SORT, offset: 0, limit: 5 }, utc(TODAY, '2026-06-14T10:00:00.000Z')).rows[0];
    expect(lapsedRow).toMatchObject({ id: 'a:in_1', markState: 'contradicted' });
  });

  it('the same invoice under two accounts (one key added twice) counts once until the user says it is separate', () => {
    const store = setup();
    store.accounts.insert(account('c', { label: 'Research lab (again)' }));
    syncAll(store, 'c', [bill('c', 1, { providerInvoiceId: 'in_1', id: 'c:in_1', dueAt: '2026-06-10' })]);
    const calendar = utc(TODAY);
    const usdDue = () => store.inbox.aggregates(EMPTY_FILTER, calendar).byCurrency.find((entry) => entry.currency === 'USD')?.dueCount;
    expect(usdDue()).toBe(5);
    const copy = store.inbox.window({ filter: { ...EMPTY_FILTER, accountIds: ['c'] }, sort: DEFAULT_SORT, offset: 0, limit: 5 }, calendar).rows[0];
    expect(copy?.possibleDuplicateOf).toBe('a:in_1');
    store.userData.updateMark('c:in_1', 'c', { duplicateDecision: 'distinct' }, { at: T0, by: 'me', action: 'not_a_duplicate', detail: null });
    expect(usdDue()).toBe(6);
    expect(store.inbox.window({ filter: { ...EMPTY_FILTER, accountIds: ['c'] }, sort: DEFAULT_SORT, offset: 0, limit: 5 }, calendar).rows[0]?.possibleDuplicateOf).toBeNull();
    store.accounts.remove('a');
    store.userData.updateMark('c:in_1', 'c', { duplicateDecision: null }, { at: T0, by: 'me', action: 'possible_duplicate_again', detail: null });
    expect(store.inbox.window({ filter: { ...EMPTY_FILTER, accountIds: ['c'] }, sort: DEFAULT_SORT, offset: 0, limit: 5 }, calendar).rows[0]?.possibleDuplicateOf).toBeNull();
  });

  it('a new label reaches the search', () => {
    const store = setup();
    const calendar = utc(TODAY);
    store.accounts.update({ ...account('b', { provider: 'vastai' }), label: 'Render nodes' });
    expect(store.inbox.count({ ...EMPTY_FILTER, search: 'render nodes' }, calendar)).toBe(1);
    expect(store.inbox.count({ ...EMPTY_FILTER, search: 'gpu farm' }, calendar)).toBe(0);
  });
});

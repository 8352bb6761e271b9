import { describe, expect, it } from 'vitest';
import { makeInvoice } from '../../api/fake-seed';
import { NOW } from '../../test/render';
import { EMPTY_FILTER, filterRows, isFilterEmpty, narrowsSearch, type InboxFilter } from './filter';
import { indexInvoices, type InboxRow } from './rows';
import { DEFAULT_SORT, sortRows } from './sort';

// NOW is 2026-06-15 (a Monday); June has 30 days.
const labels = new Map([
  ['acc_a', 'Research cluster'],
  ['acc_b', 'Hosting EU'],
]);

const invoices = [
  makeInvoice({ accountId: 'acc_a', providerInvoiceId: 'a1', provider: 'gpuoutlet', status: 'open', dueAt: '2026-06-10', currency: 'USD', total: 10_000, number: 'GO-1', description: 'H100 hours' }),
  makeInvoice({ accountId: 'acc_a', providerInvoiceId: 'a2', provider: 'gpuoutlet', status: 'open', dueAt: '2026-06-15', currency: 'USD', total: 2_500, number: 'GO-2' }),
  makeInvoice({ accountId: 'acc_a', providerInvoiceId: 'a3', provider: 'gpuoutlet', status: 'paid', dueAt: '2026-06-01', paidAt: '2026-06-02T08:00:00.000Z', currency: 'USD', total: 99_900, number: 'GO-3' }),
  makeInvoice({ accountId: 'acc_b', providerInvoiceId: 'b1', provider: 'opterius', status: 'open', dueAt: '2026-06-22', currency: 'EUR', total: 50_000, number: 'INV-0305', lineItems: [{ description: 'Dedicated server FRA-3', quantity: 1, unitAmount: null, amount: 50_000, periodStart: null, periodEnd: null }] }),
  makeInvoice({ accountId: 'acc_b', providerInvoiceId: 'b2', provider: 'opterius', status: 'open', dueAt: '2026-06-23', currency: 'EUR', total: 7_000, number: 'INV-0306' }),
  makeInvoice({ accountId: 'acc_b', providerInvoiceId: 'b3', provider: 'opterius', status: 'paid', dueAt: '2026-04-01', paidAt: '2026-04-20T08:00:00.000Z', currency: 'EUR', total: 1_000, number: 'INV-0100' }),
  makeInvoice({ accountId: 'acc_b', providerInvoiceId: 'b4', provider: 'opterius', status: 'open', dueAt: null, currency: 'JPY', total: 5_000, number: 'INV-JP' }),
  makeInvoice({ accountId: 'acc_b', providerInvoiceId: 'b5', provider: 'opterius', status: 'void', dueAt: '2026-07-02', currency: 'EUR', total: 300, number: 'INV-VOID' }),
];

const rows: InboxRow[] = indexInvoices(invoices, labels, NOW);
const ids = (filter: Partial<InboxFilter>) => filterRows(rows, { ...EMPTY_FILTER, ...filter }, NOW).map((r) => r.invoice.providerInvoiceId).sort();

describe('indexInvoices', () => {
  it('derives overdue from the due date against the clock', () => {
    const byId = new Map(rows.map((r) => [r.invoice.providerInvoiceId, r.status]));
    expect(byId.get('a1')).toBe('overdue'); // due 10 June
    expect(byId.get('a2')).toBe('open'); // due today: a calendar date is overdue from the next day
  });
  it('builds one lowercased haystack from number, description, line items and account label', () => {
    const b1 = rows.find((r) => r.invoice.providerInvoiceId === 'b1');
    expect(b1?.haystack).toContain('inv-0305');
    expect(b1?.haystack).toContain('dedicated server fra-3');
    expect(b1?.haystack).toContain('hosting eu');
  });
});

describe('filterRows: each kind', () => {
  it('no filter keeps everything', () => {
    expect(isFilterEmpty(EMPTY_FILTER)).toBe(true);
    expect(ids({})).toHaveLength(invoices.length);
  });
  it('status (several)', () => {
    expect(ids({ statuses: ['paid'] })).toEqual(['a3', 'b3']);
    expect(ids({ statuses: ['overdue', 'void'] })).toEqual(['a1', 'b5']);
  });
  it('account (several)', () => {
    expect(ids({ accountIds: ['acc_a'] })).toEqual(['a1', 'a2', 'a3']);
    expect(ids({ accountIds: ['acc_a', 'acc_b'] })).toHaveLength(invoices.length);
  });
  it('provider', () => {
    expect(ids({ provider: 'gpuoutlet' })).toEqual(['a1', 'a2', 'a3']);
    expect(ids({ provider: 'commet' })).toEqual([]);
  });
  it('due: overdue, within 7 days (today..+7), this month, custom range', () => {
    expect(ids({ due: { kind: 'overdue' } })).toEqual(['a1']);
    expect(ids({ due: { kind: 'next7' } })).toEqual(['a2', 'b1']); // 15..22 June
    expect(ids({ due: { kind: 'thisMonth' } })).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);
    expect(ids({ due: { kind: 'range', from: '2026-06-15', to: '2026-06-23' } })).toEqual(['a2', 'b1', 'b2']);
    expect(ids({ due: { kind: 'range', from: '2026-07-01', to: null } })).toEqual(['b5']);
    expect(ids({ due: { kind: 'range', from: null, to: '2026-05-01' } })).toEqual(['b3']);
  });
  it('amount range compares totals in major units of each currency', () => {
    expect(ids({ amountMin: 100 })).toEqual(['a1', 'a3', 'b1', 'b4']); // bounds inclusive; JPY 5000 is ¥5,000
    expect(ids({ amountMin: 25, amountMax: 100 })).toEqual(['a1', 'a2', 'b2']);
  });
  it('currency', () => {
    expect(ids({ currency: 'EUR' })).toEqual(['b1', 'b2', 'b3', 'b5']);
    expect(ids({ currency: 'JPY' })).toEqual(['b4']);
  });
  it('paid within the last N days', () => {
    expect(ids({ paidWithinDays: 30 })).toEqual(['a3']);
  });
});

describe('search', () => {
  it('matches number, description, line items and account label, case-insensitively', () => {
    expect(ids({ search: 'inv-0305' })).toEqual(['b1']);
    expect(ids({ search: 'H100' })).toEqual(['a1']);
    expect(ids({ search: 'fra-3' })).toEqual(['b1']);
    expect(ids({ search: 'research' })).toEqual(['a1', 'a2', 'a3']);
  });
  it('every word must match (in any field)', () => {
    expect(ids({ search: 'hosting 0306' })).toEqual(['b2']);
    expect(ids({ search: 'hosting nothing-like-this' })).toEqual([]);
  });
  it('blank search is no constraint', () => {
    expect(ids({ search: '   ' })).toHaveLength(invoices.length);
  });
});

describe('filters combine with AND', () => {
  it('overdue EUR', () => {
    expect(ids({ due: { kind: 'overdue' }, currency: 'EUR' })).toEqual([]);
    expect(ids({ due: { kind: 'overdue' }, currency: 'USD' })).toEqual(['a1']);
  });
  it('status + account + due + search', () => {
    expect(ids({ statuses: ['open'], accountIds: ['acc_b'], due: { kind: 'next7' }, search: 'server' })).toEqual(['b1']);
  });
  it('keeps the sorted order of its input', () => {
    const sorted = sortRows(rows, { key: 'amount', dir: 'desc' });
    const out = filterRows(sorted, { ...EMPTY_FILTER, currency: 'EUR' }, NOW);
    expect(out.map((r) => r.invoice.providerInvoiceId)).toEqual(['b1', 'b2', 'b3', 'b5']);
  });
});

describe('sortRows', () => {
  const order = (key: 'attention' | 'due' | 'amount' | 'issued' | 'provider', dir: 'asc' | 'desc') =>
    sortRows(rows, { key, dir }).map((r) => r.invoice.providerInvoiceId);
  it('needs attention first (the default): overdue, then open by due date (undated last), then settled, most recently due first', () => {
    expect(DEFAULT_SORT).toEqual({ key: 'attention', dir: 'asc' });
    expect(order('attention', 'asc')).toEqual(['a1', 'a2', 'b1', 'b2', 'b4', 'b5', 'a3', 'b3']);
    expect(order('attention', 'desc').slice(0, 3)).toEqual(['b5', 'a3', 'b3']);
  });
  it('by due date, undated last in both directions', () => {
    expect(order('due', 'asc')).toEqual(['b3', 'a3', 'a1', 'a2', 'b1', 'b2', 'b5', 'b4']);
    expect(order('due', 'desc')).toEqual(['b5', 'b2', 'b1', 'a2', 'a1', 'a3', 'b3', 'b4']);
  });
  it('by amount (major units)', () => {
    expect(order('amount', 'desc').slice(0, 3)).toEqual(['b4', 'a3', 'b1']); // ¥5,000 > $999 > €500: units, not rates
    expect(order('amount', 'asc')[0]).toBe('b5');
  });
  it('by issued date', () => {
    const dated = sortRows(
      indexInvoices(
        [
          makeInvoice({ accountId: 'x', providerInvoiceId: '1', issuedAt: '2026-02-01T00:00:00.000Z' }),
          makeInvoice({ accountId: 'x', providerInvoiceId: '2', issuedAt: null }),
          makeInvoice({ accountId: 'x', providerInvoiceId: '3', issuedAt: '2026-01-01T00:00:00.000Z' }),
        ],
        labels,
        NOW,
      ),
      { key: 'issued', dir: 'asc' },
    );
    expect(dated.map((r) => r.invoice.providerInvoiceId)).toEqual(['3', '1', '2']);
  });
  it('by provider, then account label', () => {
    expect(order('provider', 'asc').slice(0, 3)).toEqual(['a3', 'a1', 'a2']); // GPU Outlet before Opterius, then by due
    expect(order('provider', 'desc')[0]).toMatch(/^b/);
  });
});

describe('narrowsSearch (a keystroke filters the previous result)', () => {
  const f = (patch: Partial<InboxFilter>): InboxFilter => ({ ...EMPTY_FILTER, ...patch });
  it('is true only when the search grew and nothing else changed', () => {
    expect(narrowsSearch(f({ search: 'inv' }), f({ search: 'inv-03' }))).toBe(true);
    expect(narrowsSearch(f({ search: 'Hosting' }), f({ search: 'hosting 0306' }))).toBe(true);
    expect(narrowsSearch(f({ search: '' }), f({ search: 'a' }))).toBe(false);
    expect(narrowsSearch(f({ search: 'inv-03' }), f({ search: 'inv-0' }))).toBe(false);
    expect(narrowsSearch(f({ search: 'inv' }), f({ search: 'inv-0', currency: 'EUR' }))).toBe(false);
  });
  it('gives the same rows as a full pass', () => {
    for (const [before, after] of [['h', 'h1'], ['hosting', 'hosting 03'], ['go', 'go-2']] as const) {
      const prev = filterRows(rows, f({ search: before }), NOW);
      expect(filterRows(prev, f({ search: after }), NOW)).toEqual(filterRows(rows, f({ search: after }), NOW));
    }
  });
});

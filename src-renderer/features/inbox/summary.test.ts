import { describe, expect, it } from 'vitest';
import { makeInvoice } from '../../api/fake-seed';
import { NOW } from '../../test/render';
import { agingBucket, agingByCurrency } from './aging';
import { indexInvoices } from './rows';
import { summarize } from './summary';

const labels = new Map<string, string>();
const at = (days: number) => new Date(NOW - days * 86_400_000).toISOString().slice(0, 10);

describe('summarize: amount due per currency', () => {
  const rows = indexInvoices(
    [
      makeInvoice({ accountId: 'a', providerInvoiceId: '1', currency: 'EUR', total: 10_050, amountDue: 10_050, dueAt: at(-3) }),
      makeInvoice({ accountId: 'a', providerInvoiceId: '2', currency: 'EUR', total: 20_000, amountDue: 5_000, dueAt: at(10) }),
      makeInvoice({ accountId: 'b', providerInvoiceId: '3', currency: 'USD', total: 999, amountDue: 999, dueAt: at(1) }),
      makeInvoice({ accountId: 'b', providerInvoiceId: '4', currency: 'JPY', total: 5_000, amountDue: 5_000, dueAt: at(-1) }),
      makeInvoice({ accountId: 'b', providerInvoiceId: '5', currency: 'USD', status: 'paid', total: 7_000 }),
      makeInvoice({ accountId: 'b', providerInvoiceId: '6', currency: 'USD', status: 'void', total: 300, amountDue: 300 }),
    ],
    labels,
    NOW,
  );
  const summary = summarize(rows);

  it('gives one total per currency and never a grand total', () => {
    expect(summary.count).toBe(6);
    expect(summary.byCurrency).toEqual([
      { currency: 'EUR', amountDue: 15_050, count: 2, unpaidCount: 2 },
      { currency: 'JPY', amountDue: 5_000, count: 1, unpaidCount: 1 },
      { currency: 'USD', amountDue: 999, count: 3, unpaidCount: 1 },
    ]);
    expect(Object.keys(summary)).not.toContain('total');
  });
  it('counts only money still owed (paid and void add nothing)', () => {
    expect(summary.byCurrency.find((t) => t.currency === 'USD')?.amountDue).toBe(999);
  });
  it('is empty for an empty list', () => {
    expect(summarize([])).toEqual({ count: 0, byCurrency: [] });
  });
});

describe('aging buckets', () => {
  it.each([
    [-5, 'current'],
    [0, 'current'],
    [1, '1-30'],
    [30, '1-30'],
    [31, '31-60'],
    [60, '31-60'],
    [61, '61-90'],
    [90, '61-90'],
    [91, '90+'],
    [400, '90+'],
  ] as const)('%i days past due -> %s', (days, bucket) => {
    expect(agingBucket(days)).toBe(bucket);
  });

  it('puts open amounts into buckets by days past due, per currency, from due dates', () => {
    const rows = indexInvoices(
      [0, 1, 30, 31, 60, 61, 90, 91].map((days, i) =>
        makeInvoice({ accountId: 'a', providerInvoiceId: `e${i}`, currency: 'EUR', total: 100 * (i + 1), amountDue: 100 * (i + 1), dueAt: at(days) }),
      ),
      labels,
      NOW,
    );
    const [eur] = agingByCurrency(rows, NOW);
    expect(eur?.buckets).toEqual({ current: 100, '1-30': 200 + 300, '31-60': 400 + 500, '61-90': 600 + 700, '90+': 800 });
    expect(eur?.total).toBe(3600);
  });

  it('keeps currencies apart and ignores paid, void, draft and zero amounts; undated is current', () => {
    const rows = indexInvoices(
      [
        makeInvoice({ accountId: 'a', providerInvoiceId: '1', currency: 'USD', amountDue: 1_000, dueAt: at(45) }),
        makeInvoice({ accountId: 'a', providerInvoiceId: '2', currency: 'GBP', amountDue: 2_000, dueAt: at(45) }),
        makeInvoice({ accountId: 'a', providerInvoiceId: '3', currency: 'USD', amountDue: 3_000, dueAt: null }),
        makeInvoice({ accountId: 'a', providerInvoiceId: '4', currency: 'USD', status: 'paid', dueAt: at(45) }),
        makeInvoice({ accountId: 'a', providerInvoiceId: '5', currency: 'USD', status: 'draft', amountDue: 4_000, dueAt: at(45) }),
        makeInvoice({ accountId: 'a', providerInvoiceId: '6', currency: 'USD', amountDue: 0, dueAt: at(45) }),
      ],
      labels,
      NOW,
    );
    const aging = agingByCurrency(rows, NOW);
    expect(aging.map((a) => a.currency)).toEqual(['GBP', 'USD']);
    expect(aging[0]?.buckets['31-60']).toBe(2_000);
    expect(aging[1]?.buckets).toEqual({ current: 3_000, '1-30': 0, '31-60': 1_000, '61-90': 0, '90+': 0 });
  });
});

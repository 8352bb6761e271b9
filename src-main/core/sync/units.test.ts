import type { Invoice } from '../../../src-shared/domain';
import { IncrementalTracker, invoiceFingerprint } from './incremental';
import { mergeIncremental, PageCollector } from './merge';
import { runPool } from './pool';

function invoice(id: string, status: Invoice['status'], issuedAt: string, extra: Partial<Invoice> = {}): Invoice {
  return {
    id: `a:${id}`, accountId: 'a', provider: 'gpuoutlet', providerInvoiceId: id, number: null, status, rawStatus: status, kind: 'invoice',
    currency: 'USD', total: 100, amountDue: 0, amountPaid: 100, issuedAt, dueAt: null, paidAt: null, periodStart: null, periodEnd: null,
    description: null, payUrl: null, pdfUrl: null, receiptUrl: null, lineItems: [], updatedAt: null, ...extra,
  };
}

describe('invoiceFingerprint', () => {
  it('ignores open vs overdue and re-signed URLs, but not real changes', () => {
    const a = invoice('1', 'open', '2026-06-01T00:00:00.000Z');
    expect(invoiceFingerprint(a)).toBe(invoiceFingerprint({ ...a, status: 'overdue', payUrl: 'https://x/y?sig=2' }));
    expect(invoiceFingerprint(a)).not.toBe(invoiceFingerprint({ ...a, status: 'paid' }));
    expect(invoiceFingerprint(a)).not.toBe(invoiceFingerprint({ ...a, total: 101 }));
    expect(invoiceFingerprint(a)).toBe(invoiceFingerprint(JSON.parse(JSON.stringify(a)) as Invoice));
  });
});

describe('IncrementalTracker', () => {
  const cached = [
    invoice('5', 'paid', '2026-06-05T00:00:00.000Z'),
    invoice('4', 'open', '2026-06-04T00:00:00.000Z'),
    invoice('3', 'paid', '2026-06-03T00:00:00.000Z'),
    invoice('2', 'draft', '2026-06-02T00:00:00.000Z'),
    invoice('1', 'paid', '2026-06-01T00:00:00.000Z'),
  ];

  it('stops once a page overlaps and every changeable invoice was seen again', () => {
    const t = new IncrementalTracker(cached);
    expect(t.pendingCount).toBe(2);
    expect(t.afterPage([cached[0] as Invoice, cached[1] as Invoice])).toBe('continue');
    expect(t.afterPage([cached[2] as Invoice, cached[3] as Invoice])).toBe('stop');
  });

  it('needs an unchanged cached invoice on the page itself', () => {
    const t = new IncrementalTracker([invoice('1', 'paid', '2026-06-01T00:00:00.000Z')]);
    expect(t.afterPage([invoice('1', 'void', '2026-06-01T00:00:00.000Z')])).toBe('continue');
    expect(t.afterPage([invoice('0', 'paid', '2026-05-01T00:00:00.000Z'), invoice('1', 'paid', '2026-06-01T00:00:00.000Z')])).toBe('stop');
  });

  it('gives up (exhaustive) once the list went past the oldest unseen changeable invoice', () => {
    const t = new IncrementalTracker(cached);
    expect(t.afterPage([cached[0] as Invoice, cached[2] as Invoice])).toBe('continue');
    expect(t.afterPage([cached[4] as Invoice])).toBe('exhaustive');
    expect(t.afterPage([])).toBe('exhaustive');
  });
});

describe('PageCollector and mergeIncremental', () => {
  it('dedupes by id in list order: later page content, first position', () => {
    const c = new PageCollector();
    c.add(2, [invoice('2', 'void', '2026-06-02T00:00:00.000Z'), invoice('1', 'paid', '2026-06-01T00:00:00.000Z')]);
    c.add(1, [invoice('3', 'paid', '2026-06-03T00:00:00.000Z'), invoice('2', 'open', '2026-06-02T00:00:00.000Z')]);
    expect(c.distinctCount).toBe(3);
    expect(c.invoices().map((i) => `${i.providerInvoiceId}:${i.status}`)).toEqual(['3:paid', '2:void', '1:paid']);
  });

  it('keeps cached invoices beyond the overlap as they were', () => {
    const fetched = [invoice('3', 'paid', '2026-06-03T00:00:00.000Z')];
    const cached = [
      invoice('3', 'open', '2026-06-03T00:00:00.000Z'),
      invoice('2', 'open', '2026-06-02T00:00:00.000Z', { dueAt: '2026-06-10' }),
      invoice('1', 'paid', '2026-06-01T00:00:00.000Z'),
    ];
    const merged = mergeIncremental(fetched, cached);
    expect(merged.map((i) => `${i.providerInvoiceId}:${i.status}`)).toEqual(['3:paid', '2:open', '1:paid']);
    expect(merged[1]).toBe(cached[1]);
  });
});

describe('runPool', () => {
  it('never runs more than the limit and keeps order', async () => {
    let inFlight = 0;
    let peak = 0;
    const results = await runPool([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight -= 1;
      return n * 2;
    });
    expect(results).toEqual([2, 4, 6, 8, 10, 12, 14]);
    expect(peak).toBe(3);
  });

  it('fails fast: stops handing out work, waits for running workers, rethrows the first error', async () => {
    const started: number[] = [];
    let firstError: unknown = null;
    const run = runPool(
      [1, 2, 3, 4, 5, 6],
      2,
      async (n) => {
        started.push(n);
        await new Promise((resolve) => setImmediate(resolve));
        if (n === 2) throw new Error('boom');
        return n;
      },
      { failFast: true, onFirstError: (e) => (firstError = e) },
    );
    await expect(run).rejects.toThrow('boom');
    expect(firstError).toBeInstanceOf(Error);
    expect(started.length).toBeLessThan(6);
  });
});

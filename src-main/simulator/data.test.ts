/** Generated data: deterministic per seed, realistic per provider, and changeable by tests. */
import { dayOf, majorToMinor, PROVIDER_IDS } from '../../src-shared/domain';
import type { ProviderId } from '../../src-shared/domain';
import { buildTenant } from './tenants';
import { startSimulator } from './simulator';
import type { Simulator } from './simulator';
import { get, NOW, records, walk } from './test-support';

const DAY = 86_400_000;
const ORIGIN = 'http://127.0.0.1:1';

function generate<P extends ProviderId>(provider: P, seed: number, count = 2000, now = NOW) {
  return buildTenant({ provider, secret: 's', invoiceCount: count, seed }, ORIGIN, now).invoices;
}

describe('determinism', () => {
  it.each(PROVIDER_IDS)('%s: the same seed gives the same data, another seed different data', (provider) => {
    const a = generate(provider, 7, 300);
    expect(generate(provider, 7, 300)).toEqual(a);
    expect(generate(provider, 8, 300)).not.toEqual(a);
  });

  it('two servers with the same tenant answer the same bytes', async () => {
    const spec = { provider: 'opterius' as const, secret: 't', invoiceCount: 40, seed: 99, now: NOW };
    const one = await startSimulator({ tenants: [spec] });
    const two = await startSimulator({ tenants: [spec] });
    try {
      const [a, b] = await Promise.all([get(one, 'opterius', 't', { per_page: '40' }), get(two, 'opterius', 't', { per_page: '40' })]);
      expect(a.text).toBe(b.text);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
});

describe('realistic distribution (2,000 invoices)', () => {
  it('spreads one invoice a day back in time, newest first', () => {
    const items = generate('gpuoutlet', 3);
    const created = items.map((i) => Date.parse(i.createdAt));
    expect([...created].sort((a, b) => b - a)).toEqual(created);
    expect(NOW - (created[0] ?? 0)).toBeLessThan(DAY);
    expect((NOW - (created[created.length - 1] ?? 0)) / DAY).toBeGreaterThan(1990);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('old invoices are settled; recent ones mix open (some overdue) and paid', () => {
    const items = generate('gpuoutlet', 4);
    const old = items.filter((i) => NOW - Date.parse(i.createdAt) > 60 * DAY);
    expect(old.filter((i) => i.status === 'open').length).toBe(0);
    expect(old.filter((i) => i.status === 'paid').length / old.length).toBeGreaterThan(0.85);
    expect(old.some((i) => i.status === 'void')).toBe(true);
    expect(old.some((i) => i.status === 'uncollectible')).toBe(true);
    const open = items.filter((i) => i.status === 'open');
    expect(open.length).toBeGreaterThan(5);
    const dueDays = open.map((i) => (Date.parse(i.dueAt ?? '') - NOW) / DAY);
    expect(dueDays.some((d) => d < 0)).toBe(true);
    expect(dueDays.some((d) => d > 0)).toBe(true);
    expect(Math.min(...dueDays)).toBeGreaterThanOrEqual(-21);
    expect(Math.max(...dueDays)).toBeLessThanOrEqual(31);
    expect(items.some((i) => i.status === 'draft')).toBe(false);
  });

  it('paid and void carry their timestamps and links; PDF links point at the simulator', () => {
    for (const i of generate('gpuoutlet', 5, 300)) {
      expect(i.paidAt !== null).toBe(i.status === 'paid');
      expect(i.receiptUrl !== null).toBe(i.status === 'paid');
      expect(i.voidedAt !== null).toBe(i.status === 'void');
      expect(i.hostedInvoiceUrl).toBe(`https://pay.gpuoutlet.example/i/${i.id}`);
      expect(i.invoicePdfUrl).toBe(`${ORIGIN}/files/gpuoutlet/${i.id}.pdf`);
      expect(i.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(i.lineItems.reduce((sum, li) => sum + li.amountCents, 0)).toBe(i.amountCents);
      expect(i.lineItems.length).toBeGreaterThanOrEqual(1);
      expect(i.lineItems.length).toBeLessThanOrEqual(3);
    }
  });

  it('Vast amounts are float dollars with at most two decimals, some negative', () => {
    const items = generate('vastai', 6);
    for (const r of items) {
      expect(String(r.amount)).toMatch(/^-?\d+(\.\d{1,2})?$/);
      expect(Math.abs(majorToMinor(r.amount, 'USD'))).toBeGreaterThan(0);
    }
    expect(items.some((r) => r.amount < 0)).toBe(true);
    expect(items.some((r) => r.amount > 0)).toBe(true);
    expect(items.some((r) => r.end === null)).toBe(true);
    expect(items.some((r) => !Number.isInteger(r.start))).toBe(true);
  });

  it('Opterius, OnePin and Commet mix USD, EUR, GBP and JPY (whole yen); Opterius has unpaid and overdue', () => {
    const opterius = generate('opterius', 7);
    const onepin = generate('onepin', 8);
    const commet = generate('commet', 9);
    for (const codes of [opterius.map((i) => i.currency_code), onepin.map((i) => i.currency), commet.map((i) => i.currency)]) {
      expect(new Set(codes)).toEqual(new Set(['USD', 'EUR', 'GBP', 'JPY']));
    }
    const today = dayOf(NOW);
    for (const i of opterius) {
      expect(i.subtotal + i.tax_amount).toBe(i.total);
      if (i.status === 'overdue') expect(i.due_date < today).toBe(true);
      if (i.status === 'unpaid') expect(i.due_date >= today).toBe(true);
    }
    expect(new Set(opterius.map((i) => i.status))).toEqual(new Set(['unpaid', 'overdue', 'paid', 'cancelled']));
    for (const i of commet) {
      expect(i.subtotal - i.discountAmount - i.creditApplied + i.taxAmount).toBe(i.total);
      expect(i.lineItems.reduce((sum, li) => sum + li.amount, 0)).toBe(i.subtotal);
    }
    expect(onepin.some((i) => i.status === 'draft')).toBe(true);
    expect(commet.some((i) => i.status === 'draft')).toBe(true);
    expect(new Set(commet.map((i) => i.status))).toContain('outstanding');
    for (const i of [...onepin.filter((x) => x.currency === 'JPY')]) expect(Number.isInteger(i.amount_due)).toBe(true);
  });
});

describe('mutations for incremental re-sync', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ now: NOW, tenants: PROVIDER_IDS.map((provider, i) => ({ provider, secret: `m-${provider}`, invoiceCount: 20, seed: 60 + i })) });
  });
  afterAll(() => sim.close());

  it('addInvoice puts a new newest invoice on top of the first page', async () => {
    const added = sim.addInvoice('onepin', 'm-onepin', { status: 'open', currency: 'EUR', amount: 4200 });
    const page = await get(sim, 'onepin', 'm-onepin', { limit: '1' });
    const first = records((page.json.data as { invoices: unknown }).invoices)[0];
    expect(first).toMatchObject({ id: added.id, status: 'open', currency: 'EUR', amount_due: 4200 });
    expect((await walk(sim, 'onepin', 'm-onepin')).items.length).toBe(21);
  });

  it('setStatus marks an invoice paid in each provider\'s own words', async () => {
    const gpu = sim.invoices('gpuoutlet', 'm-gpuoutlet').find((i) => i.status === 'open');
    const paid = sim.setStatus('gpuoutlet', 'm-gpuoutlet', gpu?.id ?? '', 'paid', NOW);
    expect(paid).toMatchObject({ status: 'paid', paidAt: '2026-06-15T12:00:00Z', receiptUrl: expect.stringContaining('/r/') });

    const opt = sim.addInvoice('opterius', 'm-opterius', { dueMs: NOW - 3 * DAY });
    expect(opt.status).toBe('overdue');
    expect(opt.id).toBe(21);
    expect(sim.setStatus('opterius', 'm-opterius', 21, 'paid')).toMatchObject({ status: 'paid', amount_due: 0 });
    expect(sim.setStatus('opterius', 'm-opterius', 21, 'void')).toMatchObject({ status: 'cancelled' });

    const vast = sim.addInvoice('vastai', 'm-vastai');
    expect(vast.end).toBeNull();
    expect(sim.setStatus('vastai', 'm-vastai', vast.metadata.invoice_id, 'paid').end).toBe(NOW / 1000);
    expect(() => sim.setStatus('vastai', 'm-vastai', vast.metadata.invoice_id, 'void')).toThrow(/no "void"/);

    const commet = sim.addInvoice('commet', 'm-commet');
    expect(commet.status).toBe('outstanding');
    expect(sim.setStatus('commet', 'm-commet', commet.id, 'paid', NOW + DAY)).toMatchObject({ status: 'paid', updatedAt: '2026-06-16T12:00:00Z' });

    const listed = await walk(sim, 'gpuoutlet', 'm-gpuoutlet', { status: 'paid' });
    expect(listed.items.some((i) => i.id === gpu?.id)).toBe(true);
  });

  it('mutate gives raw access and keeps newest-first order', () => {
    sim.mutate('commet', 'm-commet', (tenant) => {
      const last = tenant.invoices[tenant.invoices.length - 1];
      if (last) last.createdAt = '2026-06-15T11:59:59Z';
    });
    const items = sim.invoices('commet', 'm-commet');
    const created = items.map((i) => Date.parse(i.createdAt));
    expect([...created].sort((a, b) => b - a)).toEqual(created);
  });
});

/** Each provider's pagination end to end, plus its filters and parameter validation. */
import { PROVIDER_IDS } from '../../src-shared/domain';
import type { ProviderId } from '../../src-shared/domain';
import { startSimulator } from './simulator';
import type { Simulator } from './simulator';
import { ALL_TIME, get, NOW, records, vastParams, walk, wireId } from './test-support';
import type { Json } from './test-support';

const COUNT = 237;
const secret = (provider: ProviderId): string => `page-${provider}`;
let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({
    now: NOW,
    gpuoutletRateLimit: false,
    commetRateLimit: false,
    tenants: [
      ...PROVIDER_IDS.map((provider, i) => ({ provider, secret: secret(provider), invoiceCount: COUNT, seed: 40 + i })),
      { provider: 'commet', secret: 'commet-list-shape', invoiceCount: 30, seed: 7, shape: 'list' },
    ],
  });
});

afterAll(() => sim.close());

function expectedIds(provider: ProviderId): string[] {
  return sim.invoices(provider, secret(provider)).map((item) => wireId(provider, item as unknown as Json));
}

describe.each([
  ['gpuoutlet', { limit: '50' }, 5],
  ['vastai', vastParams(ALL_TIME, { limit: 60 }), 4],
  ['opterius', { per_page: '15' }, 16],
  ['onepin', { limit: '10' }, 24],
  ['commet', { limit: '25' }, 10],
] as const)('%s pagination', (provider, params, pages) => {
  it('returns every invoice once, newest first, in the expected number of pages', async () => {
    const result = await walk(sim, provider, secret(provider), params);
    const ids = result.items.map((item) => wireId(provider, item));
    expect(ids.length).toBe(COUNT);
    expect(new Set(ids).size).toBe(COUNT);
    expect(ids).toEqual(expectedIds(provider));
    expect(result.pages).toBe(pages);
  });

  it('uses the default page size when none is given', async () => {
    const result = await walk(sim, provider, secret(provider), provider === 'vastai' ? vastParams() : {});
    expect(result.items.length).toBe(COUNT);
  });
});

describe('GPU Outlet', () => {
  const s = secret('gpuoutlet');
  it('filters by status and caps limit at 200', async () => {
    const open = await walk(sim, 'gpuoutlet', s, { status: 'open', limit: '500' });
    const expected = sim.invoices('gpuoutlet', s).filter((i) => i.status === 'open');
    expect(open.items.length).toBe(expected.length);
    expect(open.items.every((i) => i.status === 'open')).toBe(true);
    const big = await get(sim, 'gpuoutlet', s, { limit: '500' });
    expect(records(big.json.data).length).toBe(200);
  });

  it('omits nextCursor on the last page and rejects bad parameters with 400', async () => {
    const last = await get(sim, 'gpuoutlet', s, { limit: '200', status: 'void' });
    expect('nextCursor' in last.json).toBe(false);
    expect((await get(sim, 'gpuoutlet', s, { status: 'draft' })).status).toBe(400);
    expect((await get(sim, 'gpuoutlet', s, { limit: 'ten' })).status).toBe(400);
    const badCursor = await get(sim, 'gpuoutlet', s, { cursor: 'not-a-cursor' });
    expect(badCursor.status).toBe(400);
    expect(badCursor.json).toMatchObject({ error: expect.any(String), message: expect.any(String) });
  });

  it('never lists drafts', async () => {
    const first = sim.invoices('gpuoutlet', s)[0];
    const id = first?.id ?? '';
    sim.updateInvoice('gpuoutlet', s, id, (inv) => {
      inv.status = 'draft';
    });
    const all = await walk(sim, 'gpuoutlet', s, { limit: '200' });
    expect(all.items.length).toBe(COUNT - 1);
    sim.updateInvoice('gpuoutlet', s, id, (inv) => {
      inv.status = first?.status ?? 'open';
    });
  });
});

describe('Vast.ai', () => {
  const s = secret('vastai');
  it('answers HTTP 200 success:false without a valid when range', async () => {
    for (const filters of [undefined, {}, { when: {} }, { when: { gte: 'yesterday' } }, { when: { gte: 10, lte: 5 } }]) {
      const params: Record<string, string> = filters === undefined ? { limit: '10' } : { select_filters: JSON.stringify(filters) };
      const res = await get(sim, 'vastai', s, params);
      expect(res.status).toBe(200);
      expect(res.json).toEqual({ success: false, error: 'Invalid date range' });
    }
    expect((await get(sim, 'vastai', s, { select_filters: 'not json' })).json).toMatchObject({ success: false });
  });

  it('filters by when and service, reports total and count', async () => {
    const all = sim.invoices('vastai', s);
    const mid = all[100]?.start ?? 0;
    const window = { when: { gte: mid - 30 * 86_400, lt: mid } };
    const inWindow = await walk(sim, 'vastai', s, vastParams(window, { limit: 25 }));
    expect(inWindow.items.length).toBe(all.filter((r) => r.start >= mid - 30 * 86_400 && r.start < mid).length);
    const stripe = await walk(sim, 'vastai', s, vastParams({ ...ALL_TIME, service: { eq: 'stripe_payments' } }));
    expect(stripe.items.length).toBe(all.filter((r) => r.metadata.service === 'stripe_payments').length);
    const notStripe = await walk(sim, 'vastai', s, vastParams({ ...ALL_TIME, service: { notin: ['stripe_payments'] } }));
    expect(notStripe.items.length + stripe.items.length).toBe(COUNT);
    const first = await get(sim, 'vastai', s, vastParams(ALL_TIME, { limit: 7 }));
    expect(first.json).toMatchObject({ success: true, count: 7, total: COUNT, next_token: expect.any(String) });
  });

  it('sorts oldest first on request and caps limit at 100', async () => {
    const asc = await get(sim, 'vastai', s, vastParams(ALL_TIME, { latest_first: false, limit: 500 }));
    const starts = records(asc.json.results).map((r) => Number(r.start));
    expect(starts.length).toBe(100);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    const byAmount = await get(sim, 'vastai', s, vastParams(ALL_TIME, { order_by: [{ col: 'amount_cents', dir: 'asc' }], limit: 50 }));
    const amounts = records(byAmount.json.results).map((r) => Number(r.amount));
    expect([...amounts].sort((a, b) => a - b)).toEqual(amounts);
  });

  it('ends with next_token null and rejects a bad after_token with 400', async () => {
    const last = await get(sim, 'vastai', s, vastParams(ALL_TIME, { limit: 100, after_token: 'eyJvIjoyMDAsInAiOjN9' }));
    expect(last.json).toMatchObject({ success: true, count: COUNT - 200, next_token: null });
    const bad = await get(sim, 'vastai', s, vastParams(ALL_TIME, { after_token: 'garbage!' }));
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ success: false, error: 'invalid_token', msg: expect.any(String) });
  });
});

describe('Opterius', () => {
  const s = secret('opterius');
  it('filters by status; unpaid and overdue are separate', async () => {
    const all = sim.invoices('opterius', s);
    for (const status of ['unpaid', 'overdue', 'paid', 'cancelled']) {
      const got = await walk(sim, 'opterius', s, { status, per_page: '100' });
      expect(got.items.length, status).toBe(all.filter((i) => i.status === status).length);
    }
    expect(all.some((i) => i.status === 'overdue')).toBe(true);
    expect(all.some((i) => i.status === 'unpaid')).toBe(true);
  });

  it('reports meta and answers past the last page with no data', async () => {
    const page = await get(sim, 'opterius', s, { page: '2', per_page: '100' });
    expect(page.json.meta).toEqual({ current_page: 2, last_page: 3, per_page: 100, total: COUNT });
    const beyond = await get(sim, 'opterius', s, { page: '9', per_page: '100' });
    expect(records(beyond.json.data)).toEqual([]);
  });

  it('validates per_page and page with 422 {message, errors}', async () => {
    for (const perPage of ['101', '0', 'x']) {
      const res = await get(sim, 'opterius', s, { per_page: perPage });
      expect(res.status).toBe(422);
      expect(res.json).toMatchObject({ message: expect.any(String), errors: { per_page: [expect.any(String)] } });
    }
    expect((await get(sim, 'opterius', s, { page: '0' })).json).toMatchObject({ errors: { page: [expect.any(String)] } });
    expect((await get(sim, 'opterius', s, { status: 'open' })).status).toBe(422);
  });
});

describe('OnePin', () => {
  const s = secret('onepin');
  it('validates limit with 422 VALIDATION_ERROR details', async () => {
    for (const limit of ['0', '101', 'abc']) {
      const res = await get(sim, 'onepin', s, { limit });
      expect(res.status).toBe(422);
      expect(res.json).toMatchObject({ error: { code: 'VALIDATION_ERROR', message: expect.any(String), details: [{ field: 'limit', message: expect.any(String) }] }, meta: {} });
    }
  });

  it('answers an unknown starting_after with 404 NOT_FOUND', async () => {
    const res = await get(sim, 'onepin', s, { starting_after: 'inv_NOPE' });
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});

describe('Commet', () => {
  const s = secret('commet');
  it('filters by status, customer and subscription', async () => {
    const all = sim.invoices('commet', s);
    const outstanding = await walk(sim, 'commet', s, { status: 'outstanding', limit: '100' });
    expect(outstanding.items.length).toBe(all.filter((i) => i.status === 'outstanding').length);
    const customer = all[0]?.customerId ?? '';
    const mine = await walk(sim, 'commet', s, { customerId: customer, limit: '100' });
    expect(mine.items.length).toBe(all.filter((i) => i.customerId === customer).length);
    const sub = all.find((i) => i.subscriptionId !== null)?.subscriptionId ?? '';
    const subs = await walk(sim, 'commet', s, { subscriptionId: sub, limit: '100' });
    expect(subs.items.every((i) => i.subscriptionId === sub)).toBe(true);
  });

  it('ends with hasMore false and nextCursor null; validates limit', async () => {
    const last = await get(sim, 'commet', s, { status: 'void', limit: '100' });
    expect(last.json).toMatchObject({ success: true, hasMore: false, nextCursor: null });
    const bad = await get(sim, 'commet', s, { limit: '101' });
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ success: false, error: { type: 'validation_error', param: 'limit' } });
  });

  it('serves the newer {object:"list"} shape without the dropped fields', async () => {
    const res = await walk(sim, 'commet', 'commet-list-shape', { limit: '7' });
    expect(res.items.length).toBe(30);
    const page = await get(sim, 'commet', 'commet-list-shape');
    expect(page.json).toMatchObject({ object: 'list', hasMore: true, nextCursor: expect.any(String) });
    expect('success' in page.json).toBe(false);
    for (const item of res.items) {
      for (const dropped of ['lineItems', 'creditApplied', 'planName', 'poNumber', 'reference']) expect(dropped in item).toBe(false);
      expect(item).toMatchObject({ object: 'invoice', total: expect.any(Number) });
    }
  });
});

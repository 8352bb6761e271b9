/** One test per fault kind, against the real server. */
import { PROVIDER_IDS } from '../../../src-shared/domain';
import type { ProviderId } from '../../../src-shared/domain';
import { authHeaders, get, LIST_PATH, NOW, records, vastParams, walk, wireId } from '../test-support';
import { HOSTILE_TEXT, startSimulator } from '.';
import type { Simulator } from '.';

const COUNT = 120;
const secret = (provider: ProviderId): string => `f-${provider}`;
let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ now: NOW, tenants: PROVIDER_IDS.map((provider, i) => ({ provider, secret: secret(provider), invoiceCount: COUNT, seed: 80 + i })) });
});
afterAll(() => sim.close());
afterEach(() => sim.faults.clear());

const gpu = (params: Record<string, string> = {}) => get(sim, 'gpuoutlet', secret('gpuoutlet'), params);

describe('early replies', () => {
  it('latency delays a request and is counted', async () => {
    const handle = sim.faults.add({ provider: 'gpuoutlet', kind: 'latency', ms: 30, times: 1 });
    expect((await gpu()).status).toBe(200);
    expect(handle.hits).toBe(1);
    expect(handle.remaining).toBe(0);
  });

  it('429 with Retry-After in seconds or as an HTTP date', async () => {
    sim.faults.add({ provider: 'gpuoutlet', kind: 'rateLimit', retryAfter: 7, times: 1 });
    const first = await gpu();
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('7');
    expect(first.json).toMatchObject({ error: 'rate_limited' });
    expect((await gpu()).status).toBe(200);
    sim.faults.add({ provider: 'onepin', kind: 'rateLimit', retryAfter: 30, retryAfterFormat: 'http-date', times: 1 });
    const dated = await get(sim, 'onepin', secret('onepin'));
    expect(dated.status).toBe(429);
    expect(Date.parse(dated.headers.get('retry-after') ?? '')).toBeGreaterThan(Date.now());
    expect(dated.json).toMatchObject({ error: { code: 'RATE_LIMITED' } });
  });

  it('429 without Retry-After (explicitly, and by default for Vast with a plain-text body)', async () => {
    sim.faults.add({ provider: 'commet', kind: 'rateLimit', retryAfter: null, times: 1 });
    const commet = await get(sim, 'commet', secret('commet'));
    expect(commet.status).toBe(429);
    expect(commet.headers.get('retry-after')).toBeNull();
    expect(commet.json).toMatchObject({ success: false, error: { type: 'rate_limit_error', code: 'rate_limited' } });
    sim.faults.add({ provider: 'vastai', kind: 'rateLimit', times: 1 });
    const vast = await get(sim, 'vastai', secret('vastai'), vastParams());
    expect(vast.status).toBe(429);
    expect(vast.headers.get('retry-after')).toBeNull();
    expect(vast.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(vast.text).toMatch(/^API requests too frequent: endpoint threshold=/);
  });

  it('5xx: 500 in the provider\'s JSON shape, 502/503 as nginx HTML', async () => {
    sim.faults.add({ provider: 'opterius', kind: 'serverError', times: 1 });
    const e500 = await get(sim, 'opterius', secret('opterius'));
    expect(e500.status).toBe(500);
    expect(e500.json).toEqual({ message: 'Server Error' });
    sim.faults.add({ provider: 'opterius', kind: 'serverError', status: 502, times: 1 });
    const e502 = await get(sim, 'opterius', secret('opterius'));
    expect(e502.status).toBe(502);
    expect(e502.headers.get('content-type')).toMatch(/^text\/html/);
    expect(e502.text).toContain('502 Bad Gateway');
    sim.faults.add({ provider: 'commet', kind: 'serverError', status: 503, body: 'json', times: 1 });
    const e503 = await get(sim, 'commet', secret('commet'));
    expect(e503.status).toBe(503);
    expect(e503.json).toMatchObject({ success: false, error: { type: 'api_error' } });
    expect((await get(sim, 'commet', secret('commet'))).status).toBe(200);
  });

  it('unauthorized answers like a revoked credential', async () => {
    sim.faults.add({ provider: 'vastai', kind: 'unauthorized', times: 1 });
    const res = await get(sim, 'vastai', secret('vastai'), vastParams());
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({ error: 'auth_error', msg: 'Invalid user key' });
  });
});

describe('broken bodies', () => {
  it('reset mid-body: headers arrive, the body read fails', async () => {
    sim.faults.add({ provider: 'commet', kind: 'resetMidBody', times: 1 });
    const res = await fetch(`${sim.baseUrl('commet')}${LIST_PATH.commet}`, { headers: authHeaders('commet', secret('commet')) });
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
    expect(sim.stats().byStatus.reset).toBe(1);
    expect((await get(sim, 'commet', secret('commet'))).status).toBe(200);
  });

  it('malformed JSON: truncated, HTML or empty with a JSON content type', async () => {
    for (const variant of ['truncated', 'html', 'empty'] as const) {
      sim.faults.add({ provider: 'onepin', kind: 'malformedJson', variant, times: 1 });
      const res = await get(sim, 'onepin', secret('onepin'));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      expect(() => JSON.parse(res.text) as unknown).toThrow();
    }
  });
});

describe('page effects', () => {
  it('schema drift: amount as a string, a missing field, an unknown status, an extra field', async () => {
    sim.faults.add({ provider: 'gpuoutlet', kind: 'schemaDrift', change: 'amountAsString', allItems: true, times: 1 });
    const stringy = records((await gpu({ limit: '5' })).json.data);
    expect(stringy.every((i) => typeof i.amountCents === 'string')).toBe(true);
    sim.faults.add({ provider: 'gpuoutlet', kind: 'schemaDrift', change: 'missingField', times: 1 });
    const [first, second] = records((await gpu({ limit: '5' })).json.data);
    expect(first && 'id' in first).toBe(false);
    expect(second && 'id' in second).toBe(true);
    sim.faults.add({ provider: 'vastai', kind: 'schemaDrift', change: 'amountAsString', times: 1 });
    const vast = records((await get(sim, 'vastai', secret('vastai'), vastParams())).json.results);
    expect(typeof vast[0]?.amount).toBe('string');
    sim.faults.add({ provider: 'opterius', kind: 'schemaDrift', change: 'unknownStatus', times: 1 });
    sim.faults.add({ provider: 'opterius', kind: 'schemaDrift', change: 'extraField', field: 'x_new', times: 1 });
    const opt = records((await get(sim, 'opterius', secret('opterius'))).json.data)[0];
    expect(opt).toMatchObject({ status: 'frozen', x_new: expect.any(Object) });
  });

  it('duplicates across pages: the last item of page N heads page N+1', async () => {
    sim.faults.add({ provider: 'gpuoutlet', kind: 'duplicateAcrossPages' });
    const result = await walk(sim, 'gpuoutlet', secret('gpuoutlet'), { limit: '50' });
    const ids = result.items.map((i) => String(i.id));
    expect(result.pages).toBe(3);
    expect(ids.length).toBe(COUNT + 2);
    expect(new Set(ids).size).toBe(COUNT);
    expect(ids[50]).toBe(ids[49]);
  });

  it.each(['onepin', 'opterius', 'commet', 'vastai'] as const)('duplicates across pages for %s', async (provider) => {
    sim.faults.add({ provider, kind: 'duplicateAcrossPages', page: 2 });
    const params = provider === 'vastai' ? vastParams(undefined, { limit: 50 }) : provider === 'opterius' ? { per_page: '50' } : { limit: '50' };
    const ids = (await walk(sim, provider, secret(provider), params)).items.map((i) => wireId(provider, i));
    expect(ids.length).toBe(COUNT + 1);
    expect(new Set(ids).size).toBe(COUNT);
  });

  it('repeating cursor: GPU Outlet, Commet and Vast point back to page 1', async () => {
    sim.faults.add({ provider: 'gpuoutlet', kind: 'repeatingCursor', page: 2 });
    const p1 = await gpu({ limit: '50' });
    const p2 = await gpu({ limit: '50', cursor: String(p1.json.nextCursor) });
    const again = await gpu({ limit: '50', cursor: String(p2.json.nextCursor) });
    expect(records(again.json.data)).toEqual(records(p1.json.data));
    sim.faults.add({ provider: 'commet', kind: 'repeatingCursor' });
    const last = await get(sim, 'commet', secret('commet'), { status: 'void', limit: '100' });
    expect(last.json).toMatchObject({ hasMore: true, nextCursor: expect.any(String) });
    sim.faults.add({ provider: 'vastai', kind: 'repeatingCursor' });
    const v1 = await get(sim, 'vastai', secret('vastai'), vastParams(undefined, { limit: 10 }));
    const v2 = await get(sim, 'vastai', secret('vastai'), vastParams(undefined, { limit: 10, after_token: v1.json.next_token }));
    expect(v2.json.results).toEqual(v1.json.results);
  });

  it('repeating cursor: Opterius ignores page, OnePin ignores starting_after', async () => {
    sim.faults.add({ provider: 'opterius', kind: 'repeatingCursor', page: 3 });
    const o1 = await get(sim, 'opterius', secret('opterius'), { per_page: '10' });
    const o3 = await get(sim, 'opterius', secret('opterius'), { per_page: '10', page: '3' });
    expect(o3.json.data).toEqual(o1.json.data);
    sim.faults.add({ provider: 'onepin', kind: 'repeatingCursor' });
    const a = await get(sim, 'onepin', secret('onepin'), { limit: '100' });
    const ids = records((a.json.data as { invoices: unknown }).invoices).map((i) => String(i.id));
    const b = await get(sim, 'onepin', secret('onepin'), { limit: '100', starting_after: ids[ids.length - 1] ?? '' });
    expect(b.json.data).toMatchObject({ has_more: true });
    expect(records((b.json.data as { invoices: unknown }).invoices)[0]?.id).toBe(ids[0]);
  });

  it('ignore page: Opterius answers page 1 whatever page is asked, and says so', async () => {
    sim.faults.add({ provider: 'opterius', kind: 'ignorePage' });
    const o1 = await get(sim, 'opterius', secret('opterius'), { per_page: '10' });
    const o3 = await get(sim, 'opterius', secret('opterius'), { per_page: '10', page: '3' });
    expect(o3.json.data).toEqual(o1.json.data);
    expect(o3.json.meta).toMatchObject({ current_page: 1, per_page: 10, total: COUNT });
  });

  it('hostile URLs and text', async () => {
    sim.faults.add({ kind: 'hostileUrls' });
    const item = records((await gpu({ limit: '3' })).json.data)[0];
    expect(item).toMatchObject({ hostedInvoiceUrl: 'javascript:alert(1)', invoicePdfUrl: 'file:///etc/passwd' });
    const onepin = records(((await get(sim, 'onepin', secret('onepin'))).json.data as { invoices: unknown }).invoices)[0];
    expect(onepin).toMatchObject({ hosted_invoice_url: 'javascript:alert(1)', invoice_pdf: 'file:///etc/passwd', number: HOSTILE_TEXT });
    const vast = records((await get(sim, 'vastai', secret('vastai'), vastParams())).json.results)[0];
    expect(vast?.description).toBe(HOSTILE_TEXT);
  });
});

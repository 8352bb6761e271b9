/** Every provider's credential checks, with its own error shape. */
import { startSimulator } from './simulator';
import type { Simulator } from './simulator';
import { get, NOW, vastParams } from './test-support';

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({
    now: NOW,
    tenants: [
      { provider: 'gpuoutlet', secret: 'sid-good', invoiceCount: 5, seed: 1 },
      { provider: 'vastai', secret: 'vast-good', invoiceCount: 5, seed: 2 },
      { provider: 'opterius', secret: 'ot_live_good', invoiceCount: 5, seed: 3 },
      { provider: 'onepin', secret: 'op_live_good', invoiceCount: 5, seed: 4 },
      { provider: 'commet', secret: 'ck_good', invoiceCount: 5, seed: 5 },
    ],
  });
});

afterAll(() => sim.close());

describe('auth failures', () => {
  it('GPU Outlet: missing or wrong sid cookie is 401 {error:"unauthorized"}', async () => {
    for (const secret of [null, 'sid-bad']) {
      const res = await get(sim, 'gpuoutlet', secret);
      expect(res.status).toBe(401);
      expect(res.json).toMatchObject({ error: 'unauthorized', message: expect.any(String) });
    }
    const wrongHeader = await fetch(`${sim.baseUrl('gpuoutlet')}/v1/billing/invoices`, { headers: { authorization: 'Bearer sid-good' } });
    expect(wrongHeader.status).toBe(401);
    expect((await get(sim, 'gpuoutlet', 'sid-good')).status).toBe(200);
  });

  it('Vast.ai: missing key is 403, unknown key is 404, both auth_error', async () => {
    const missing = await get(sim, 'vastai', null, vastParams());
    expect(missing.status).toBe(403);
    expect(missing.json).toEqual({ success: false, error: 'auth_error', msg: 'This action requires login.' });
    const unknown = await get(sim, 'vastai', 'vast-bad', vastParams());
    expect(unknown.status).toBe(404);
    expect(unknown.json).toEqual({ success: false, error: 'auth_error', msg: 'Invalid user key' });
    expect((await get(sim, 'vastai', 'vast-good', vastParams())).status).toBe(200);
  });

  it('Opterius: 401 {message:"Unauthenticated."}', async () => {
    for (const secret of [null, 'ot_live_bad']) {
      const res = await get(sim, 'opterius', secret);
      expect(res.status).toBe(401);
      expect(res.json).toEqual({ message: 'Unauthenticated.' });
    }
  });

  it('OnePin: 401 {error:{code:"INVALID_API_KEY"}, meta}', async () => {
    for (const secret of [null, 'op_live_bad']) {
      const res = await get(sim, 'onepin', secret);
      expect(res.status).toBe(401);
      expect(res.json).toMatchObject({
        error: { code: 'INVALID_API_KEY', message: expect.any(String) },
        meta: { request_id: expect.stringMatching(/^req_/), timestamp: expect.any(String) },
      });
    }
  });

  it('Commet: 401 authentication_error with x-request-id', async () => {
    for (const secret of [null, 'ck_bad']) {
      const res = await get(sim, 'commet', secret);
      expect(res.status).toBe(401);
      expect(res.headers.get('x-request-id')).toMatch(/^req_/);
      expect(res.json).toEqual({
        success: false,
        error: { type: 'authentication_error', code: 'unauthorized', message: expect.any(String), param: null, details: null, doc_url: expect.stringMatching(/^https:\/\//) },
      });
    }
  });

  it('a secret of one provider does not open another', async () => {
    expect((await get(sim, 'opterius', 'op_live_good')).status).toBe(401);
    expect((await get(sim, 'onepin', 'ot_live_good')).status).toBe(401);
  });

  it('unknown paths and methods are refused', async () => {
    expect((await fetch(`${sim.url}/nowhere`)).status).toBe(404);
    expect((await fetch(`${sim.baseUrl('gpuoutlet')}/v1/other`, { headers: { cookie: 'sid=sid-good' } })).status).toBe(404);
    expect((await fetch(`${sim.baseUrl('gpuoutlet')}/v1/billing/invoices`, { method: 'POST' })).status).toBe(405);
  });
});

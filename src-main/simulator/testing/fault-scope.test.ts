/** Which requests a fault hits (provider, tenant, page, nth request, PDFs) and how it is counted. */
import { get, NOW } from '../test-support';
import { startSimulator } from '.';
import type { Simulator } from '.';

describe('fault scoping and counting', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({
      now: NOW,
      gpuoutletRateLimit: false,
      tenants: [
        { provider: 'gpuoutlet', secret: 'one', invoiceCount: 30, seed: 1 },
        { provider: 'gpuoutlet', secret: 'two', invoiceCount: 30, seed: 2 },
        { provider: 'opterius', secret: 'opt', invoiceCount: 30, seed: 3 },
      ],
    });
  });
  afterAll(() => sim.close());
  afterEach(() => sim.faults.clear());

  it('a tenant-scoped fault leaves other tenants and providers alone', async () => {
    sim.faults.add({ provider: 'gpuoutlet', secret: 'one', kind: 'serverError' });
    expect((await get(sim, 'gpuoutlet', 'one')).status).toBe(500);
    expect((await get(sim, 'gpuoutlet', 'two')).status).toBe(200);
    expect((await get(sim, 'opterius', 'opt')).status).toBe(200);
  });

  it('a fault without a provider hits every provider; times limits it', async () => {
    const handle = sim.faults.add({ kind: 'serverError', status: 503, times: 2 });
    expect((await get(sim, 'gpuoutlet', 'two')).status).toBe(503);
    expect((await get(sim, 'opterius', 'opt')).status).toBe(503);
    expect((await get(sim, 'opterius', 'opt')).status).toBe(200);
    expect(handle.hits).toBe(2);
  });

  it('page and request select which request is hit; remove() stops a fault', async () => {
    sim.faults.add({ provider: 'opterius', kind: 'serverError', page: 2 });
    expect((await get(sim, 'opterius', 'opt', { per_page: '10' })).status).toBe(200);
    expect((await get(sim, 'opterius', 'opt', { per_page: '10', page: '2' })).status).toBe(500);
    sim.faults.clear();
    sim.faults.add({ provider: 'gpuoutlet', kind: 'rateLimit', request: 3 });
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await get(sim, 'gpuoutlet', 'one')).status);
    expect(statuses).toEqual([200, 200, 429, 200]);
    const forever = sim.faults.add({ provider: 'gpuoutlet', kind: 'serverError' });
    expect((await get(sim, 'gpuoutlet', 'one')).status).toBe(500);
    forever.remove();
    expect((await get(sim, 'gpuoutlet', 'one')).status).toBe(200);
    expect(sim.faults.list().length).toBe(1);
  });

  it('PDF downloads take faults with target "pdf"', async () => {
    const id = sim.invoices('gpuoutlet', 'one')[0]?.id ?? '';
    sim.faults.add({ provider: 'gpuoutlet', kind: 'serverError', status: 502, target: 'pdf', times: 1 });
    expect((await get(sim, 'gpuoutlet', 'one')).status).toBe(200);
    expect((await fetch(sim.pdfUrl('gpuoutlet', id))).status).toBe(502);
    expect((await fetch(sim.pdfUrl('gpuoutlet', id))).status).toBe(200);
  });
});

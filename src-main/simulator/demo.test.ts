import { demoAsOf, startDemoServer } from './demo';

describe('the demo simulator', () => {
  it('generates its invoices as of the start of the UTC day, whatever the time', () => {
    const midnight = Date.parse('2026-12-01T00:00:00.000Z');
    expect(demoAsOf(midnight)).toBe(midnight);
    expect(demoAsOf(Date.parse('2026-12-01T05:09:08.123Z'))).toBe(midnight);
    expect(demoAsOf(Date.parse('2026-12-01T23:59:59.999Z'))).toBe(midnight);
  });

  it('serves the same invoices from two servers started at different moments of one day', async () => {
    const first = await startDemoServer();
    const second = await startDemoServer();
    try {
      expect(first.tenants()[0]?.now).toBe(new Date(demoAsOf(Date.now())).toISOString());
      const ids = (sim: typeof first): string[] => sim.invoices('gpuoutlet', 'demo-gpuoutlet-sid').map((invoice) => (invoice as { id: string }).id);
      expect(ids(second)).toEqual(ids(first));
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});

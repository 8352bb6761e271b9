import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROVIDER_IDS } from '../../../src-shared/domain';
import { startSimulator } from '../../simulator';
import { testContext } from './fixtures/context';
import { connectorFor } from './index';

const cursorProviders = PROVIDER_IDS.filter((p) => connectorFor(p).pagination === 'cursor');

describe('peekNext agrees with the validated next cursor', () => {
  it.each(cursorProviders)('%s: on its seed page', (provider) => {
    const connector = connectorFor(provider);
    const body: unknown = JSON.parse(readFileSync(join(__dirname, 'fixtures', `${provider}.seed.json`), 'utf8'));
    expect(connector.peekNext?.(body)).toBe(connector.parsePage(body, testContext(provider), 'page 1').next);
  });

  it('on every page of a multi-page list from the simulator, for each cursor provider', async () => {
    const sim = await startSimulator({ tenants: cursorProviders.map((provider, i) => ({ provider, secret: `peek-${provider}`, invoiceCount: 250, seed: 7 + i })), gpuoutletRateLimit: false });
    try {
      for (const provider of cursorProviders) {
        const connector = connectorFor(provider);
        const ctx = testContext(provider, { baseUrl: sim.baseUrl(provider), secret: `peek-${provider}`, nowMs: Date.now() });
        let cursor: string | null = null;
        let pages = 0;
        do {
          const request = connector.buildPageRequest(ctx, cursor);
          const body: unknown = await (await fetch(request.url, { headers: request.headers })).json();
          const next = connector.parsePage(body, ctx, `page ${pages + 1}`).next;
          expect(connector.peekNext?.(body), `${provider} page ${pages + 1}`).toBe(next);
          cursor = next;
          pages += 1;
        } while (cursor !== null && pages < 10);
        expect(pages, provider).toBe(3);
      }
    } finally {
      await sim.close();
    }
  });
});

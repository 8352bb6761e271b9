import type { Account, ProviderId } from '../../../src-shared/domain';
import { PROVIDER_IDS, PROVIDERS } from '../../../src-shared/domain';
import { connectorFor } from '../connectors';
import { systemClock } from '../http/types';
import { createSyncEngine } from '../sync/engine';
import type { SyncEngine } from '../sync/types';
import { MemoryCredentialStore, MemorySyncCache } from './memory-stores';

export interface SimEngine {
  engine: SyncEngine;
  cache: MemorySyncCache;
  /** One account per provider, id `acc-<provider>`, pointed at the provider's base URL. */
  accounts: Account[];
  account(provider: ProviderId): Account;
}

/**
 * The real engine and the five real connectors over real fetch, for integration tests against a
 * provider simulator on loopback: one account per provider, in-memory stores, backoff shortened so
 * injected faults cost milliseconds, and real time shifted to the simulator's "now".
 */
export function createSimEngine(options: { baseUrl: (provider: ProviderId) => string; secretOf: (provider: ProviderId) => string; nowMs: number }): SimEngine {
  const cache = new MemorySyncCache();
  const startedAt = Date.now();
  const credentials = new MemoryCredentialStore(Object.fromEntries(PROVIDER_IDS.map((p) => [`acc-${p}`, options.secretOf(p)])));
  const accounts: Account[] = PROVIDER_IDS.map((provider) => ({
    id: `acc-${provider}`,
    provider,
    label: `${PROVIDERS[provider].name} account`,
    baseUrl: options.baseUrl(provider),
    createdAt: '2026-01-01T00:00:00.000Z',
    demo: false,
  }));
  const engine = createSyncEngine({
    connectors: connectorFor,
    credentials,
    cache,
    fetch: (url, init) => fetch(url, init),
    clock: { now: () => options.nowMs + (Date.now() - startedAt), sleep: systemClock.sleep },
    backoff: { baseMs: 5, capMs: 20, jitter: 'full' },
    requestTimeoutMs: 10_000,
    resolveBaseUrl: (account) => account.baseUrl ?? PROVIDERS[account.provider].defaultBaseUrl ?? '',
  });
  return {
    engine,
    cache,
    accounts,
    account(provider) {
      const found = accounts.find((a) => a.provider === provider);
      if (found === undefined) throw new Error(`no ${provider} account`);
      return found;
    },
  };
}

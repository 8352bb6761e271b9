import type { Account, ProviderId } from '../../../src-shared/domain';
import type { Connector } from '../connectors/types';
import type { FetchLike } from '../http/types';
import { createSyncEngine } from '../sync/engine';
import type { SyncEngine, SyncEngineDeps } from '../sync/types';
import { FakeClock } from './fake-clock';
import { FakeProvider, type FakeProviderOptions } from './fake-provider';
import { MemoryCredentialStore, MemorySyncCache } from './memory-stores';
import { createTestConnector, type TestRecord } from './test-connector';

/** One fake account: its own fake provider host, pagination style and data. */
export interface HarnessAccount {
  id: string;
  style: 'cursor' | 'page';
  records: TestRecord[];
  pageSize?: number;
  /** Which provider the account pretends to be (names in messages). Default gpuoutlet (cursor) or opterius (page). */
  provider?: ProviderId;
  label?: string;
  /** Stored secret; null for none. Default "secret-<id>". */
  secret?: string | null;
  fault?: FakeProviderOptions['fault'];
  rewrite?: FakeProviderOptions['rewrite'];
  latencyMs?: number;
}

export interface SyncHarness {
  clock: FakeClock;
  engine: SyncEngine;
  cache: MemorySyncCache;
  credentials: MemoryCredentialStore;
  accounts: Account[];
  /** The fake provider behind each account id. */
  providers: Map<string, FakeProvider>;
  provider(accountId: string): FakeProvider;
  /** Requests in flight across every account, and the peak. */
  network: { inFlight: number; maxInFlight: number };
}

/**
 * Wires the real engine to fake providers (one host per account: https://<id>.test), in-memory stores
 * and a fake clock that moves by itself, for deterministic engine tests without real sleeps.
 */
export function createSyncHarness(
  accounts: HarnessAccount[],
  engineOptions: Partial<Omit<SyncEngineDeps, 'connectors' | 'credentials' | 'cache' | 'fetch' | 'clock' | 'resolveBaseUrl'>> = {},
): SyncHarness {
  const clock = new FakeClock();
  const cache = new MemorySyncCache();
  const credentials = new MemoryCredentialStore();
  const providers = new Map<string, FakeProvider>();
  const connectors = new Map<ProviderId, Connector>();
  const network = { inFlight: 0, maxInFlight: 0 };
  const list: Account[] = [];

  for (const spec of accounts) {
    const provider: ProviderId = spec.provider ?? (spec.style === 'cursor' ? 'gpuoutlet' : 'opterius');
    list.push({ id: spec.id, provider, label: spec.label ?? `Account ${spec.id}`, baseUrl: `https://${spec.id}.test`, createdAt: '2026-01-01T00:00:00.000Z', demo: false });
    providers.set(
      spec.id,
      new FakeProvider({
        style: spec.style,
        records: spec.records,
        clock,
        ...(spec.fault ? { fault: spec.fault } : {}),
        ...(spec.rewrite ? { rewrite: spec.rewrite } : {}),
        ...(spec.latencyMs !== undefined ? { latencyMs: spec.latencyMs } : {}),
      }),
    );
    // The engine looks connectors up by provider id: accounts of one provider share its style and page size.
    const existing = connectors.get(provider);
    if (existing && (existing.pagination !== spec.style || existing.pageSize !== (spec.pageSize ?? 10))) {
      throw new Error(`harness: accounts of ${provider} must share pagination style and page size`);
    }
    if (!existing) connectors.set(provider, createTestConnector({ pagination: spec.style, pageSize: spec.pageSize ?? 10, provider }));
    const secret = spec.secret === undefined ? `secret-${spec.id}` : spec.secret;
    if (secret !== null) void credentials.set(spec.id, secret);
  }

  const hostOf = (url: string): string => new URL(url).hostname.replace(/\.test$/, '');
  const fetch: FetchLike = async (url, init) => {
    const provider = providers.get(hostOf(url));
    if (!provider) throw new TypeError('fetch failed');
    network.inFlight += 1;
    network.maxInFlight = Math.max(network.maxInFlight, network.inFlight);
    try {
      return await provider.fetch(url, init);
    } finally {
      network.inFlight -= 1;
    }
  };

  const engine = createSyncEngine({
    ...engineOptions,
    connectors: (provider) => {
      const connector = connectors.get(provider);
      if (!connector) throw new Error(`no connector for ${provider}`);
      return connector;
    },
    credentials,
    cache,
    fetch,
    clock,
    random: engineOptions.random ?? (() => 0.5),
    resolveBaseUrl: (account) => {
      if (account.baseUrl === null) throw new Error('no base URL');
      return account.baseUrl;
    },
  });

  return {
    clock,
    engine,
    cache,
    credentials,
    accounts: list,
    providers,
    provider: (id) => {
      const p = providers.get(id);
      if (!p) throw new Error(`no provider for ${id}`);
      return p;
    },
    network,
  };
}

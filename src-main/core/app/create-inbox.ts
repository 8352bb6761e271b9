import { AccountRegistry, ConfKeyValueStore, DEFAULT_ACCOUNT_SETTINGS, resolveBaseUrl, type AccountSettings, type KeyValueStore } from '../accounts';
import { FileSnapshotStore, MemoSnapshotStore } from '../cache';
import type { SnapshotStore } from '../cache/types';
import { connectorFor } from '../connectors';
import type { CredentialStore } from '../credentials/types';
import { systemClock, type Clock, type FetchLike } from '../http/types';
import { createSyncEngine, type SyncEngineDeps } from '../sync';
import { Inbox } from './inbox-service';

export interface CreateInboxDeps {
  dataDir: string;
  credentials: CredentialStore;
  clock?: Clock;
  fetch?: FetchLike;
  /** Account settings store; default `<dataDir>/accounts.json` through conf (electron-store in the desktop app). */
  accountStore?: KeyValueStore<AccountSettings>;
  snapshots?: SnapshotStore;
  /** Developer mode (an app setting): other API addresses for fixed-host providers, plain http to this computer. Default off. */
  developerMode?: () => boolean;
  /** Engine tuning (concurrency, timeouts, random source) for tests and benchmarks. */
  engine?: Partial<Pick<SyncEngineDeps, 'accountConcurrency' | 'pageConcurrency' | 'requestTimeoutMs' | 'maxPages' | 'maxAttempts' | 'random' | 'backoff' | 'maxResponseBytes'>>;
}

/** Builds the core for a host and loads the cache, so the inbox can be shown at once (offline too). */
export async function createInboxService(deps: CreateInboxDeps): Promise<Inbox> {
  const clock = deps.clock ?? systemClock;
  const registry = new AccountRegistry(
    deps.accountStore ?? new ConfKeyValueStore<AccountSettings>({ dataDir: deps.dataDir, configName: 'accounts', defaults: DEFAULT_ACCOUNT_SETTINGS }),
    { now: () => clock.now() },
  );
  const snapshots = new MemoSnapshotStore(deps.snapshots ?? new FileSnapshotStore(deps.dataDir));
  const engine = createSyncEngine({
    ...deps.engine,
    connectors: connectorFor,
    credentials: deps.credentials,
    snapshots,
    fetch: deps.fetch ?? ((url, init) => fetch(url, init)),
    clock,
    resolveBaseUrl,
  });
  const inbox = new Inbox({ registry, credentials: deps.credentials, snapshots, engine, clock, ...(deps.developerMode ? { developerMode: deps.developerMode } : {}) });
  await inbox.loadCache();
  return inbox;
}

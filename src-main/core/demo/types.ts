import type { Account, AccountSyncResult, ProviderId } from '../../../src-shared/domain';
import type { SyncRequest } from '../app/types';

/** How the demo runs its first sync; hosts pass their background runner so progress events flow. */
export type DemoSync = (request: SyncRequest) => Promise<AccountSyncResult[]>;

/**
 * The embedded demo: five demo accounts (one per provider) served by the provider simulator, which
 * each process that needs it runs on 127.0.0.1 (a port of its own). A demo account's address and
 * links are resolved against this process's simulator, so the app, the web host and the CLI can all
 * sync and open a demo workspace. Demo tokens are the simulator's public tokens, never user secrets.
 */
export interface DemoWorkspace {
  /** True when demo accounts exist. */
  isActive(): boolean;
  /** Starts the simulator, adds the five demo accounts (reusing existing ones) and syncs them. */
  start(options?: { sync?: DemoSync }): Promise<Account[]>;
  /** The API address of a demo account's provider on this process's simulator (started on demand). */
  baseUrlFor(provider: ProviderId): Promise<string>;
  /** The address of this process's simulator for a provider when it is running (null when it is not). */
  runningBaseUrl(provider: ProviderId): string | null;
  /** A demo invoice's link (PDF, pay page) pointed at this process's simulator; other links as they are. */
  localize(url: string): Promise<string>;
  /** Removes the demo accounts with their invoices and PDFs, and stops the simulator. */
  leave(): Promise<void>;
  /** Stops the simulator (shutdown); the demo accounts stay. */
  close(): Promise<void>;
}

import type { Account, AccountSyncResult } from '../../../src-shared/domain';
import type { SyncRequest } from '../app/types';

/** How the demo runs its first sync; hosts pass their background runner so progress events flow. */
export type DemoSync = (request: SyncRequest) => Promise<AccountSyncResult[]>;

/**
 * The embedded demo: five demo accounts (one per provider) served by the provider simulator running
 * in-process on 127.0.0.1. Demo tokens are the simulator's public demo tokens, never user secrets.
 */
export interface DemoWorkspace {
  /** True when demo accounts exist. */
  isActive(): boolean;
  /** Starts the simulator, adds the five demo accounts (reusing existing ones) and syncs them. */
  start(options?: { sync?: DemoSync }): Promise<Account[]>;
  /**
   * On app start: when demo accounts exist, restarts the simulator and points their base URLs at it
   * (its port changes every run). Does nothing without demo accounts.
   */
  resume(): Promise<void>;
  /** Removes the demo accounts, their secrets and caches (PDFs included), and stops the simulator. */
  leave(): Promise<void>;
  /** Stops the simulator (app shutdown); the demo accounts stay. */
  close(): Promise<void>;
}

import type { ProviderId } from '../../../src-shared/domain';
import { DEMO_TENANTS, startDemoServer } from '../../simulator';

/** What the demo needs of the provider simulator. */
export interface DemoSimulator {
  baseUrl(provider: ProviderId): string;
  close(): Promise<void>;
}

export type StartDemoSimulator = () => Promise<DemoSimulator>;

export interface DemoTenant {
  provider: ProviderId;
  /** The simulator's public demo token for this provider (not a user secret). */
  secret: string;
}

export const DEMO_ACCOUNTS: readonly DemoTenant[] = DEMO_TENANTS.map(({ provider, secret }) => ({ provider, secret }));

/** Starts the simulator in-process on 127.0.0.1 (a free port) with the demo tenants. */
export const startDemoSimulator: StartDemoSimulator = () => startDemoServer();

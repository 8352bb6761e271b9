import type { ProviderId } from './provider';

/** An account's settings. The secret is never here: it lives in the OS keychain under the account id. */
export interface Account {
  id: string;
  provider: ProviderId;
  label: string;
  /** Overrides the provider's default API base URL; required for Opterius. */
  baseUrl: string | null;
  createdAt: string;
  /** True for the demo workspace's accounts (removed together when the user leaves the demo). */
  demo: boolean;
}

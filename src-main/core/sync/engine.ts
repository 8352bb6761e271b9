import type { Account, AccountSyncResult } from '../../../src-shared/domain';
import { RateLimiter } from '../http/rate-limiter';
import type { AccountSetup } from './account-setup';
import { syncAccount, testAccountConnection, type LimiterFor } from './account-sync';
import { runPool } from './pool';
import { ENGINE_DEFAULTS, type SyncEngine, type SyncEngineDeps, type SyncOptions } from './types';

/**
 * The sync engine: accounts in parallel (at most `accountConcurrency`), each all-or-nothing, with one
 * rate limiter per (provider, account) kept for the engine's lifetime so per-minute and per-hour
 * budgets hold across syncs.
 */
export function createSyncEngine(deps: SyncEngineDeps): SyncEngine {
  const limiters = new Map<string, RateLimiter>();
  const limiterFor: LimiterFor = (setup: AccountSetup) => {
    const key = `${setup.connector.provider}:${setup.ctx.account.id}`;
    let limiter = limiters.get(key);
    if (!limiter) {
      limiter = new RateLimiter(setup.connector.rateLimit, deps.clock);
      limiters.set(key, limiter);
    }
    return limiter;
  };

  return {
    async syncAccounts(accounts: Account[], options: SyncOptions = {}): Promise<AccountSyncResult[]> {
      // The same account twice would race on its snapshot: sync it once and report it for each entry.
      const unique = [...new Map(accounts.map((account) => [account.id, account])).values()];
      const results = await runPool(unique, Math.max(1, deps.accountConcurrency ?? ENGINE_DEFAULTS.accountConcurrency), async (account) => {
        const result = await syncAccount(deps, account, options, limiterFor);
        try {
          options.onAccountDone?.(result);
        } catch {
          // A listener's failure does not change the sync's outcome.
        }
        return result;
      });
      const byId = new Map(results.map((result) => [result.accountId, result]));
      return accounts.map((account) => byId.get(account.id) as AccountSyncResult);
    },

    testConnection(account: Account, secret: string, options: { signal?: AbortSignal } = {}): Promise<AccountSyncResult> {
      return testAccountConnection(deps, account, secret, limiterFor, options.signal);
    },
  };
}

import type { CommandHandlers } from './commands';
import type { SyncRunner } from './sync-runner';
import type { ServiceDeps } from './types';

type SyncCommand = 'sync:start' | 'sync:cancel' | 'sync:status';

/** 'sync:start' answers at once; progress and completion arrive as events (see SyncRunner). */
export function syncHandlers(deps: Pick<ServiceDeps, 'inbox'>, runner: SyncRunner): Pick<CommandHandlers, SyncCommand> {
  return {
    'sync:start': async ({ accountId, full }) => ({
      started: runner.start({ ...(accountId !== undefined ? { accountId } : {}), ...(full !== undefined ? { full } : {}) }),
    }),
    'sync:cancel': async ({ accountId }) => {
      runner.cancel(accountId);
      return null;
    },
    'sync:status': async () => deps.inbox.syncStates(),
  };
}

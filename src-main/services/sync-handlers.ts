import type { CommandHandlers } from './commands';
import type { BackgroundSync } from './sync-runner';
import type { ServiceDeps } from './types';

type SyncCommand = 'sync:start' | 'sync:cancel' | 'sync:status';

/** 'sync:start' answers at once; progress and completion arrive as events (see BackgroundSync). */
export function syncHandlers(deps: Pick<ServiceDeps, 'inbox'>, background: BackgroundSync): Pick<CommandHandlers, SyncCommand> {
  return {
    'sync:start': async ({ accountId, full }) => ({
      started: background.start({ ...(accountId !== undefined ? { accountId } : {}), ...(full !== undefined ? { full } : {}) }),
    }),
    'sync:cancel': async ({ accountId }) => {
      background.cancel(accountId);
      return null;
    },
    'sync:status': async () => deps.inbox.syncStates(),
  };
}

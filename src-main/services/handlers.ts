import type { CommandHandlers } from './commands';
import { accountHandlers } from './accounts-handlers';
import { appHandlers } from './app-handlers';
import { fileHandlers } from './files-handlers';
import { invoiceHandlers } from './invoices-handlers';
import { SyncRunner } from './sync-runner';
import { syncHandlers } from './sync-handlers';
import type { ServiceDeps } from './types';

export interface CommandService {
  handlers: CommandHandlers;
  /** Runs syncs one at a time (the scheduler and the user's Sync now start them; hosts wait for it on quit). */
  sync: SyncRunner;
  /** Cancels a running sync and stops forwarding core events. */
  dispose(): void;
}

/** Every command's handler, host-independent: Electron's IPC door and the web host both dispatch to these. */
export function createCommandService(deps: ServiceDeps): CommandService {
  const runner = new SyncRunner(deps.inbox, deps.events, deps.network);
  const handlers: CommandHandlers = {
    ...accountHandlers(deps),
    ...invoiceHandlers(deps),
    ...syncHandlers(deps, runner),
    ...fileHandlers(deps),
    ...appHandlers(deps, runner),
    ...deps.reminders,
  };
  return { handlers, sync: runner, dispose: () => runner.dispose() };
}

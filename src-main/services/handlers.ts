import type { CommandHandlers } from './commands';
import { accountHandlers } from './accounts-handlers';
import { appHandlers } from './app-handlers';
import { fileHandlers } from './files-handlers';
import { invoiceHandlers } from './invoices-handlers';
import { BackgroundSync } from './sync-runner';
import { syncHandlers } from './sync-handlers';
import type { ServiceDeps } from './types';

export interface CommandService {
  handlers: CommandHandlers;
  /** The background sync runner (hosts start scheduled syncs through it and wait for it on quit). */
  sync: BackgroundSync;
  /** Cancels a running sync and stops forwarding core events. */
  dispose(): void;
}

/** Every command's handler, host-independent: Electron's IPC door and the web host both dispatch to these. */
export function createCommandService(deps: ServiceDeps): CommandService {
  const background = new BackgroundSync(deps.inbox, deps.events, deps.network);
  const handlers: CommandHandlers = {
    ...accountHandlers(deps),
    ...invoiceHandlers(deps),
    ...syncHandlers(deps, background),
    ...fileHandlers(deps),
    ...appHandlers(deps, background),
    ...deps.reminders,
  };
  return { handlers, sync: background, dispose: () => background.dispose() };
}

export function createCommandHandlers(deps: ServiceDeps): CommandHandlers {
  return createCommandService(deps).handlers;
}

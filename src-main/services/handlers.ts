import type { CommandHandlers } from './commands';
import { accountHandlers } from './accounts-handlers';
import { appHandlers } from './app-handlers';
import { exportHandlers } from './export-handlers';
import { ExportJobs } from './export-jobs';
import { fileHandlers } from './files-handlers';
import { invoiceHandlers } from './invoices-handlers';
import { markHandlers } from './marks-handlers';
import { SyncRunner } from './sync-runner';
import { syncHandlers } from './sync-handlers';
import type { ServiceDeps } from './types';

export interface CommandService {
  handlers: CommandHandlers;
  /** Runs syncs one at a time (the scheduler and the user's Sync now start them; hosts wait for it on quit). */
  sync: SyncRunner;
  /** Exports running in the background (hosts wait for them on quit). */
  exports: ExportJobs;
  /** Cancels a running sync and running exports, and stops forwarding core events. */
  dispose(): void;
}

/** Every command's handler, host-independent: Electron's IPC door and the web host both dispatch to these. */
export function createCommandService(deps: ServiceDeps): CommandService {
  const runner = new SyncRunner(deps.inbox, deps.events, deps.network);
  const exports = new ExportJobs({ inbox: deps.inbox, pdf: deps.pdf, events: deps.events, chooseTarget: deps.chooseExportTarget, now: deps.now ?? Date.now });
  const handlers: CommandHandlers = {
    ...accountHandlers(deps),
    ...invoiceHandlers(deps),
    ...markHandlers(deps.marks),
    ...syncHandlers(deps, runner),
    ...fileHandlers(deps),
    ...appHandlers(deps, runner),
    ...exportHandlers(deps, exports),
    ...deps.reminders,
  };
  return {
    handlers,
    sync: runner,
    exports,
    dispose: () => {
      runner.dispose();
      exports.dispose();
    },
  };
}

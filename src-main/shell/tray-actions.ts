import type { EventPayload } from '../../src-shared/contract';
import type { ReminderService } from '../core/reminders/reminders-service';
import { TRAY_WITHIN_DAYS, trayModel, type TrayAction } from '../core/reminders/tray-model';
import type { TrayService } from './tray';

type Reminders = Pick<ReminderService, 'due' | 'preferences' | 'zone'>;

/**
 * Recomputes the tray model from the reminders (same due list as the panel and `cli due`) and the
 * workspace's unacknowledged problems, and shows it.
 */
export function refreshTray(tray: Pick<TrayService, 'update'>, reminders: Reminders, nowMs: number, problems: readonly string[] = []): void {
  tray.update(trayModel(reminders.due({ withinDays: TRAY_WITHIN_DAYS, asOfMs: nowMs }), reminders.preferences(), nowMs, reminders.zone, problems));
}

export interface TrayActionDeps {
  reminders: Pick<ReminderService, 'pause'>;
  /** Shows and focuses the main window (creating it if needed). */
  showWindow: () => void;
  /** events.emit('app:navigate', ...) to the renderer. */
  navigate: (to: EventPayload<'app:navigate'>) => void;
  /** Starts a sync now (the background runner's start). */
  syncNow: () => void;
  /** app.quit() after setting the quitting flag (see keepRunningInTray). */
  quit: () => void;
  log?: (message: string) => void;
}

/** What each tray menu item does. */
export function trayActionHandler(deps: TrayActionDeps): (action: TrayAction) => void {
  const failed = (error: unknown): void => deps.log?.(`tray: ${error instanceof Error ? error.message : String(error)}`);
  return (action) => {
    switch (action.type) {
      case 'open_invoice':
        deps.showWindow();
        deps.navigate({ to: 'invoice', invoiceId: action.invoiceId });
        return;
      case 'open_app':
        deps.showWindow();
        return;
      case 'sync_now':
        deps.syncNow();
        return;
      case 'pause':
        deps.reminders.pause(action.until).catch(failed);
        return;
      case 'resume':
        deps.reminders.pause(null).catch(failed);
        return;
      case 'preferences':
        deps.showWindow();
        deps.navigate({ to: 'preferences' });
        return;
      case 'quit':
        deps.quit();
        return;
    }
  };
}

/**
 * The app's presence on the desktop outside its window: the tray icon (what is due, Sync now, pause
 * reminders, Quit), reminder notifications, and closing the window to the tray. Electron objects come
 * in through the deps (no electron import), so this runs under plain Node in tests.
 *
 * Two phases, because the reminder service is created by openWorkspace, which already needs the
 * notifier and the tray status:
 *   const tray = new TrayPresence(electronDeps);
 *   const services = await createHostServices({ ..., notify: (n) => tray.notify(n), host: { ..., tray: () => tray.status() } });
 *   await tray.start({ reminders: services.workspace.reminders, events: services.events, syncNow: () => ... });
 *   tray.attachWindow(win) for each main window; tray.shouldStartHidden() before showing it.
 * The minute tick is reminder-ticker.ts, start at login login-item.ts, automatic syncs the SyncScheduler.
 */
import type { EventPayload } from '../../src-shared/contract';
import type { Clock } from '../core/http/types';
import type { PlannedNotification } from '../core/reminders/notification-text';
import type { ReminderService } from '../core/reminders/reminders-service';
import type { TrayAction } from '../core/reminders/tray-model';
import type { EventTap } from '../services/event-tap';
import { keepRunningInTray, type ClosableWindow, type QuitSource } from './close-to-tray';
import { startedHidden, type LoginItemApp } from './login-item';
import { DesktopNotifier, type DesktopNotifierDeps } from './notifications';
import { TrayService, type TrayServiceDeps } from './tray';
import { refreshTray, trayActionHandler } from './tray-actions';
import { detectTrayAvailability, type TrayAvailability, type WatcherProbe } from './tray-availability';

export interface TrayPresenceDeps {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  argv: readonly string[];
  clock: Clock;
  app: QuitSource & Pick<LoginItemApp, 'getLoginItemSettings'> & { quit(): void };
  tray: Omit<TrayServiceDeps, 'onAction' | 'platform' | 'log'>;
  notifications: Pick<DesktopNotifierDeps, 'createNotification' | 'isSupported' | 'iconPath'>;
  /** Asks the session bus for a StatusNotifier watcher (statusNotifierWatcherProbe). */
  watcherProbe: WatcherProbe;
  /** Persisted "we told the user the app keeps running in the tray". */
  closeToTrayExplained: { get(): boolean; set(value: boolean): void };
  showWindow: () => void;
  log: (line: string) => void;
}

export interface TrayRuntime {
  reminders: Pick<ReminderService, 'due' | 'preferences' | 'zone' | 'pause'>;
  /** The host's one event tap: the tray follows 'reminders:changed' and sends 'app:navigate'. */
  events: Pick<EventTap, 'emit' | 'listen'>;
  /** The user's Sync now from the tray menu (the SyncRunner's start). */
  syncNow: () => void;
  /** What happened to the workspace that the user has not acknowledged (notices' messages). */
  problems?: () => readonly string[];
}

export class TrayPresence {
  private readonly trayService: TrayService;
  private readonly notifier: DesktopNotifier;
  private runtime: TrayRuntime | null = null;
  private stopListening: () => void = () => undefined;
  private readonly quitFlag = { quitting: false };
  private readonly onTrayAction: (action: TrayAction) => void;

  constructor(private readonly deps: TrayPresenceDeps) {
    const navigate = (to: EventPayload<'app:navigate'>): void => this.runtime?.events.emit('app:navigate', to);
    this.onTrayAction = trayActionHandler({
      reminders: { pause: (until) => this.need().reminders.pause(until) },
      showWindow: () => deps.showWindow(),
      navigate,
      syncNow: () => this.runtime?.syncNow(),
      quit: () => {
        this.quitFlag.quitting = true;
        deps.app.quit();
      },
      log: deps.log,
    });
    this.notifier = new DesktopNotifier({ ...deps.notifications, showWindow: deps.showWindow, navigate, log: deps.log });
    this.trayService = new TrayService({
      ...deps.tray,
      platform: deps.platform,
      log: deps.log,
      onAction: (action) => this.onTrayAction(action),
    });
    deps.app.on('before-quit', () => {
      this.quitFlag.quitting = true;
    });
  }

  notify(planned: PlannedNotification): void {
    this.notifier.showReminder(planned);
  }

  status(): TrayAvailability {
    return this.trayService.availability();
  }

  async start(runtime: TrayRuntime): Promise<void> {
    this.runtime = runtime;
    const detected = await detectTrayAvailability({ platform: this.deps.platform, env: this.deps.env, hasStatusNotifierWatcher: this.deps.watcherProbe });
    const status = this.trayService.start(detected);
    if (!status.available) this.deps.log(`tray: none (${status.reason ?? 'unknown'})`);
    this.refresh();
    // Every change of the inbox (a sync, an account, a notice acknowledged, another process's write)
    // recomputes the reminders, and each recompute and mark that changes what is due says
    // reminders:changed: one refresh each.
    this.stopListening = runtime.events.listen('reminders:changed', () => this.refresh());
  }

  /** Shows the due list as it is now (after a reminder tick, a change of the reminders). */
  refresh(): void {
    if (this.runtime) refreshTray(this.trayService, this.runtime.reminders, this.deps.clock.now(), this.runtime.problems?.() ?? []);
  }

  /** Closing this window hides it to the tray while the tray exists (said once). */
  attachWindow(window: ClosableWindow): void {
    keepRunningInTray({
      window,
      app: { on: (_event, listener) => this.deps.app.on('before-quit', listener) },
      trayAvailable: () => !this.quitFlag.quitting && this.trayService.availability().available,
      explained: this.deps.closeToTrayExplained,
      explain: (title, body) => this.notifier.showMessage(title, body),
    });
  }

  /** Started at login with a tray to live in: do not show the window. */
  shouldStartHidden(): boolean {
    return startedHidden(this.deps.argv, this.deps.platform, this.deps.app) && this.trayService.availability().available;
  }

  stop(): void {
    this.stopListening();
    this.trayService.destroy();
  }

  private need(): TrayRuntime {
    if (!this.runtime) throw new Error('the tray is not started yet');
    return this.runtime;
  }
}

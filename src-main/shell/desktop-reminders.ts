/**
 * Wires reminders into the desktop: tray, native notifications, the minute tick, background sync,
 * close-to-tray and start-at-login. Electron objects come in through the deps (no electron import),
 * so index.ts stays wiring and this runs under plain Node in tests.
 *
 * Two phases, because the reminder service is created by createDesktopServices, which already needs
 * the notifier and the tray status:
 *   const desktop = new DesktopReminders(electronDeps);
 *   const events = desktop.tap(createWindowEventSink(...));        // sees settings / net / reminders changes
 *   const services = await createHostServices({ ..., events, notify: (n) => desktop.notify(n), host: { ..., tray: () => desktop.trayStatus() } });
 *   await desktop.start({ reminders: services.workspace.reminders, sync: services.service.sync, online: () => services.network.online() });
 *   desktop.attachWindow(win) for each main window; desktop.shouldStartHidden() before showing it.
 */
import type { AppSettings, EventName, EventPayload } from '../../src-shared/contract';
import type { Clock } from '../core/http/types';
import type { PlannedNotification } from '../core/reminders/notification-text';
import type { ReminderService } from '../core/reminders/reminders-service';
import type { TrayAction } from '../core/reminders/tray-model';
import type { EventSink } from '../services/commands';
import type { BackgroundSync } from '../services/sync-runner';
import { applyStartAtLogin, keepRunningInTray, startedHidden, type ClosableWindow, type LinuxAutostart, type LoginItemApp, type QuitSource } from './background';
import { DEFAULT_SYNC_INTERVAL_MINUTES, startReminderTicker, SyncScheduler } from './background-sync';
import { DesktopNotifier, type DesktopNotifierDeps } from './notifications';
import { TrayService, type TrayServiceDeps } from './tray';
import { refreshTray, trayActionHandler } from './tray-actions';
import { detectTrayAvailability, type TrayAvailability, type WatcherProbe } from './tray-availability';

export interface DesktopRemindersDeps {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  argv: readonly string[];
  clock: Clock;
  app: QuitSource & LoginItemApp & { quit(): void };
  /** Electron's powerMonitor: a tick and a due sync on wake. */
  powerMonitor?: { on(event: 'resume' | 'unlock-screen', listener: () => void): unknown };
  tray: Omit<TrayServiceDeps, 'onAction' | 'platform' | 'log'>;
  notifications: Pick<DesktopNotifierDeps, 'createNotification' | 'isSupported' | 'iconPath'>;
  /** Asks the session bus for a StatusNotifier watcher (statusNotifierWatcherProbe). */
  watcherProbe: WatcherProbe;
  /** The app settings (sync interval, start at login). */
  settings: () => AppSettings;
  /** Persisted "we told the user the app keeps running in the tray". */
  closeToTrayExplained: { get(): boolean; set(value: boolean): void };
  /** Linux start-at-login entry (config home and the command to start the app). */
  linuxAutostart?: LinuxAutostart;
  showWindow: () => void;
  log: (line: string) => void;
}

export interface ReminderRuntime {
  reminders: ReminderService;
  sync: Pick<BackgroundSync, 'run' | 'start'>;
  online: () => boolean;
}

export class DesktopReminders {
  private readonly trayService: TrayService;
  private readonly notifier: DesktopNotifier;
  private runtime: ReminderRuntime | null = null;
  private sink: EventSink | null = null;
  private scheduler: SyncScheduler | null = null;
  /** The start-at-login value last applied, so unrelated settings changes do not rewrite the login item. */
  private appliedStartAtLogin: boolean | null = null;
  private ticker: { stop(): void; tickNow(): Promise<void> } | null = null;
  private readonly quitFlag = { quitting: false };
  private readonly onTrayAction: (action: TrayAction) => void;

  constructor(private readonly deps: DesktopRemindersDeps) {
    this.onTrayAction = trayActionHandler({
      reminders: { pause: (until) => this.need().reminders.pause(until) },
      showWindow: () => deps.showWindow(),
      navigate: (to) => this.sink?.emit('app:navigate', to),
      syncNow: () => void this.runtime?.sync.start({}),
      quit: () => {
        this.quitFlag.quitting = true;
        deps.app.quit();
      },
      log: deps.log,
    });
    this.notifier = new DesktopNotifier({
      ...deps.notifications,
      showWindow: deps.showWindow,
      navigate: (to) => this.sink?.emit('app:navigate', to),
      log: deps.log,
    });
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

  /** Wraps the window event sink: everything passes through, and this sees the changes it reacts to. */
  tap(sink: EventSink): EventSink {
    this.sink = sink;
    return {
      emit: <K extends EventName>(name: K, payload: EventPayload<K>) => {
        sink.emit(name, payload);
        this.onEvent(name, payload);
      },
    };
  }

  notify(planned: PlannedNotification): void {
    this.notifier.showReminder(planned);
  }

  trayStatus(): TrayAvailability {
    return this.trayService.availability();
  }

  async start(runtime: ReminderRuntime): Promise<void> {
    this.runtime = runtime;
    const detected = await detectTrayAvailability({ platform: this.deps.platform, env: this.deps.env, hasStatusNotifierWatcher: this.deps.watcherProbe });
    const status = this.trayService.start(detected);
    if (!status.available) this.deps.log(`tray: none (${status.reason ?? 'unknown'})`);
    this.refresh();
    const tick = async (): Promise<void> => {
      await runtime.reminders.tick();
      this.refresh();
    };
    this.ticker = startReminderTicker(this.deps.clock, tick, { log: this.deps.log });
    this.scheduler = new SyncScheduler({
      clock: this.deps.clock,
      sync: () => runtime.sync.run({}),
      afterSync: () => runtime.reminders.recompute(),
      intervalMinutes: () => this.deps.settings().syncIntervalMinutes ?? DEFAULT_SYNC_INTERVAL_MINUTES,
      online: runtime.online,
      log: this.deps.log,
    });
    this.scheduler.start();
    const wake = (): void => {
      void this.ticker?.tickNow();
      this.scheduler?.wake();
    };
    this.deps.powerMonitor?.on('resume', wake);
    this.deps.powerMonitor?.on('unlock-screen', wake);
    await this.applyLoginItem(this.deps.settings().startAtLogin);
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
    this.ticker?.stop();
    this.scheduler?.stop();
    this.trayService.destroy();
  }

  private refresh(): void {
    if (this.runtime) refreshTray(this.trayService, this.runtime.reminders, this.deps.clock.now());
  }

  private onEvent<K extends EventName>(name: K, payload: EventPayload<K>): void {
    if (name === 'reminders:changed') this.refresh();
    else if (name === 'net:status') this.scheduler?.networkChanged((payload as EventPayload<'net:status'>).online);
    else if (name === 'settings:changed') {
      this.scheduler?.settingsChanged();
      const { startAtLogin } = payload as EventPayload<'settings:changed'>;
      if (startAtLogin !== this.appliedStartAtLogin) void this.applyLoginItem(startAtLogin);
    }
  }

  private async applyLoginItem(enabled: boolean): Promise<void> {
    this.appliedStartAtLogin = enabled;
    try {
      await applyStartAtLogin(enabled, this.deps.platform, this.deps.app, this.deps.linuxAutostart);
    } catch (error) {
      this.deps.log(`start at login: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private need(): ReminderRuntime {
    if (!this.runtime) throw new Error('reminders are not started yet');
    return this.runtime;
  }
}

/**
 * What the desktop app does around its window, wired from the shell's adapters: the tray icon (and
 * what its menu does), background sync every N minutes, the reminder tick every minute and on wake,
 * closing to the tray, start at login, and the effects of settings changes (theme, interval, login).
 * Electron objects are injected; index.ts passes the real ones.
 */
import type { Menu, MenuItemConstructorOptions, NativeImage } from 'electron';
import type { AppSettings, EventPayload } from '../../src-shared/contract';
import type { Clock } from '../core/http/types';
import { refreshReminders } from '../core/reminders';
import type { EventTap } from '../ipc/event-tap';
import { applyStartAtLogin, keepRunningInTray, startedHidden, type ClosableWindow, type LinuxAutostart, type LoginItemApp } from './background';
import { startReminderTicker, SyncScheduler } from './background-sync';
import type { DesktopServices } from './desktop-services';
import type { KeyValueStore } from './key-value';
import type { DesktopNotifier } from './notifications';
import { TrayService, type ThemeSource, type TrayLike } from './tray';
import { refreshTray, trayActionHandler } from './tray-actions';
import { detectTrayAvailability, type TrayAvailability, type WatcherProbe } from './tray-availability';

export interface PresenceElectron {
  app: LoginItemApp & { on(event: 'before-quit', listener: () => void): unknown; quit(): void };
  createTray: (image: NativeImage) => TrayLike;
  loadImage: (path: string) => NativeImage;
  buildMenu: (template: MenuItemConstructorOptions[]) => Menu;
  nativeTheme: ThemeSource & { themeSource: AppSettings['theme'] };
  powerMonitor: { on(event: 'resume', listener: () => void): unknown };
}

export interface PresenceDeps {
  electron: PresenceElectron;
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  argv: readonly string[];
  clock: Clock;
  services: Pick<DesktopServices, 'reminders' | 'inbox' | 'network' | 'service'>;
  events: EventTap;
  settings: () => AppSettings;
  notifier: Pick<DesktopNotifier, 'showMessage'>;
  /** Persisted "closing keeps the app in the tray" explanation flag. */
  explained: KeyValueStore<boolean>;
  iconPath: (name: string) => string;
  watcherProbe: WatcherProbe;
  linuxAutostart?: LinuxAutostart;
  showWindow: () => void;
  log: (line: string) => void;
}

export interface Presence {
  /** For AppInfo.tray: whether there is a tray icon, and why not. */
  trayAvailability(): TrayAvailability;
  /** False when the app was started at login and has a tray: keep the window hidden. */
  showWindowAtStart(): boolean;
  /** Call for each main window: closing it hides it while there is a tray icon. */
  adoptWindow(window: ClosableWindow): void;
  stop(): void;
}

export async function startPresence(deps: PresenceDeps): Promise<Presence> {
  const { electron, services, events, log } = deps;
  const navigate = (to: EventPayload<'app:navigate'>): void => events.emit('app:navigate', to);
  let quitting = false;
  electron.app.on('before-quit', () => {
    quitting = true;
  });
  const quit = (): void => {
    quitting = true;
    electron.app.quit();
  };

  const tray = new TrayService({
    createTray: electron.createTray,
    loadImage: electron.loadImage,
    buildMenu: electron.buildMenu,
    nativeTheme: electron.nativeTheme,
    iconPath: deps.iconPath,
    platform: deps.platform,
    onAction: trayActionHandler({
      reminders: services.reminders,
      showWindow: deps.showWindow,
      navigate,
      syncNow: () => void services.service.sync.start({}),
      quit,
      log,
    }),
    log,
  });
  tray.start(await detectTrayAvailability({ platform: deps.platform, env: deps.env, hasStatusNotifierWatcher: deps.watcherProbe }));
  const showTray = (): void => refreshTray(tray, services.reminders, deps.clock.now());
  showTray();

  const scheduler = new SyncScheduler({
    clock: deps.clock,
    sync: () => services.service.sync.run({}),
    afterSync: () => refreshReminders(services.reminders, services.inbox),
    intervalMinutes: () => deps.settings().syncIntervalMinutes,
    online: () => services.network.online(),
    log,
  });
  scheduler.start();
  const ticker = startReminderTicker(
    deps.clock,
    async () => {
      await services.reminders.tick();
      showTray();
    },
    { log },
  );

  const applySettings = (settings: AppSettings, loginChanged: boolean): void => {
    electron.nativeTheme.themeSource = settings.theme;
    if (loginChanged) {
      applyStartAtLogin(settings.startAtLogin, deps.platform, electron.app, deps.linuxAutostart).catch((error: unknown) =>
        log(`start at login: ${error instanceof Error ? error.message : String(error)}`),
      );
    }
  };
  let current = deps.settings();
  applySettings(current, current.startAtLogin);

  const unsubscribe = [
    events.listen('reminders:changed', showTray),
    events.listen('net:status', ({ online }) => scheduler.networkChanged(online)),
    events.listen('settings:changed', (next) => {
      if (next.syncIntervalMinutes !== current.syncIntervalMinutes) scheduler.settingsChanged();
      applySettings(next, next.startAtLogin !== current.startAtLogin);
      current = next;
    }),
  ];
  electron.powerMonitor.on('resume', () => {
    scheduler.wake();
    void ticker.tickNow();
  });

  return {
    trayAvailability: () => tray.availability(),
    showWindowAtStart: () => !(startedHidden(deps.argv, deps.platform, electron.app) && tray.availability().available),
    adoptWindow: (window) => {
      const closeToTray = keepRunningInTray({
        window,
        app: electron.app,
        trayAvailable: () => tray.availability().available,
        explained: deps.explained,
        explain: (title, body) => void deps.notifier.showMessage(title, body),
      });
      if (quitting) closeToTray.markQuitting();
    },
    stop: () => {
      for (const off of unsubscribe) off();
      scheduler.stop();
      ticker.stop();
      tray.destroy();
    },
  };
}

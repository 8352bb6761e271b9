/**
 * The desktop app's composition root: wiring only. Logic lives in shell/ (windows, security, menu,
 * tray), ipc/ (the door), services/ (command handlers) and core/, each tested on its own.
 * Order: data dir -> single-instance lock -> ready -> security -> services -> IPC door -> tray -> menu -> window.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeImage, nativeTheme, net, Notification, powerMonitor, protocol, screen, session, shell, Tray } from 'electron';
import { execFile } from 'node:child_process';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { AppSettings, EventPayload } from '../src-shared/contract';
import { APP_DIR_NAME } from './core/app/data-dir';
import { KeytarCredentialStore } from './core/credentials/keytar-store';
import { systemClock } from './core/http/types';
import { createWindowEventSink, registerCommandDoor } from './ipc/door';
import { createEventTap } from './services/event-tap';
import { DEFAULT_APP_SETTINGS } from './core/settings/app-settings';
import { createHostServices } from './services/host-services';
import * as desk from './shell';

const log = (line: string): void => console.error(`[invoice-inbox] ${line}`);
const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

// Before ready: every renderer sandboxed, the app:// scheme privileged, and one data dir shared with
// the CLI and the web host.
app.enableSandbox();
desk.registerAppScheme(protocol);
app.setName(APP_DIR_NAME);
const dataDir = process.env.INVOICE_INBOX_DATA_DIR?.trim() || join(app.getPath('appData'), APP_DIR_NAME);
app.setPath('userData', dataDir);
desk.ensureAppUserModelId(app, process.platform, desk.APP_USER_MODEL_ID);

let mainWindow: desk.MainWindowHolder | null = null;
if (desk.claimSingleInstance(app, () => mainWindow?.current() ?? null)) {
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log(`start-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      dialog.showErrorBox('Invoice Inbox could not start', message(error));
      app.exit(1);
    });
}

async function start(): Promise<void> {
  const renderer = desk.resolveRendererLocation({ env: process.env, isPackaged: app.isPackaged, mainDir: __dirname });
  const origin = desk.createAppOrigin(renderer);
  const csp = desk.contentSecurityPolicy({ devServerOrigin: renderer.kind === 'dev-server' ? renderer.url : null });
  if (renderer.kind === 'app') protocol.handle(desk.APP_SCHEME, desk.appProtocolHandler({ rendererDir: renderer.dir, csp }));
  desk.applySecurity({ app, session: session.defaultSession, origin, csp, openExternal: (url) => void desk.openExternalSafely(url, shell), log });

  const windows = (): BrowserWindow[] => BrowserWindow.getAllWindows();
  const icon = (name: string): string => desk.resourcePath(name, { isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() });
  const showWindow = (): void => mainWindow?.show();
  // Settings live in the workspace; until it is open (a moment), the tray and timers see the defaults.
  let settings = (): AppSettings => ({ ...DEFAULT_APP_SETTINGS, savedViews: [], developerMode: false });
  const shellState = desk.openSettingsFile({ cwd: dataDir, name: 'window-state' });
  // Tray, notifications, minute tick, background sync, close-to-tray, start at login.
  const desktop = new desk.DesktopReminders({
    platform: process.platform,
    env: process.env,
    argv: process.argv,
    clock: systemClock,
    app,
    powerMonitor,
    tray: { createTray: (image) => new Tray(image), loadImage: (path) => nativeImage.createFromPath(path), buildMenu: (t) => Menu.buildFromTemplate(t), nativeTheme, iconPath: icon },
    notifications: { createNotification: (options) => new Notification(options), isSupported: () => Notification.isSupported(), iconPath: icon('icon.png') },
    watcherProbe: desk.statusNotifierWatcherProbe(promisify(execFile)),
    settings: () => settings(),
    closeToTrayExplained: desk.electronStoreValue(shellState, 'closeToTrayExplained', false, (raw) => (typeof raw === 'boolean' ? raw : null)),
    linuxAutostart: { configHome: process.env.XDG_CONFIG_HOME ?? join(app.getPath('home'), '.config'), exec: process.env.APPIMAGE ?? process.execPath },
    showWindow,
    log,
  });
  const events = createEventTap(desktop.tap(createWindowEventSink(windows, origin)), (error) => log(`event listener: ${message(error)}`));
  const applyTheme = ({ theme }: AppSettings): void => {
    nativeTheme.themeSource = theme;
  };
  events.listen('settings:changed', applyTheme);
  const navigate = (to: EventPayload<'app:navigate'>): void => events.emit('app:navigate', to);

  const services = await createHostServices({
    dataDir,
    events,
    log,
    credentials: new KeytarCredentialStore(),
    linkOpener: desk.electronLinkOpener(shell),
    saveCopy: desk.electronSaveCopy({ dialog, window: () => mainWindow?.current() ?? null, downloadsDir: () => app.getPath('downloads'), copyFile }),
    openPdfExternally: desk.electronOpenPdf(shell),
    online: async () => net.isOnline(),
    notify: (planned) => desktop.notify(planned),
    host: { host: 'electron', version: app.getVersion(), tray: () => desktop.trayStatus() },
    demo: desk.wantsDemo(process.argv),
    developerMode: process.argv.includes('--developer-mode'),
  });
  const { workspace } = services;
  settings = () => workspace.settings.get();
  applyTheme(settings());
  registerCommandDoor({ ipcMain, handlers: services.handlers, origin, windows, log });
  await desktop.start({ reminders: workspace.reminders, sync: services.service.sync, online: () => services.network.online() });

  const onPreferences = (): void => {
    showWindow();
    navigate({ to: 'preferences' });
  };
  const onSyncNow = (): void => void services.service.sync.start({});
  // Developer mode is set here, from the menu (a user's click in main), never by the page.
  const onDeveloperMode = (on: boolean): void => {
    workspace.settings.setDeveloperMode(on);
    workspace.settingsChanged();
  };
  const developerMode = workspace.settings.get().developerMode;
  Menu.setApplicationMenu(Menu.buildFromTemplate(desk.buildMenuTemplate({ platform: process.platform, isDev: !app.isPackaged, onSyncNow, onPreferences, developerMode, onDeveloperMode })));

  const windowState = desk.electronStoreValue<desk.SavedWindowState>(shellState, 'main', null, desk.parseWindowState);
  const holder = new desk.MainWindowHolder((showOnReady) => {
    const win = desk.createMainWindow({
      createWindow: (options) => new BrowserWindow(options),
      renderer,
      preloadPath: join(__dirname, '..', 'preload', 'index.js'),
      workAreas: () => [screen.getPrimaryDisplay().workArea, ...screen.getAllDisplays().map((display) => display.workArea)],
      windowState,
      iconPath: icon('icon.png'),
      devTools: !app.isPackaged,
      backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181d' : '#ffffff',
      showOnReady,
      log,
    });
    desktop.attachWindow(win);
    return win;
  });
  mainWindow = holder;
  holder.open(!desktop.shouldStartHidden());

  app.on('activate', showWindow);
  app.on('window-all-closed', () => process.platform !== 'darwin' && app.quit());
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    desktop.stop();
    const quit = (): void => {
      closed = true;
      app.quit();
    };
    services.close().catch((error: unknown) => log(`shutdown: ${message(error)}`)).finally(quit);
  });
}

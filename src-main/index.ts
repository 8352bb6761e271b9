/**
 * The desktop app's composition root: wiring only. Logic lives in shell/ (windows, security, menu,
 * tray), ipc/ (the door), services/ (command handlers, the error table, the sync scheduler) and core/
 * (openWorkspace), each tested on its own.
 * Order: data dir -> single-instance lock -> ready -> security -> services -> IPC door -> tray -> menu -> window.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeImage, nativeTheme, net, Notification, powerMonitor, protocol, screen, session, shell, Tray } from 'electron';
import { execFile } from 'node:child_process';
import { copyFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { AppSettings } from '../src-shared/contract';
import { APP_DIR_NAME } from './core/app/data-dir';
import { KeytarCredentialStore } from './core/credentials/keytar-store';
import { systemClock } from './core/http/types';
import { createWindowEventSink, registerCommandDoor } from './ipc/door';
import { contentSecurityPolicy } from './services/csp';
import { userMessage } from './services/failures';
import { createHostServices } from './services/host-services';
import { createAppOrigin, resolveRendererLocation } from './shell/app-origin';
import { APP_SCHEME, appProtocolHandler, registerAppScheme } from './shell/app-protocol';
import { electronStoreValue, openSettingsFile } from './shell/electron-store-settings';
import { electronExportTarget, electronPrintToPdf } from './shell/export-adapters';
import { electronLinkOpener, electronOpenPdf, electronSaveCopy } from './shell/host-adapters';
import { wantsDemo } from './shell/launch-flags';
import { followStartAtLogin } from './shell/login-item';
import { createMainWindow, MainWindowHolder } from './shell/main-window';
import { buildMenuTemplate } from './shell/menu';
import { APP_USER_MODEL_ID, ensureAppUserModelId } from './shell/notifications';
import { openExternalSafely } from './shell/open-external';
import { startReminderTicker } from './shell/reminder-ticker';
import { resourcePath } from './shell/resource-path';
import { applySecurity } from './shell/security';
import { claimSingleInstance } from './shell/single-instance';
import { statusNotifierWatcherProbe } from './shell/tray-availability';
import { TrayPresence } from './shell/tray-presence';
import { parseWindowState, type SavedWindowState } from './shell/window-state';

const log = (line: string): void => console.error(`[invoice-inbox] ${line}`);
const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

// Before ready: every renderer sandboxed, the app:// scheme privileged, and one data dir shared with
// the CLI and the web host.
app.enableSandbox();
registerAppScheme(protocol);
app.setName(APP_DIR_NAME);
const dataDir = process.env.INVOICE_INBOX_DATA_DIR?.trim() || join(app.getPath('appData'), APP_DIR_NAME);
app.setPath('userData', dataDir);
ensureAppUserModelId(app, process.platform, APP_USER_MODEL_ID);

let mainWindow: MainWindowHolder | null = null;
if (claimSingleInstance(app, () => mainWindow?.current() ?? null)) {
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log(`start-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      dialog.showErrorBox('Invoice Inbox could not start', userMessage(error));
      app.exit(1);
    });
}

async function start(): Promise<void> {
  const renderer = resolveRendererLocation({ env: process.env, isPackaged: app.isPackaged, mainDir: __dirname });
  const origin = createAppOrigin(renderer);
  const csp = contentSecurityPolicy({ devServerOrigin: renderer.kind === 'dev-server' ? renderer.url : null });
  if (renderer.kind === 'app') protocol.handle(APP_SCHEME, appProtocolHandler({ rendererDir: renderer.dir, csp }));
  applySecurity({ app, session: session.defaultSession, origin, csp, openExternal: (url) => void openExternalSafely(url, shell), log });

  const windows = (): BrowserWindow[] => BrowserWindow.getAllWindows();
  const icon = (name: string): string => resourcePath(name, { isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() });
  const showWindow = (): void => mainWindow?.show();
  const shellState = openSettingsFile({ cwd: dataDir, name: 'window-state' });
  // The tray and notifications exist before the workspace: its reminder service notifies through them.
  const tray = new TrayPresence({
    platform: process.platform,
    env: process.env,
    argv: process.argv,
    clock: systemClock,
    app,
    tray: { createTray: (image) => new Tray(image), loadImage: (path) => nativeImage.createFromPath(path), buildMenu: (t) => Menu.buildFromTemplate(t), nativeTheme, iconPath: icon },
    notifications: { createNotification: (options) => new Notification(options), isSupported: () => Notification.isSupported(), iconPath: icon('icon.png') },
    watcherProbe: statusNotifierWatcherProbe(promisify(execFile)),
    closeToTrayExplained: electronStoreValue(shellState, 'closeToTrayExplained', false, (raw) => (typeof raw === 'boolean' ? raw : null)),
    showWindow,
    log,
  });

  // The workspace, the one event tap, the sync scheduler (sync on start, every interval) and the handlers.
  const saveDialog = { dialog, window: () => mainWindow?.current() ?? null, downloadsDir: () => app.getPath('downloads') };
  const services = await createHostServices({
    dataDir,
    events: createWindowEventSink(windows, origin),
    log,
    credentials: new KeytarCredentialStore(),
    linkOpener: electronLinkOpener(shell),
    saveCopy: electronSaveCopy({ ...saveDialog, copyFile }),
    chooseExportTarget: electronExportTarget({ ...saveDialog, rename, remove: (file) => rm(file, { force: true }) }),
    savePrintedPdf: electronPrintToPdf({ ...saveDialog, writeFile }),
    openPdfExternally: electronOpenPdf(shell),
    online: async () => net.isOnline(),
    notify: (planned) => tray.notify(planned),
    host: { host: 'electron', version: app.getVersion(), tray: () => tray.status() },
    demo: wantsDemo(process.argv),
    developerMode: process.argv.includes('--developer-mode'),
  });
  const { workspace, events } = services;
  const settings = (): AppSettings => workspace.settings.get();
  const applyTheme = ({ theme }: AppSettings): void => {
    nativeTheme.themeSource = theme;
  };
  // Read once at start-up: the theme now, the Developer Mode menu item below.
  const initial = settings();
  applyTheme(initial);
  events.listen('settings:changed', applyTheme);
  registerCommandDoor({ ipcMain, handlers: services.handlers, origin, windows, log });

  const syncNow = (): void => void services.service.sync.start({});
  await tray.start({ reminders: workspace.reminders, events, syncNow, problems: () => workspace.inbox.notices().map((notice) => notice.message) });
  const ticker = startReminderTicker(systemClock, async () => {
    await workspace.reminders.tick();
    tray.refresh();
  }, { log });
  const wake = (): void => {
    void ticker.tickNow();
    services.scheduler.wake();
  };
  powerMonitor.on('resume', wake);
  powerMonitor.on('unlock-screen', wake);
  const linux = { configHome: process.env.XDG_CONFIG_HOME ?? join(app.getPath('home'), '.config'), exec: process.env.APPIMAGE ?? process.execPath };
  const stopLoginItem = followStartAtLogin({ platform: process.platform, app, linux, settings, events, log });

  const onPreferences = (): void => {
    showWindow();
    events.emit('app:navigate', { to: 'preferences' });
  };
  // Developer mode is set here, from the menu (a user's click in main), never by the page.
  const onDeveloperMode = (on: boolean): void => {
    workspace.settings.setDeveloperMode(on);
    workspace.settingsChanged();
  };
  const { developerMode } = initial;
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ platform: process.platform, isDev: !app.isPackaged, onSyncNow: syncNow, onPreferences, developerMode, onDeveloperMode })));

  const windowState = electronStoreValue<SavedWindowState>(shellState, 'main', null, parseWindowState);
  const holder = new MainWindowHolder((showOnReady) => {
    const win = createMainWindow({
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
    tray.attachWindow(win);
    return win;
  });
  mainWindow = holder;
  holder.open(!tray.shouldStartHidden());

  app.on('activate', showWindow);
  app.on('window-all-closed', () => process.platform !== 'darwin' && app.quit());
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    ticker.stop();
    stopLoginItem();
    tray.stop();
    const quit = (): void => {
      closed = true;
      app.quit();
    };
    services.close().catch((error: unknown) => log(`shutdown: ${message(error)}`)).finally(quit);
  });
}

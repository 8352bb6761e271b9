/**
 * The desktop app's composition root: wiring only. Logic lives in shell/ (windows, security, menu),
 * ipc/ (the door), services/ (command handlers) and core/ (everything else), each tested on its own.
 * Order: data dir -> single-instance lock -> ready -> security -> services -> IPC door -> menu -> window.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, net, screen, session, shell } from 'electron';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppSettings } from '../src-shared/contract';
import { APP_DIR_NAME } from './core/app/data-dir';
import { KeytarCredentialStore } from './core/credentials/keytar-store';
import { createWindowEventSink, registerCommandDoor } from './ipc/door';
import { DEFAULT_APP_SETTINGS } from './services/settings';
import { createAppOrigin, resolveRendererLocation } from './shell/app-origin';
import { contentSecurityPolicy } from './shell/csp';
import { createDesktopServices } from './shell/desktop-services';
import { electronStoreDocument, electronStoreValue, openSettingsFile } from './shell/electron-store-settings';
import { electronLinkOpener, electronOpenPdf, electronSaveCopy } from './shell/host-adapters';
import { createMainWindow } from './shell/main-window';
import { buildMenuTemplate } from './shell/menu';
import { openExternalSafely } from './shell/open-external';
import { resourcePath } from './shell/resource-path';
import { applySecurity } from './shell/security';
import { claimSingleInstance, focusWindow } from './shell/single-instance';
import { parseWindowState, type SavedWindowState } from './shell/window-state';

const APP_ID = 'ai.invoiceinbox.app';
const log = (line: string): void => console.error(`[invoice-inbox] ${line}`);
const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

// Before ready: every renderer sandboxed, and one data dir shared with the CLI and the web host.
app.enableSandbox();
app.setName(APP_DIR_NAME);
const dataDir = process.env.INVOICE_INBOX_DATA_DIR?.trim() || join(app.getPath('appData'), APP_DIR_NAME);
app.setPath('userData', dataDir);
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

let mainWindow: BrowserWindow | null = null;

if (claimSingleInstance(app, () => mainWindow)) {
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
  const renderer = resolveRendererLocation({ env: process.env, isPackaged: app.isPackaged, mainDir: __dirname });
  const origin = createAppOrigin(renderer);
  const devServerOrigin = renderer.kind === 'dev-server' ? renderer.url : null;
  applySecurity({
    app,
    session: session.defaultSession,
    origin,
    csp: contentSecurityPolicy({ devServerOrigin }),
    openExternal: (url) => void openExternalSafely(url, shell),
    log,
  });

  const windows = (): BrowserWindow[] => BrowserWindow.getAllWindows();
  const events = createWindowEventSink(windows, origin);
  const settingsFile = openSettingsFile<AppSettings & Record<string, unknown>>({ cwd: dataDir, name: 'settings', defaults: { ...DEFAULT_APP_SETTINGS } });
  const services = await createDesktopServices({
    dataDir,
    version: app.getVersion(),
    events,
    log,
    credentials: new KeytarCredentialStore(),
    settings: electronStoreDocument(settingsFile),
    linkOpener: electronLinkOpener(shell),
    saveCopy: electronSaveCopy({ dialog, window: () => mainWindow, downloadsDir: () => app.getPath('downloads'), copyFile }),
    openPdfExternally: electronOpenPdf(shell),
    isOnline: () => net.isOnline(),
    tray: () => ({ available: false, reason: 'The tray icon is not available in this build.' }),
  });
  registerCommandDoor({ ipcMain, handlers: services.handlers, origin, windows, log });

  const windowState = electronStoreValue<SavedWindowState>(openSettingsFile({ cwd: dataDir, name: 'window-state' }), 'main', null, parseWindowState);
  const where = { isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() };
  const openWindow = (): BrowserWindow => {
    const win = createMainWindow({
      createWindow: (options) => new BrowserWindow(options),
      renderer,
      preloadPath: join(__dirname, '..', 'preload', 'index.js'),
      workAreas: () => [screen.getPrimaryDisplay().workArea, ...screen.getAllDisplays().map((display) => display.workArea)],
      windowState,
      iconPath: resourcePath('icon.png', where),
      devTools: !app.isPackaged,
      backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181d' : '#ffffff',
      log,
    });
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    mainWindow = win;
    return win;
  };
  const showWindow = (): void => focusWindow(mainWindow ?? openWindow());

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        isDev: !app.isPackaged,
        onSyncNow: () => void services.service.sync.start({}),
        onPreferences: () => {
          showWindow();
          events.emit('app:navigate', { to: 'preferences' });
        },
      }),
    ),
  );

  openWindow();
  app.on('activate', showWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    services
      .close()
      .catch((error: unknown) => log(`shutdown: ${message(error)}`))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}

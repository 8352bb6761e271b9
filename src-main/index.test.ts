/**
 * Smoke test of the composition root with a fake `electron` module: the app starts in a temporary
 * data dir, registers the IPC door, builds the menu and opens a secure window; a command from the
 * window reaches the real handlers, one from a foreign frame is refused; quitting closes the services.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMAND_NAMES } from '../src-shared/contract';

const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  class Emitter {
    listeners = new Map<string, Listener[]>();
    on(event: string, listener: Listener): this {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    once(event: string, listener: Listener): this {
      return this.on(event, listener);
    }
    emit(event: string, ...args: unknown[]): void {
      for (const listener of this.listeners.get(event) ?? []) listener(...args);
    }
  }
  const windows: FakeBrowserWindow[] = [];
  class FakeBrowserWindow extends Emitter {
    static getAllWindows = (): FakeBrowserWindow[] => windows;
    loaded: string | null = null;
    readonly webContents = Object.assign(new Emitter(), {
      id: windows.length + 1,
      mainFrame: { parent: null, url: '', processId: 1, routingId: 1 },
      sent: [] as Array<[string, unknown]>,
      send(channel: string, payload: unknown) {
        this.sent.push([channel, payload]);
      },
      getURL() {
        return this.mainFrame.url;
      },
      isDestroyed: () => false,
      setWindowOpenHandler: () => undefined,
    });
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
    }
    async loadFile(path: string) {
      this.loaded = path;
      this.webContents.mainFrame.url = `file://${path}`;
    }
    async loadURL(url: string) {
      this.loaded = url;
      this.webContents.mainFrame.url = url;
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1200, height: 800 });
    show = () => undefined;
    focus = () => undefined;
    restore = () => undefined;
    maximize = () => undefined;
  }
  const paths = new Map<string, string>();
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    enableSandbox: vi.fn(),
    setName: vi.fn(),
    setAppUserModelId: vi.fn(),
    getPath: (name: string) => paths.get(name) ?? join(tmpdir(), `invoice-inbox-${name}`),
    setPath: (name: string, value: string) => paths.set(name, value),
    getVersion: () => '0.1.0-test',
    setLoginItemSettings: vi.fn(),
    getLoginItemSettings: () => ({ openAtLogin: false }),
    getAppPath: () => process.cwd(),
    requestSingleInstanceLock: () => true,
    whenReady: () => {
      protocol.ready = true;
      return Promise.resolve();
    },
    quit: vi.fn(),
    exit: vi.fn(),
  });
  const handles = new Map<string, (event: unknown, args: unknown) => Promise<unknown>>();
  const protocol = {
    privileged: [] as unknown[],
    /** When registerSchemesAsPrivileged ran: it must be before app ready. */
    registeredBeforeReady: false,
    ready: false,
    handlers: new Map<string, (request: Request) => Promise<Response>>(),
    registerSchemesAsPrivileged(schemes: unknown[]) {
      this.privileged.push(...schemes);
      this.registeredBeforeReady = !this.ready;
    },
    handle(scheme: string, handler: (request: Request) => Promise<Response>) {
      this.handlers.set(scheme, handler);
    },
  };
  const menu = { template: null as unknown };
  const electron = {
    app,
    protocol,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handle: (name: string, fn: (event: unknown, args: unknown) => Promise<unknown>) => handles.set(name, fn),
      removeHandler: vi.fn(),
      // electron-store answers its renderer helper on a sync channel; our preload never exposes it.
      on: vi.fn(),
    },
    Menu: { buildFromTemplate: (template: unknown) => ({ template }), setApplicationMenu: (m: { template: unknown }) => (menu.template = m.template) },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: vi.fn() },
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
      },
    },
    shell: { openExternal: vi.fn(), openPath: vi.fn() },
    dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn() },
    net: { isOnline: () => true },
    nativeTheme: Object.assign(new Emitter(), { shouldUseDarkColors: false, themeSource: 'system', removeListener: vi.fn() }),
    nativeImage: { createFromPath: (path: string) => ({ path }) },
    Tray: vi.fn(),
    Notification: Object.assign(vi.fn(), { isSupported: () => false }),
    powerMonitor: new Emitter(),
    screen: {
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    },
    ipcRenderer: {},
  };
  return { electron, windows, handles, menu, app, paths, protocol };
});

vi.mock('electron', () => ({ default: fake.electron, ...fake.electron }));

const dataDir = mkdtempSync(join(tmpdir(), 'invoice-inbox-main-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('src-main/index.ts (composition root)', () => {
  beforeAll(async () => {
    vi.stubEnv('INVOICE_INBOX_DATA_DIR', dataDir);
    vi.stubEnv('ELECTRON_RENDERER_URL', '');
    // No graphical session: the tray reports itself unavailable instead of probing D-Bus.
    vi.stubEnv('DISPLAY', '');
    vi.stubEnv('WAYLAND_DISPLAY', '');
    await import('./index');
    await vi.waitFor(() => expect(fake.windows.length).toBe(1), { timeout: 10_000 });
  });
  afterAll(() => vi.unstubAllEnvs());

  it('shows the window at start (not a login start)', async () => {
    const win = fake.windows[0];
    if (!win) throw new Error('no window');
    const shown = vi.spyOn(win, 'show');
    win.emit('ready-to-show');
    expect(shown).toHaveBeenCalled();
  });

  it('uses the data dir for userData and sandboxes every renderer', () => {
    expect(fake.paths.get('userData')).toBe(dataDir);
    expect(fake.app.enableSandbox).toHaveBeenCalled();
  });

  it('opens one secure window on the app:// page, served by the privileged app:// protocol', async () => {
    const win = fake.windows[0];
    expect(win?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(win?.loaded).toBe('app://invoice-inbox/index.html');
    expect(fake.protocol.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(fake.protocol.registeredBeforeReady).toBe(true);
    const serve = fake.protocol.handlers.get('app');
    expect((await serve?.(new Request('app://invoice-inbox/..%2f..%2fpackage.json')))?.status).toBe(404);
  });

  it('registers the IPC door for every command and the application menu', () => {
    expect([...fake.handles.keys()].sort()).toEqual([...COMMAND_NAMES].sort());
    expect(JSON.stringify(fake.menu.template)).toContain('sync-now');
  });

  it('answers a command from the window through the real handlers, refuses a foreign frame', async () => {
    const win = fake.windows[0];
    if (!win) throw new Error('no window');
    const event = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
    await expect(fake.handles.get('accounts:list')?.(event, {})).resolves.toEqual({ ok: true, value: [] });
    await expect(fake.handles.get('app:info')?.(event, {})).resolves.toMatchObject({
      ok: true,
      value: { host: 'electron', version: '0.1.0-test', demo: false, tray: { available: false, reason: expect.stringMatching(/graphical desktop/) } },
    });
    const foreign = { sender: win.webContents, senderFrame: { ...win.webContents.mainFrame, url: 'https://evil.example/' } };
    await expect(fake.handles.get('accounts:list')?.(foreign, {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('closes the services before quitting', async () => {
    let prevented = false;
    fake.app.emit('before-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled());
  });
});

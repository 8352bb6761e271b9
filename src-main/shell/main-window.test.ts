import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { KeyValueStore } from './key-value';
import { createMainWindow, MainWindowHolder, type HeldWindow } from './main-window';
import { FakeEmitter } from './test-fakes';
import type { SavedWindowState } from './window-state';

vi.mock('electron', () => ({}));

const APP = { kind: 'app', url: 'app://invoice-inbox/index.html', dir: '/app/out/renderer' } as const;

class FakeWindow extends FakeEmitter {
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly loadFile = vi.fn(async (_path: string) => undefined);
  readonly show = vi.fn();
  readonly maximize = vi.fn();
  isMaximized = () => false;
  isDestroyed = () => false;
  getNormalBounds = () => ({ x: 0, y: 0, width: 900, height: 700 });
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
  }
}

function setup(saved: SavedWindowState, renderer: Parameters<typeof createMainWindow>[0]['renderer'], showOnReady?: boolean) {
  let created: FakeWindow | null = null;
  const store: KeyValueStore<SavedWindowState> = { get: () => saved, set: vi.fn() };
  createMainWindow({
    createWindow: (options) => {
      created = new FakeWindow(options);
      return created as unknown as BrowserWindow;
    },
    renderer,
    preloadPath: '/app/out/preload/index.js',
    workAreas: () => [{ x: 0, y: 0, width: 1920, height: 1080 }],
    windowState: store,
    ...(showOnReady === undefined ? {} : { showOnReady }),
  });
  if (!created) throw new Error('no window');
  return created as FakeWindow;
}

describe('createMainWindow', () => {
  it('opens hidden with the secure preferences and loads the built page', () => {
    const win = setup(null, APP);
    expect(win.options.show).toBe(false);
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, preload: '/app/out/preload/index.js' });
    expect(win.loadURL).toHaveBeenCalledWith('app://invoice-inbox/index.html');
    expect(win.loadFile).not.toHaveBeenCalled();
  });

  it('loads the dev server in development', () => {
    const win = setup(null, { kind: 'dev-server', url: 'http://localhost:5173' });
    expect(win.loadURL).toHaveBeenCalledWith('http://localhost:5173');
  });

  it('restores the remembered bounds and maximizes before showing', () => {
    const win = setup({ x: 50, y: 60, width: 1000, height: 750, maximized: true }, APP);
    expect(win.options).toMatchObject({ x: 50, y: 60, width: 1000, height: 750 });
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.maximize).toHaveBeenCalled();
    expect(win.show).toHaveBeenCalled();
  });

  it('stays hidden when started in the tray', () => {
    const win = setup(null, APP, false);
    win.emit('ready-to-show');
    expect(win.show).not.toHaveBeenCalled();
  });

  it('tracks the window state', () => {
    const win = setup(null, APP);
    expect(win.count('close')).toBe(1);
    expect(win.count('move')).toBe(1);
  });
});

describe('MainWindowHolder', () => {
  function fakeHeld() {
    return Object.assign(new FakeEmitter(), {
      destroyed: false,
      isDestroyed() {
        return this.destroyed;
      },
      isMinimized: () => true,
      restore: vi.fn(),
      show: vi.fn(),
      focus: vi.fn(),
    });
  }

  it('creates one window, shows and focuses it, and makes a new one after it closed', () => {
    const created: Array<ReturnType<typeof fakeHeld>> = [];
    const showFlags: boolean[] = [];
    const holder = new MainWindowHolder<HeldWindow>((showOnReady) => {
      showFlags.push(showOnReady);
      const win = fakeHeld();
      created.push(win);
      return win as unknown as HeldWindow;
    });
    expect(holder.current()).toBeNull();
    const first = created[holder.open(false) ? 0 : -1];
    if (!first) throw new Error('no window');
    expect(holder.open()).toBe(holder.current());
    holder.show();
    expect(first.restore).toHaveBeenCalled();
    expect(first.focus).toHaveBeenCalled();
    first.emit('closed');
    expect(holder.current()).toBeNull();
    holder.show();
    expect(created).toHaveLength(2);
    expect(showFlags).toEqual([false, true]);
  });
});

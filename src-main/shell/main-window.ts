import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { RendererLocation } from './app-origin';
import type { KeyValueStore } from './key-value';
import { focusWindow } from './single-instance';
import { mainWindowOptions } from './window-options';
import { fitWindowState, trackWindowState, type SavedWindowState } from './window-state';

export type BrowserWindowFactory = (options: BrowserWindowConstructorOptions) => BrowserWindow;

export interface MainWindowDeps {
  /** `(options) => new BrowserWindow(options)` in production; a fake in tests. */
  createWindow: BrowserWindowFactory;
  renderer: RendererLocation;
  preloadPath: string;
  /** Work areas of the displays, primary first (screen.getPrimaryDisplay / getAllDisplays). */
  workAreas: () => Rectangle[];
  windowState: KeyValueStore<SavedWindowState>;
  iconPath?: string;
  devTools?: boolean;
  backgroundColor?: string;
  /** False when the app started hidden in the tray (login start): the window waits to be shown. */
  showOnReady?: boolean;
  log?: (message: string) => void;
}

/**
 * Creates the main window with the secure options, at its remembered size and position, loads the
 * renderer (the dev server in development, app://invoice-inbox/index.html otherwise) and shows it when
 * ready.
 */
export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const state = fitWindowState(deps.windowState.get(), deps.workAreas());
  const options = mainWindowOptions({
    preloadPath: deps.preloadPath,
    bounds: state,
    ...(deps.iconPath ? { iconPath: deps.iconPath } : {}),
    ...(deps.backgroundColor ? { backgroundColor: deps.backgroundColor } : {}),
    devTools: deps.devTools ?? false,
  });
  const win = deps.createWindow(options);
  trackWindowState(win, deps.windowState);

  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    if (deps.showOnReady ?? true) win.show();
  });

  const loading = win.loadURL(deps.renderer.url);
  loading.catch((error: unknown) => {
    deps.log?.(`The app page did not load: ${error instanceof Error ? error.message : String(error)}`);
  });
  return win;
}

export type HeldWindow = Pick<BrowserWindow, 'on' | 'isDestroyed' | 'isMinimized' | 'restore' | 'show' | 'focus'>;

/**
 * The one main window: created on demand, forgotten when closed, shown and focused on request
 * (second launch, dock click, tray, notification click).
 */
export class MainWindowHolder<W extends HeldWindow = BrowserWindow> {
  private window: W | null = null;

  constructor(private readonly create: (showOnReady: boolean) => W) {}

  current(): W | null {
    return this.window;
  }

  open(showOnReady = true): W {
    if (this.window && !this.window.isDestroyed()) return this.window;
    const win = this.create(showOnReady);
    win.on('closed', () => {
      if (this.window === win) this.window = null;
    });
    this.window = win;
    return win;
  }

  show(): void {
    const win = this.window && !this.window.isDestroyed() ? this.window : this.open(true);
    focusWindow(win);
  }
}

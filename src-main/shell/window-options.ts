import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/**
 * Every BrowserWindow of the app gets these web preferences: an isolated, sandboxed renderer with no
 * Node, no <webview>, web security on and no mixed content. Only the preload path varies.
 */
export function secureWebPreferences(preloadPath: string, options: { devTools?: boolean } = {}): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: options.devTools ?? false,
  };
}

export const DEFAULT_WINDOW_SIZE = { width: 1200, height: 800 } as const;
export const MIN_WINDOW_SIZE = { width: 800, height: 560 } as const;

/** Size and position to open with (from window-state.ts); x/y absent means "centre it". */
export interface InitialBounds {
  width: number;
  height: number;
  x?: number;
  y?: number;
}

export interface MainWindowOptionsInput {
  preloadPath: string;
  bounds?: InitialBounds;
  /** Window icon (Linux and Windows; macOS uses the bundle icon). */
  iconPath?: string;
  devTools?: boolean;
  title?: string;
  /** Painted before the page loads; pass a dark colour when the OS theme is dark. */
  backgroundColor?: string;
}

/** The main window: hidden until 'ready-to-show' so it never flashes blank. */
export function mainWindowOptions(input: MainWindowOptionsInput): BrowserWindowConstructorOptions {
  const bounds = input.bounds ?? DEFAULT_WINDOW_SIZE;
  const options: BrowserWindowConstructorOptions = {
    title: input.title ?? 'Invoice Inbox',
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    backgroundColor: input.backgroundColor ?? '#ffffff',
    webPreferences: secureWebPreferences(input.preloadPath, { devTools: input.devTools ?? false }),
  };
  if (input.bounds?.x !== undefined && input.bounds.y !== undefined) {
    options.x = input.bounds.x;
    options.y = input.bounds.y;
  } else {
    options.center = true;
  }
  if (input.iconPath) options.icon = input.iconPath;
  return options;
}

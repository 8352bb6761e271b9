/**
 * Living in the tray: closing the window hides it while a tray icon exists (said once, the first
 * time), Quit quits, and the app can start at login hidden in the tray. Electron objects injected.
 */
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';

export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  hide(): void;
}

export interface QuitSource {
  on(event: 'before-quit', listener: () => void): unknown;
}

export interface CloseToTrayDeps {
  window: ClosableWindow;
  app: QuitSource;
  /** True while a tray icon is shown (no tray: closing the window closes it as usual). */
  trayAvailable: () => boolean;
  /** Persisted "already explained" flag. */
  explained: { get(): boolean; set(value: boolean): void };
  /** Tells the user once that the app keeps running in the tray (a notification). */
  explain: (title: string, body: string) => void;
}

export const CLOSE_TO_TRAY_TITLE = 'Invoice Inbox is still running';
export const CLOSE_TO_TRAY_BODY =
  'It keeps syncing and reminds you before invoices fall due. Open it from the tray icon; choose Quit in the tray menu to stop it.';

export interface CloseToTray {
  /** True once Quit was chosen (app 'before-quit'): the window then closes for real. */
  quitting(): boolean;
  /** Marks the app as quitting (call before app.quit() from the tray's Quit). */
  markQuitting(): void;
}

export function keepRunningInTray(deps: CloseToTrayDeps): CloseToTray {
  let quitting = false;
  deps.app.on('before-quit', () => {
    quitting = true;
  });
  deps.window.on('close', (event) => {
    if (quitting || !deps.trayAvailable()) return;
    event.preventDefault();
    deps.window.hide();
    if (!deps.explained.get()) {
      deps.explained.set(true);
      deps.explain(CLOSE_TO_TRAY_TITLE, CLOSE_TO_TRAY_BODY);
    }
  });
  return {
    quitting: () => quitting,
    markQuitting: () => {
      quitting = true;
    },
  };
}

/** The argument a login start passes, so the app starts hidden in the tray. */
export const HIDDEN_ARG = '--hidden';

export interface LoginItemApp {
  setLoginItemSettings(settings: { openAtLogin: boolean; openAsHidden?: boolean; args?: string[]; path?: string }): void;
  getLoginItemSettings(): { wasOpenedAsHidden?: boolean; openAtLogin: boolean };
}

export interface LinuxAutostart {
  /** $XDG_CONFIG_HOME or ~/.config */
  configHome: string;
  /** The command that starts the app: $APPIMAGE for an AppImage, else process.execPath. */
  exec: string;
  fs?: Pick<typeof nodeFs, 'mkdir' | 'writeFile' | 'rm'>;
}

export const AUTOSTART_FILE = 'invoice-inbox.desktop';

/**
 * Start at login, hidden. macOS and Windows: app.setLoginItemSettings (Electron has no Linux
 * support), with `--hidden` and, on macOS, openAsHidden. Linux: an XDG autostart entry.
 */
export async function applyStartAtLogin(
  enabled: boolean,
  platform: NodeJS.Platform,
  app: LoginItemApp,
  linux?: LinuxAutostart,
): Promise<void> {
  if (platform === 'darwin' || platform === 'win32') {
    app.setLoginItemSettings({
      openAtLogin: enabled,
      ...(platform === 'darwin' ? { openAsHidden: true } : {}),
      args: enabled ? [HIDDEN_ARG] : [],
    });
    return;
  }
  if (!linux) return;
  const fs = linux.fs ?? nodeFs;
  const dir = path.join(linux.configHome, 'autostart');
  const file = path.join(dir, AUTOSTART_FILE);
  if (!enabled) {
    await fs.rm(file, { force: true });
    return;
  }
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(file, autostartEntry(linux.exec), 'utf8');
}

/** The XDG autostart desktop entry. */
export function autostartEntry(exec: string): string {
  const quoted = `"${exec.replace(/(["`$\\])/g, '\\$1')}"`;
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Invoice Inbox',
    'Comment=Invoice reminders in the tray',
    `Exec=${quoted} ${HIDDEN_ARG}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** True when this start came from login (`--hidden`, or macOS's opened-as-hidden): keep the window hidden. */
export function startedHidden(argv: readonly string[], platform: NodeJS.Platform, app: Pick<LoginItemApp, 'getLoginItemSettings'>): boolean {
  if (argv.includes(HIDDEN_ARG)) return true;
  return platform === 'darwin' && app.getLoginItemSettings().wasOpenedAsHidden === true;
}

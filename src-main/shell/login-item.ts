/**
 * Start at login, hidden in the tray: the login item (macOS, Windows) or XDG autostart entry (Linux)
 * follows the "Start at login" setting, and a start from login keeps the window hidden. Electron
 * objects injected.
 */
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import type { AppSettings } from '../../src-shared/contract';
import type { EventTap } from '../services/event-tap';

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

export interface LoginItemDeps {
  platform: NodeJS.Platform;
  app: LoginItemApp;
  linux?: LinuxAutostart;
  settings: () => AppSettings;
  events: Pick<EventTap, 'listen'>;
  log: (line: string) => void;
}

/**
 * Applies the setting now and whenever it changes ('settings:changed'); other settings changes (a saved
 * view, the theme) leave the login item alone. Returns the function that stops following.
 */
export function followStartAtLogin(deps: LoginItemDeps): () => void {
  let applied: boolean | null = null;
  const apply = (enabled: boolean): void => {
    if (enabled === applied) return;
    applied = enabled;
    applyStartAtLogin(enabled, deps.platform, deps.app, deps.linux).catch((error: unknown) =>
      deps.log(`start at login: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  apply(deps.settings().startAtLogin);
  return deps.events.listen('settings:changed', ({ startAtLogin }) => apply(startAtLogin));
}

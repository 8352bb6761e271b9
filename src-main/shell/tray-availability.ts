import type { AppInfo } from '../../src-shared/contract';

/**
 * Whether this desktop shows tray icons, and if not, why (Preferences shows the reason:
 * AppInfo.tray). Electron's Linux tray is a StatusNotifierItem; GNOME Shell has no
 * StatusNotifierWatcher unless the "AppIndicator and KStatusNotifierItem Support" extension is on, and
 * then `new Tray()` succeeds but nothing appears. So on GNOME we ask the session bus whether a watcher
 * is there. Other desktops (KDE, Xfce, Cinnamon, MATE, Budgie...) host tray icons themselves, and
 * macOS and Windows always do. Notifications work either way.
 */
export type TrayAvailability = AppInfo['tray'];

/** Answers whether org.kde.StatusNotifierWatcher has an owner on the session bus; null = could not tell. */
export type WatcherProbe = () => Promise<boolean | null>;

export interface TrayDetectionInput {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  hasStatusNotifierWatcher: WatcherProbe;
}

export const GNOME_NO_TRAY_REASON =
  'GNOME shows no tray icons unless the "AppIndicator and KStatusNotifierItem Support" extension is installed and enabled ' +
  '(package gnome-shell-extension-appindicator on most distributions). Enable it and restart Invoice Inbox to get the tray icon. ' +
  'Reminders still arrive as notifications.';

export const NO_SESSION_REASON = 'There is no graphical desktop session, so there is no tray to put an icon in. Reminders still arrive as notifications when a desktop is available.';

export async function detectTrayAvailability(input: TrayDetectionInput): Promise<TrayAvailability> {
  if (input.platform !== 'linux' && input.platform !== 'freebsd' && input.platform !== 'openbsd') return { available: true, reason: null };
  const { env } = input;
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return { available: false, reason: NO_SESSION_REASON };
  const desktops = (env.XDG_CURRENT_DESKTOP ?? env.XDG_SESSION_DESKTOP ?? env.DESKTOP_SESSION ?? '')
    .split(':')
    .map((name) => name.trim().toLowerCase());
  if (!desktops.includes('gnome')) return { available: true, reason: null };
  let watcher: boolean | null;
  try {
    watcher = await input.hasStatusNotifierWatcher();
  } catch {
    watcher = null;
  }
  // Cannot tell (no gdbus/dbus-send): try the tray; the worst case is an icon nobody sees.
  if (watcher === false) return { available: false, reason: GNOME_NO_TRAY_REASON };
  return { available: true, reason: null };
}

/** Runs a command and resolves with its stdout; rejects on failure or timeout (node's execFile fits). */
export type ExecFile = (file: string, args: string[], options: { timeout: number }) => Promise<{ stdout: string }>;

/** Asks the session bus with gdbus (GLib), falling back to dbus-send. */
export function statusNotifierWatcherProbe(exec: ExecFile, timeoutMs = 2000): WatcherProbe {
  return async () => {
    try {
      const { stdout } = await exec(
        'gdbus',
        ['call', '--session', '--dest', 'org.freedesktop.DBus', '--object-path', '/org/freedesktop/DBus', '--method', 'org.freedesktop.DBus.NameHasOwner', 'org.kde.StatusNotifierWatcher'],
        { timeout: timeoutMs },
      );
      if (/\btrue\b/.test(stdout)) return true;
      if (/\bfalse\b/.test(stdout)) return false;
    } catch {
      // No gdbus: try dbus-send.
    }
    try {
      const { stdout } = await exec(
        'dbus-send',
        ['--session', '--dest=org.freedesktop.DBus', '--type=method_call', '--print-reply', '/org/freedesktop/DBus', 'org.freedesktop.DBus.NameHasOwner', 'string:org.kde.StatusNotifierWatcher'],
        { timeout: timeoutMs },
      );
      if (/boolean true/.test(stdout)) return true;
      if (/boolean false/.test(stdout)) return false;
    } catch {
      // Neither tool, or no session bus.
    }
    return null;
  };
}

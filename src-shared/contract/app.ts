import { z } from 'zod';
import type { AccountView } from './accounts';
import { command, event } from './define';
import { VIEW_NAME_MAX } from './limits';

export interface AppSettings {
  theme: 'system' | 'light' | 'dark';
  /** Background sync interval in minutes (0 = off). */
  syncIntervalMinutes: number;
  startAtLogin: boolean;
  /** Saved inbox views (the renderer owns their shape; main only stores them). */
  savedViews: unknown[];
  /**
   * Developer mode: providers with a fixed API host accept another address, and plain http to this
   * computer is allowed (testing against the provider simulator). Main turns it on (the app menu, or
   * the hosts' --developer-mode flag); `settings:update` cannot, so a page cannot widen where main sends
   * requests.
   */
  developerMode: boolean;
}

/** Something the user must be told about the workspace until they dismiss it (a damaged database set aside). */
export interface WorkspaceNotice {
  id: number;
  message: string;
  createdAt: string;
}

export interface AppInfo {
  host: 'electron' | 'web';
  version: string;
  online: boolean;
  demo: boolean;
  /** False where the desktop has no tray (GNOME without AppIndicator); reason says why. */
  tray: { available: boolean; reason: string | null };
  notices: WorkspaceNotice[];
}

const viewId = z.string().regex(/^[A-Za-z0-9_:-]{1,80}$/);

export const appCommands = {
  'app:info': command<AppInfo>()(z.object({})),
  'settings:get': command<AppSettings>()(z.object({})),
  'settings:update': command<AppSettings>()(
    z.object({
      theme: z.enum(['system', 'light', 'dark']).optional(),
      syncIntervalMinutes: z.number().int().min(0).max(24 * 60).optional(),
      startAtLogin: z.boolean().optional(),
    }),
  ),
  /** Saves (or renames and replaces) one view; other views are left as they are. */
  'views:save': command<AppSettings>()(
    z.object({ id: viewId, name: z.string().trim().min(1).max(VIEW_NAME_MAX), filter: z.record(z.string(), z.unknown()), sort: z.record(z.string(), z.unknown()) }),
  ),
  'views:delete': command<AppSettings>()(z.object({ id: viewId })),
  /** The user has seen a workspace notice: stop showing it (in every window and in the CLI). */
  'app:dismissNotice': command<{ notices: WorkspaceNotice[] }>()(z.object({ id: z.number().int().min(1) })),
  /** Creates the five demo accounts against the in-process simulator and syncs them. */
  'demo:start': command<AccountView[]>()(z.object({})),
  /** Removes the demo accounts and their cache. */
  'demo:leave': command<null>()(z.object({})),
};

export const appEvents = {
  /** Main asks the renderer to show something (menu, tray, notification click). */
  'app:navigate': event<{ to: 'invoice'; invoiceId: string } | { to: 'preferences' } | { to: 'accounts' } | { to: 'reminders' }>(),
  'settings:changed': event<AppSettings>(),
};

import { homedir } from 'node:os';
import { join } from 'node:path';

/** The product name Electron derives its userData folder from; the CLI and web host use the same place. */
export const APP_DIR_NAME = 'Invoice Inbox';

/**
 * Where accounts, cache and reminder state live: INVOICE_INBOX_DATA_DIR, else the same folder Electron's
 * app.getPath('userData') gives (so the CLI, the web host and the desktop app share one workspace).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const override = env.INVOICE_INBOX_DATA_DIR?.trim();
  if (override) return override;
  const home = env.HOME ?? homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR_NAME);
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_DIR_NAME);
}

import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_APP_SETTINGS } from '../core/settings/app-settings';
import { createEventTap } from '../services/event-tap';
import { AUTOSTART_FILE, HIDDEN_ARG, applyStartAtLogin, autostartEntry, followStartAtLogin, startedHidden, type LoginItemApp } from './login-item';

vi.mock('electron', () => ({}));

describe('start at login', () => {
  const loginApp = () => {
    const settings: unknown[] = [];
    const app: LoginItemApp = {
      setLoginItemSettings: (s) => settings.push(s),
      getLoginItemSettings: () => ({ openAtLogin: true, wasOpenedAsHidden: true }),
    };
    return { app, settings };
  };

  it('macOS and Windows: login item opened hidden with --hidden', async () => {
    const mac = loginApp();
    await applyStartAtLogin(true, 'darwin', mac.app);
    expect(mac.settings).toEqual([{ openAtLogin: true, openAsHidden: true, args: [HIDDEN_ARG] }]);
    const win = loginApp();
    await applyStartAtLogin(true, 'win32', win.app);
    await applyStartAtLogin(false, 'win32', win.app);
    expect(win.settings).toEqual([
      { openAtLogin: true, args: [HIDDEN_ARG] },
      { openAtLogin: false, args: [] },
    ]);
  });

  it('Linux: an XDG autostart entry that starts hidden, removed when turned off', async () => {
    const configHome = await fs.mkdtemp(path.join(os.tmpdir(), 'invoice-inbox-autostart-'));
    try {
      const { app, settings } = loginApp();
      const linux = { configHome, exec: '/opt/Invoice Inbox/invoice-inbox' };
      await applyStartAtLogin(true, 'linux', app, linux);
      const file = path.join(configHome, 'autostart', AUTOSTART_FILE);
      expect(await fs.readFile(file, 'utf8')).toBe(autostartEntry(linux.exec));
      expect(autostartEntry(linux.exec)).toContain('Exec="/opt/Invoice Inbox/invoice-inbox" --hidden\n');
      await applyStartAtLogin(false, 'linux', app, linux);
      await expect(fs.stat(file)).rejects.toThrow(/ENOENT/);
      expect(settings).toEqual([]);
    } finally {
      await fs.rm(configHome, { recursive: true, force: true });
    }
  });

  it('a login start stays hidden in the tray', () => {
    const { app } = loginApp();
    expect(startedHidden(['/app', HIDDEN_ARG], 'linux', app)).toBe(true);
    expect(startedHidden(['/app'], 'linux', app)).toBe(false);
    expect(startedHidden(['/app'], 'darwin', app)).toBe(true);
  });
});

describe('followStartAtLogin', () => {
  it('applies the setting at once and again only when start at login changes', async () => {
    const settings: unknown[] = [];
    const app: LoginItemApp = { setLoginItemSettings: (s) => settings.push(s), getLoginItemSettings: () => ({ openAtLogin: false }) };
    const events = createEventTap({ emit: () => undefined });
    const base = { ...DEFAULT_APP_SETTINGS, savedViews: [], developerMode: false };
    const stop = followStartAtLogin({ platform: 'win32', app, settings: () => base, events, log: () => undefined });
    expect(settings).toEqual([{ openAtLogin: false, args: [] }]);
    events.emit('settings:changed', { ...base, theme: 'dark' });
    expect(settings).toHaveLength(1);
    events.emit('settings:changed', { ...base, startAtLogin: true });
    expect(settings.at(-1)).toEqual({ openAtLogin: true, args: [HIDDEN_ARG] });
    stop();
    events.emit('settings:changed', { ...base, startAtLogin: false });
    expect(settings).toHaveLength(2);
  });
});

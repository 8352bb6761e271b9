import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  AUTOSTART_FILE,
  CLOSE_TO_TRAY_TITLE,
  HIDDEN_ARG,
  applyStartAtLogin,
  autostartEntry,
  keepRunningInTray,
  startedHidden,
  type ClosableWindow,
  type LoginItemApp,
  type QuitSource,
} from './background';
import type { App, BrowserWindow } from 'electron';
import { FakeEmitter, preventable } from './test-fakes';

vi.mock('electron', () => ({}));

// The real Electron objects fit the injected interfaces (checked by tsc).
type Assert<T extends true> = T;
export type Fits = [Assert<BrowserWindow extends ClosableWindow ? true : false>, Assert<App extends QuitSource & LoginItemApp ? true : false>];

class FakeWindow extends FakeEmitter {
  hidden = 0;
  hide(): void {
    this.hidden++;
  }
}

function setup(trayAvailable = true) {
  const window = new FakeWindow();
  const app = new FakeEmitter();
  let explained = false;
  const told: string[] = [];
  const closeToTray = keepRunningInTray({
    window: window as unknown as ClosableWindow,
    app,
    trayAvailable: () => trayAvailable,
    explained: { get: () => explained, set: (value) => (explained = value) },
    explain: (title) => told.push(title),
  });
  const close = () => {
    const event = preventable();
    window.emit('close', event);
    return event.prevented;
  };
  return { window, app, closeToTray, told, close };
}

describe('close to tray (electron mocked)', () => {
  it('closing the window hides it while the tray exists, and says so once, the first time', () => {
    const { window, told, close } = setup();
    expect(close()).toBe(true);
    expect(close()).toBe(true);
    expect(window.hidden).toBe(2);
    expect(told).toEqual([CLOSE_TO_TRAY_TITLE]);
  });

  it('Quit quits: after before-quit the window closes for real', () => {
    const { app, window, close, closeToTray } = setup();
    app.emit('before-quit');
    expect(closeToTray.quitting()).toBe(true);
    expect(close()).toBe(false);
    expect(window.hidden).toBe(0);
  });

  it('without a tray, closing the window closes it', () => {
    const { close, told } = setup(false);
    expect(close()).toBe(false);
    expect(told).toEqual([]);
  });
});

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

import type { Menu, MenuItemConstructorOptions, NativeImage } from 'electron';
import type { AppSettings } from '../../src-shared/contract';
import { FakeClock } from '../core/testing';
import { ReminderService } from '../core/reminders/reminders-service';
import { MemoryPreferencesStore, MemoryReminderStateStore } from '../core/reminders/state-store';
import { systemZone } from '../core/reminders/local-time';
import { createEventTap } from '../ipc/event-tap';
import { HIDDEN_ARG, type ClosableWindow } from './background';
import { startPresence, type PresenceDeps } from './desktop-presence';
import type { DesktopServices } from './desktop-services';
import { FakeEmitter, preventable } from './test-fakes';

vi.mock('electron', () => ({}));

const SETTINGS: AppSettings = { theme: 'system', syncIntervalMinutes: 30, startAtLogin: false, savedViews: [] };

class FakeTray {
  menu: MenuItemConstructorOptions[] = [];
  destroyed = false;
  image: unknown = null;
  constructor(image: unknown) {
    this.image = image;
  }
  setToolTip = vi.fn();
  setContextMenu = (menu: Menu | null) => {
    this.menu = (menu as unknown as { template: MenuItemConstructorOptions[] }).template;
  };
  setImage = (image: unknown) => {
    this.image = image;
  };
  setTitle = vi.fn();
  on = vi.fn();
  destroy = () => {
    this.destroyed = true;
  };
  click(label: RegExp): void {
    const item = this.menu.find((entry) => label.test(String(entry.label)));
    if (!item) throw new Error(`no tray item ${label}`);
    (item.click as () => void)();
  }
}

async function setup(options: { env?: NodeJS.ProcessEnv; argv?: string[]; platform?: NodeJS.Platform; watcher?: boolean } = {}) {
  const clock = new FakeClock({ autoAdvance: false });
  const reminders = await ReminderService.open({
    clock,
    zone: systemZone(),
    stateStore: new MemoryReminderStateStore(),
    preferencesStore: new MemoryPreferencesStore(),
  });
  const app = Object.assign(new FakeEmitter(), {
    quit: vi.fn(),
    setLoginItemSettings: vi.fn(),
    getLoginItemSettings: () => ({ openAtLogin: false }),
  });
  const trays: FakeTray[] = [];
  const nativeTheme = Object.assign(new FakeEmitter(), { shouldUseDarkColors: false, themeSource: 'system' as AppSettings['theme'], removeListener: vi.fn() });
  const powerMonitor = new FakeEmitter();
  const sync = { start: vi.fn(() => true), run: vi.fn(async () => []) };
  const sent: string[] = [];
  const events = createEventTap({ emit: (name) => void sent.push(name) });
  let settings = SETTINGS;
  let explained = false;
  const notifier = { showMessage: vi.fn(() => true) };
  const showWindow = vi.fn();
  const deps: PresenceDeps = {
    electron: {
      app,
      createTray: (image) => {
        const tray = new FakeTray(image);
        trays.push(tray);
        return tray;
      },
      loadImage: (path) => ({ path }) as unknown as NativeImage,
      buildMenu: (template) => ({ template }) as unknown as Menu,
      nativeTheme,
      powerMonitor,
    },
    platform: options.platform ?? 'linux',
    env: options.env ?? { DISPLAY: ':0', XDG_CURRENT_DESKTOP: 'KDE' },
    argv: options.argv ?? ['invoice-inbox'],
    clock,
    services: {
      reminders,
      inbox: { queryInvoices: async () => [], listAccounts: () => [] },
      network: { online: () => true },
      service: { sync },
    } as unknown as Pick<DesktopServices, 'reminders' | 'inbox' | 'network' | 'service'>,
    events,
    settings: () => settings,
    notifier,
    explained: { get: () => explained, set: (value) => void (explained = value) },
    iconPath: (name) => `/icons/${name}`,
    watcherProbe: async () => options.watcher ?? true,
    showWindow,
    log: () => undefined,
  };
  const presence = await startPresence(deps);
  const setSettings = (next: AppSettings) => {
    settings = next;
    events.emit('settings:changed', next);
  };
  return { presence, trays, app, nativeTheme, sync, notifier, showWindow, setSettings, sent, events };
}

describe('startPresence', () => {
  it('shows a tray icon with the reminders menu on a desktop that has a tray', async () => {
    const { presence, trays } = await setup();
    expect(presence.trayAvailability()).toEqual({ available: true, reason: null });
    expect(trays).toHaveLength(1);
    expect(trays[0]?.image).toEqual({ path: '/icons/tray-light.png' });
    expect(trays[0]?.menu.map((item) => item.label)).toEqual(expect.arrayContaining(['Sync now', 'Quit Invoice Inbox']));
    presence.stop();
    expect(trays[0]?.destroyed).toBe(true);
  });

  it('reports why there is no tray on GNOME without the AppIndicator extension', async () => {
    const { presence, trays } = await setup({ env: { WAYLAND_DISPLAY: 'wayland-0', XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' }, watcher: false, argv: ['x', HIDDEN_ARG] });
    expect(trays).toHaveLength(0);
    expect(presence.trayAvailability().available).toBe(false);
    expect(presence.trayAvailability().reason).toMatch(/AppIndicator/);
    // Started at login but no tray to come back from: the window must show.
    expect(presence.showWindowAtStart()).toBe(true);
    presence.stop();
  });

  it('keeps the window hidden at a login start when there is a tray', async () => {
    const { presence } = await setup({ argv: ['x', HIDDEN_ARG] });
    expect(presence.showWindowAtStart()).toBe(false);
    presence.stop();
  });

  it('tray menu: Sync now starts a sync, Quit quits', async () => {
    const { presence, trays, sync, app } = await setup();
    trays[0]?.click(/^Sync now$/);
    expect(sync.start).toHaveBeenCalledWith({});
    trays[0]?.click(/^Quit/);
    expect(app.quit).toHaveBeenCalled();
    presence.stop();
  });

  it('closing the window hides it to the tray and explains it once', async () => {
    const { presence, notifier } = await setup();
    const window = Object.assign(new FakeEmitter(), { hide: vi.fn() });
    presence.adoptWindow(window as unknown as ClosableWindow);
    const first = preventable();
    window.emit('close', first);
    const second = preventable();
    window.emit('close', second);
    expect(first.prevented && second.prevented).toBe(true);
    expect(window.hide).toHaveBeenCalledTimes(2);
    expect(notifier.showMessage).toHaveBeenCalledTimes(1);
    presence.stop();
  });

  it('applies the theme and start-at-login settings when they change', async () => {
    const { presence, nativeTheme, app, setSettings } = await setup({ platform: 'darwin' });
    setSettings({ ...SETTINGS, theme: 'dark' });
    expect(nativeTheme.themeSource).toBe('dark');
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
    setSettings({ ...SETTINGS, theme: 'dark', startAtLogin: true });
    expect(app.setLoginItemSettings).toHaveBeenCalledWith(expect.objectContaining({ openAtLogin: true }));
    presence.stop();
  });
});

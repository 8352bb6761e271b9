import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, PREFERENCES_ACCELERATOR, SYNC_NOW_ACCELERATOR, type MenuOptions } from './menu';

vi.mock('electron', () => ({}));

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(overrides: Partial<MenuOptions> = {}) {
  const onSyncNow = vi.fn();
  const onPreferences = vi.fn();
  const items = flatten(buildMenuTemplate({ platform: 'linux', isDev: false, onSyncNow, onPreferences, ...overrides }));
  return { items, onSyncNow, onPreferences };
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

describe('buildMenuTemplate', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('has Sync now and Preferences calling the callbacks on %s', (platform) => {
    const { items, onSyncNow, onPreferences } = build({ platform });
    const sync = items.find((item) => item.id === 'sync-now');
    const prefs = items.find((item) => item.id === 'preferences');
    expect(sync).toMatchObject({ accelerator: SYNC_NOW_ACCELERATOR });
    expect(prefs).toMatchObject({ accelerator: PREFERENCES_ACCELERATOR });
    click(sync);
    expect(onSyncNow).toHaveBeenCalledTimes(1);
    click(prefs);
    expect(onPreferences).toHaveBeenCalledTimes(1);
  });

  it('does not take CmdOrCtrl+R for sync', () => {
    expect(SYNC_NOW_ACCELERATOR).not.toMatch(/R$/);
  });

  it('has the app menu on macOS only', () => {
    const mac = build({ platform: 'darwin' }).items;
    const linux = build({ platform: 'linux' }).items;
    expect(mac.some((item) => item.role === 'hideOthers')).toBe(true);
    expect(linux.some((item) => item.role === 'hideOthers')).toBe(false);
    expect(linux.some((item) => item.role === 'quit')).toBe(true);
  });

  it('has the usual roles', () => {
    const roles = build().items.map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['editMenu', 'windowMenu', 'help', 'zoomIn', 'togglefullscreen']));
  });

  it('offers reload and developer tools only in development', () => {
    const prod = build({ isDev: false }).items.map((item) => item.role);
    const dev = build({ isDev: true }).items.map((item) => item.role);
    expect(prod).not.toContain('toggleDevTools');
    expect(prod).not.toContain('reload');
    expect(dev).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('adds a Help item when asked', () => {
    const onHelp = vi.fn();
    const help = build({ onHelp }).items.find((item) => item.id === 'help');
    click(help);
    expect(onHelp).toHaveBeenCalled();
  });

  it('toggles developer mode from a View checkbox (main sets it, never the page)', () => {
    const onDeveloperMode = vi.fn();
    const item = build({ onDeveloperMode, developerMode: true }).items.find((entry) => entry.id === 'developer-mode');
    expect(item).toMatchObject({ type: 'checkbox', checked: true, label: 'Developer Mode' });
    (item?.click as ((menuItem: { checked: boolean }) => void) | undefined)?.({ checked: false });
    expect(onDeveloperMode).toHaveBeenCalledWith(false);
    expect(build().items.some((entry) => entry.id === 'developer-mode')).toBe(false);
  });
});

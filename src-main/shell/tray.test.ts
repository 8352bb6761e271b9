import type { Menu, MenuItemConstructorOptions, NativeImage, NativeTheme, Tray } from 'electron';
import { trayModel, type TrayAction } from '../core/reminders/tray-model';
import { computeDue } from '../core/reminders/due';
import { UTC, at, invoice, prefs } from '../core/reminders/test-support';
import { FakeEmitter } from './test-fakes';
import { TrayService, clipTooltip, trayIconName, type ThemeSource, type TrayLike, type TrayServiceDeps } from './tray';
import { refreshTray, trayActionHandler } from './tray-actions';

vi.mock('electron', () => ({}));

// The real Electron objects fit the injected interfaces (checked by tsc).
type Assert<T extends true> = T;
export type Fits = [Assert<Tray extends TrayLike ? true : false>, Assert<NativeTheme extends ThemeSource ? true : false>];

class FakeTray extends FakeEmitter implements TrayLike {
  tooltip = '';
  title = '';
  image = '';
  menu: MenuItemConstructorOptions[] = [];
  destroyed = false;
  constructor(image: NativeImage) {
    super();
    this.image = String(image);
  }
  setToolTip(text: string): void {
    this.tooltip = text;
  }
  setContextMenu(menu: Menu | null): void {
    this.menu = (menu as unknown as { template: MenuItemConstructorOptions[] } | null)?.template ?? [];
  }
  setImage(image: NativeImage): void {
    this.image = String(image);
  }
  setTitle(title: string): void {
    this.title = title;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

class FakeTheme extends FakeEmitter {
  shouldUseDarkColors = false;
  shouldUseDarkColorsForSystemIntegratedUI: boolean | undefined = undefined;
  removeListener(event: string, listener: () => void): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
    return this;
  }
}

const NOW = at('2026-11-21T12:00:00Z');
const overdueModel = trayModel(computeDue([invoice({ number: 'X', dueAt: '2026-11-20' })], NOW, { withinDays: 7, zone: UTC }), prefs(), NOW, UTC);
const calmModel = trayModel(computeDue([invoice({ number: 'Y', dueAt: '2026-11-24' })], NOW, { withinDays: 7, zone: UTC }), prefs(), NOW, UTC);

function setup(platform: NodeJS.Platform = 'linux', overrides: Partial<TrayServiceDeps> = {}) {
  const trays: FakeTray[] = [];
  const theme = new FakeTheme();
  const actions: TrayAction[] = [];
  const service = new TrayService({
    createTray: (image) => {
      const tray = new FakeTray(image);
      trays.push(tray);
      return tray;
    },
    loadImage: (path) => `image:${path}` as unknown as NativeImage,
    buildMenu: (template) => ({ template }) as unknown as Menu,
    nativeTheme: theme,
    iconPath: (name) => `/res/${name}`,
    platform,
    onAction: (action) => actions.push(action),
    ...overrides,
  });
  return { service, trays, theme, actions };
}

const click = (item: MenuItemConstructorOptions | undefined): void => (item?.click as (() => void) | undefined)?.();

describe('TrayService (electron mocked)', () => {
  it('applies the model: tooltip, menu built from the template, icon variant', () => {
    const { service, trays, actions } = setup();
    expect(service.start({ available: true, reason: null })).toEqual({ available: true, reason: null });
    const tray = trays[0] as FakeTray;
    expect(tray.image).toBe('image:/res/tray-light.png');
    service.update(overdueModel);
    expect(tray.tooltip).toBe(overdueModel.tooltip);
    expect(tray.image).toBe('image:/res/tray-alert-light.png');
    expect(tray.menu.map((item) => item.label ?? item.type)).toEqual(overdueModel.menu.map((item) => (item.kind === 'item' ? item.label : 'separator')));
    click(tray.menu[0]);
    click(tray.menu.find((item) => item.label === 'Sync now'));
    expect(actions).toEqual([{ type: 'open_invoice', invoiceId: expect.stringMatching(/^acme:/) }, { type: 'sync_now' }]);
    service.update(calmModel);
    expect(tray.image).toBe('image:/res/tray-light.png');
  });

  it('follows the theme: dark variants, switched when the theme changes', () => {
    const { service, trays, theme } = setup();
    theme.shouldUseDarkColors = true;
    service.start({ available: true, reason: null });
    service.update(overdueModel);
    expect(trays[0]?.image).toBe('image:/res/tray-alert-dark.png');
    theme.shouldUseDarkColors = false;
    theme.emit('updated');
    expect(trays[0]?.image).toBe('image:/res/tray-alert-light.png');
    service.destroy();
    expect(theme.count('updated')).toBe(0);
    expect(trays[0]?.destroyed).toBe(true);
  });

  it('uses template images and the overdue count as title on macOS; the taskbar theme on Windows', () => {
    const mac = setup('darwin');
    mac.service.start({ available: true, reason: null });
    mac.service.update(overdueModel);
    expect([mac.trays[0]?.image, mac.trays[0]?.title]).toEqual(['image:/res/trayAlertTemplate.png', '1']);
    mac.service.update(calmModel);
    expect([mac.trays[0]?.image, mac.trays[0]?.title]).toEqual(['image:/res/trayTemplate.png', '']);
    expect(trayIconName('normal', 'win32', true)).toBe('tray-dark.png');
    const win = setup('win32');
    win.theme.shouldUseDarkColors = false;
    win.theme.shouldUseDarkColorsForSystemIntegratedUI = true;
    win.service.start({ available: true, reason: null });
    expect(win.trays[0]?.image).toBe('image:/res/tray-dark.png');
  });

  it('a left click opens the app on Windows and Linux', () => {
    const { service, trays, actions } = setup('win32');
    service.start({ available: true, reason: null });
    trays[0]?.emit('click');
    expect(actions).toEqual([{ type: 'open_app' }]);
  });

  it('creates no tray where the desktop has none, and says why; a tray that cannot be created says why too', () => {
    const none = setup();
    expect(none.service.start({ available: false, reason: 'GNOME needs an extension' })).toEqual({ available: false, reason: 'GNOME needs an extension' });
    none.service.update(overdueModel);
    expect(none.trays).toEqual([]);
    const broken = setup('linux', {
      createTray: () => {
        throw new Error('no StatusNotifier host');
      },
    });
    const status = broken.service.start({ available: true, reason: null });
    expect(status.available).toBe(false);
    expect(status.reason).toContain('no StatusNotifier host');
    expect(broken.service.availability()).toEqual(status);
  });

  it('keeps the tooltip within the 127 characters Windows shows', () => {
    expect(clipTooltip('x'.repeat(200))).toHaveLength(127);
    expect(clipTooltip('short')).toBe('short');
  });
});

describe('tray actions and refresh', () => {
  it('maps each menu action to the app', async () => {
    const calls: string[] = [];
    const reminders = {
      pause: async (until: 'one_hour' | 'tomorrow' | null) => {
        calls.push(`pause:${String(until)}`);
        return null;
      },
    };
    const handle = trayActionHandler({
      reminders,
      showWindow: () => calls.push('show'),
      navigate: (to) => calls.push(`navigate:${JSON.stringify(to)}`),
      syncNow: () => calls.push('sync'),
      quit: () => calls.push('quit'),
    });
    handle({ type: 'open_invoice', invoiceId: 'acme:1' });
    handle({ type: 'open_app' });
    handle({ type: 'sync_now' });
    handle({ type: 'pause', until: 'one_hour' });
    handle({ type: 'pause', until: 'tomorrow' });
    handle({ type: 'resume' });
    handle({ type: 'preferences' });
    handle({ type: 'quit' });
    await Promise.resolve();
    expect(calls).toEqual([
      'show',
      'navigate:{"to":"invoice","invoiceId":"acme:1"}',
      'show',
      'sync',
      'pause:one_hour',
      'pause:tomorrow',
      'pause:null',
      'show',
      'navigate:{"to":"preferences"}',
      'quit',
    ]);
  });

  it('refreshTray shows the 7-day due list of the reminders', () => {
    const updates: string[] = [];
    const items = computeDue([invoice({ number: 'Z', dueAt: '2026-11-20', amountDue: 500 })], NOW, { withinDays: 7, zone: UTC });
    const asked: unknown[] = [];
    refreshTray(
      { update: (model) => updates.push(model.tooltip) },
      { due: (query) => (asked.push(query), items), preferences: () => prefs(), zone: UTC },
      NOW,
    );
    expect(asked).toEqual([{ withinDays: 7, asOfMs: NOW }]);
    expect(updates).toEqual(['1 overdue, 0 due within 7 days — USD 5.00']);
  });
});

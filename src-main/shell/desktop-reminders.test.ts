import type { Menu, MenuItemConstructorOptions, NativeImage, NotificationConstructorOptions } from 'electron';
import type { AccountSyncResult, Invoice } from '../../src-shared/domain';
import { ReminderService } from '../core/reminders/reminders-service';
import { WorkspaceReminderStore } from '../core/reminders/reminder-store';
import { UTC, at, prefs, testWorkspace } from '../core/reminders/test-support';
import { FakeClock } from '../core/testing/fake-clock';
import { DEFAULT_APP_SETTINGS } from '../core/settings/app-settings';
import { FakeInbox, invoiceFixture } from '../services/test-support';
import type { ClosableWindow } from './background';
import { DesktopReminders } from './desktop-reminders';
import { FakeEmitter, preventable } from './test-fakes';
import { GNOME_NO_TRAY_REASON } from './tray-availability';

vi.mock('electron', () => ({}));

class FakeTray extends FakeEmitter {
  tooltip = '';
  menu: MenuItemConstructorOptions[] = [];
  setToolTip(text: string): void {
    this.tooltip = text;
  }
  setContextMenu(menu: Menu | null): void {
    this.menu = (menu as unknown as { template: MenuItemConstructorOptions[] }).template;
  }
  setImage(): void {}
  setTitle(): void {}
  destroy(): void {}
}

class FakeNote extends FakeEmitter {
  constructor(readonly options: NotificationConstructorOptions) {
    super();
  }
  show(): void {}
  close(): void {}
}

async function setup(env: NodeJS.ProcessEnv = { DISPLAY: ':0', XDG_CURRENT_DESKTOP: 'KDE' }, argv: string[] = [], platform: NodeJS.Platform = 'win32') {
  const clock = new FakeClock({ startMs: at('2026-11-21T12:00:00Z'), autoAdvance: false });
  const inbox = new FakeInbox();
  inbox.accounts = [{ id: 'acc1', provider: 'gpuoutlet', label: 'Acme', baseUrl: null, createdAt: '2026-11-01T00:00:00.000Z', demo: false }];
  inbox.invoices = [invoiceFixture('acc1', 1, { dueAt: '2026-11-22', number: 'INV-1' })];
  const trays: FakeTray[] = [];
  const notes: FakeNote[] = [];
  const calls: string[] = [];
  const app = Object.assign(new FakeEmitter(), {
    quit: () => calls.push('quit'),
    setLoginItemSettings: (s: unknown) => calls.push(`login:${JSON.stringify(s)}`),
    getLoginItemSettings: () => ({ openAtLogin: false }),
  });
  let settings = { ...DEFAULT_APP_SETTINGS, savedViews: [] as unknown[], developerMode: false };
  let explained = false;
  const emitted: string[] = [];
  const desktop = new DesktopReminders({
    platform,
    env,
    argv,
    clock,
    app,
    tray: {
      createTray: () => {
        const tray = new FakeTray();
        trays.push(tray);
        return tray;
      },
      loadImage: (path) => path as unknown as NativeImage,
      buildMenu: (template) => ({ template }) as unknown as Menu,
      nativeTheme: Object.assign(new FakeEmitter(), { shouldUseDarkColors: false, removeListener: () => undefined }),
      iconPath: (name) => name,
    },
    notifications: {
      createNotification: (options) => {
        const note = new FakeNote(options);
        notes.push(note);
        return note;
      },
      isSupported: () => true,
    },
    watcherProbe: async () => false,
    settings: () => settings,
    closeToTrayExplained: { get: () => explained, set: (v) => (explained = v) },
    showWindow: () => calls.push('show'),
    log: () => undefined,
  });
  const events = desktop.tap({ emit: (name, payload) => emitted.push(`${name}:${JSON.stringify(payload)}`) });
  let synced: Invoice[] = [];
  const reminderStore = new WorkspaceReminderStore(testWorkspace());
  reminderStore.savePreferences(prefs(), new Date(clock.now()).toISOString());
  const reminders = await ReminderService.open({
    clock,
    zone: UTC,
    store: reminderStore,
    // What the workspace holds: nothing until the first sync brings the account's invoices.
    invoices: () => synced,
    labels: () => ({ acc1: 'Acme' }),
    notify: (n) => desktop.notify(n),
    onChanged: (reason) => events.emit('reminders:changed', { reason }),
  });
  const syncs: string[] = [];
  const sync = {
    run: async (): Promise<AccountSyncResult[]> => {
      syncs.push(clock.iso());
      synced = inbox.invoices;
      return [];
    },
    start: () => {
      syncs.push('now');
      return true;
    },
  };
  return { clock, inbox, desktop, events, reminders, trays, notes, calls, emitted, syncs, app, sync, setSettings: (s: typeof settings) => (settings = s) };
}

describe('DesktopReminders (electron objects faked)', () => {
  it('shows the tray from the due list, notifies on the minute tick, and a click opens the invoice', async () => {
    const h = await setup();
    await h.desktop.start({ reminders: h.reminders, sync: h.sync, online: () => true });
    expect(h.desktop.trayStatus()).toEqual({ available: true, reason: null });
    expect(h.trays[0]?.tooltip).toBe('Invoice Inbox — nothing due within 7 days');
    await h.reminders.recompute(h.inbox.queryInvoices(), { acc1: 'Acme' });
    expect(h.trays[0]?.tooltip).toBe('0 overdue, 1 due within 7 days — USD 10.00');
    expect(h.notes.map((n) => n.options.title)).toEqual(['Invoice INV-1 is due tomorrow']);
    h.notes[0]?.emit('click');
    expect(h.calls).toContain('show');
    expect(h.emitted).toContain('app:navigate:{"to":"invoice","invoiceId":"acc1:in_1"}');
    h.clock.setNow(at('2026-11-22T23:59:30Z'));
    await h.clock.advance(60_000);
    expect(h.trays[0]?.tooltip).toBe('1 overdue, 0 due within 7 days — USD 10.00');
    expect(h.notes.map((n) => n.options.title)).toEqual([
      'Invoice INV-1 is due tomorrow',
      'Invoice INV-1 is due today',
      'Invoice INV-1 is overdue by 1 day',
    ]);
    h.desktop.stop();
  });

  it('syncs in the background every interval and recomputes reminders after it; tray Sync now and Quit', async () => {
    const h = await setup();
    await h.desktop.start({ reminders: h.reminders, sync: h.sync, online: () => true });
    await h.clock.advance(30 * 60_000);
    expect(h.syncs).toEqual(['2026-11-21T12:30:00.000Z']);
    expect(h.reminders.knownInvoices()).toHaveLength(1);
    const click = (label: string) => (h.trays[0]?.menu.find((item) => item.label === label)?.click as (() => void) | undefined)?.();
    click('Sync now');
    expect(h.syncs).toContain('now');
    click('Pause reminders for 1 hour');
    await h.clock.advance(0);
    expect(h.reminders.preferences().pausedUntil).toBe('2026-11-21T13:30:00.000Z');
    expect(h.trays[0]?.tooltip).toContain('reminders paused until 13:30');
    click('Quit Invoice Inbox');
    expect(h.calls).toContain('quit');
    h.desktop.stop();
  });

  it('close hides to the tray and says so once; start at login follows the setting', async () => {
    const h = await setup();
    await h.desktop.start({ reminders: h.reminders, sync: h.sync, online: () => true });
    expect(h.calls).toContain('login:{"openAtLogin":false,"args":[]}');
    const win = Object.assign(new FakeEmitter(), { hide: () => h.calls.push('hide') }) as FakeEmitter & ClosableWindow;
    h.desktop.attachWindow(win);
    const event = preventable();
    win.emit('close', event);
    win.emit('close', preventable());
    expect(event.prevented).toBe(true);
    expect(h.calls.filter((c) => c === 'hide')).toHaveLength(2);
    expect(h.notes.map((n) => n.options.title)).toEqual(['Invoice Inbox is still running']);
    h.events.emit('settings:changed', { ...DEFAULT_APP_SETTINGS, savedViews: [], developerMode: false, startAtLogin: true });
    await h.clock.advance(0);
    expect(h.calls).toContain('login:{"openAtLogin":true,"args":["--hidden"]}');
    const loginWrites = h.calls.filter((c) => c.startsWith('login:')).length;
    h.events.emit('settings:changed', { ...DEFAULT_APP_SETTINGS, savedViews: [], developerMode: false, startAtLogin: true, theme: 'dark' });
    await h.clock.advance(0);
    expect(h.calls.filter((c) => c.startsWith('login:'))).toHaveLength(loginWrites);
    h.app.emit('before-quit');
    const quitting = preventable();
    win.emit('close', quitting);
    expect(quitting.prevented).toBe(false);
    h.desktop.stop();
  });

  it('GNOME without AppIndicator: no tray, the reason for Preferences, and the window is not hidden', async () => {
    const h = await setup({ DISPLAY: ':0', XDG_CURRENT_DESKTOP: 'GNOME' }, ['--hidden'], 'linux');
    const linux = h.desktop;
    await linux.start({ reminders: h.reminders, sync: h.sync, online: () => true });
    expect(linux.trayStatus()).toEqual({ available: false, reason: GNOME_NO_TRAY_REASON });
    expect(linux.shouldStartHidden()).toBe(false);
    const win = Object.assign(new FakeEmitter(), { hide: () => h.calls.push('hide') }) as FakeEmitter & ClosableWindow;
    linux.attachWindow(win);
    const event = preventable();
    win.emit('close', event);
    expect(event.prevented).toBe(false);
    linux.stop();
  });
});

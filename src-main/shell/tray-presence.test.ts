import type { Menu, MenuItemConstructorOptions, NativeImage, NotificationConstructorOptions } from 'electron';
import type { Invoice } from '../../src-shared/domain';
import { ReminderService } from '../core/reminders/reminders-service';
import { WorkspaceReminderStore } from '../core/reminders/reminder-store';
import { UTC, at, prefs, testWorkspace } from '../core/reminders/test-support';
import { FakeClock } from '../core/testing/fake-clock';
import { createEventTap } from '../services/event-tap';
import { FakeInbox, invoiceFixture } from '../services/test-support';
import type { ClosableWindow } from './close-to-tray';
import { startReminderTicker } from './reminder-ticker';
import { TrayPresence } from './tray-presence';
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
    getLoginItemSettings: () => ({ openAtLogin: false }),
  });
  let explained = false;
  const emitted: string[] = [];
  const desktop = new TrayPresence({
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
    closeToTrayExplained: { get: () => explained, set: (v) => (explained = v) },
    showWindow: () => calls.push('show'),
    log: () => undefined,
  });
  const events = createEventTap({ emit: (name, payload) => void emitted.push(`${name}:${JSON.stringify(payload)}`) });
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
  const runtime = { reminders, events, syncNow: () => void syncs.push('now') };
  // As src-main/index.ts wires it: the minute tick, then the tray shows the new due list.
  const ticker = startReminderTicker(clock, async () => {
    await reminders.tick();
    desktop.refresh();
  });
  return { clock, inbox, desktop, events, reminders, trays, notes, calls, emitted, syncs, app, runtime, ticker, sync: () => (synced = inbox.invoices) };
}

describe('TrayPresence (electron objects faked)', () => {
  it('shows the tray from the due list, notifies on the minute tick, and a click opens the invoice', async () => {
    const h = await setup();
    await h.desktop.start(h.runtime);
    expect(h.desktop.status()).toEqual({ available: true, reason: null });
    expect(h.trays[0]?.tooltip).toBe('Invoice Inbox — nothing due within 7 days');
    h.sync();
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
    h.ticker.stop();
    h.desktop.stop();
  });

  it('tray menu: Sync now, pause reminders, Quit; stops following reminders when stopped', async () => {
    const h = await setup();
    await h.desktop.start(h.runtime);
    h.sync();
    await h.reminders.recompute(h.inbox.queryInvoices(), { acc1: 'Acme' });
    expect(h.reminders.knownInvoices()).toHaveLength(1);
    const click = (label: string) => (h.trays[0]?.menu.find((item) => item.label === label)?.click as (() => void) | undefined)?.();
    click('Sync now');
    expect(h.syncs).toContain('now');
    click('Pause reminders for 1 hour');
    await h.clock.advance(0);
    expect(h.reminders.preferences().pausedUntil).toBe('2026-11-21T13:00:00.000Z');
    expect(h.trays[0]?.tooltip).toContain('reminders paused until 13:00');
    click('Quit Invoice Inbox');
    expect(h.calls).toContain('quit');
    h.ticker.stop();
    h.desktop.stop();
    const tooltip = h.trays[0]?.tooltip;
    await h.reminders.pause(null);
    expect(h.trays[0]?.tooltip).toBe(tooltip);
  });

  it('close hides to the tray and says so once; Quit closes it for real', async () => {
    const h = await setup();
    await h.desktop.start(h.runtime);
    const win = Object.assign(new FakeEmitter(), { hide: () => h.calls.push('hide') }) as FakeEmitter & ClosableWindow;
    h.desktop.attachWindow(win);
    const event = preventable();
    win.emit('close', event);
    win.emit('close', preventable());
    expect(event.prevented).toBe(true);
    expect(h.calls.filter((c) => c === 'hide')).toHaveLength(2);
    expect(h.notes.map((n) => n.options.title)).toEqual(['Invoice Inbox is still running']);
    h.app.emit('before-quit');
    const quitting = preventable();
    win.emit('close', quitting);
    expect(quitting.prevented).toBe(false);
    h.ticker.stop();
    h.desktop.stop();
  });

  it('GNOME without AppIndicator: no tray, the reason for Preferences, and the window is not hidden', async () => {
    const h = await setup({ DISPLAY: ':0', XDG_CURRENT_DESKTOP: 'GNOME' }, ['--hidden'], 'linux');
    const linux = h.desktop;
    await linux.start(h.runtime);
    expect(linux.status()).toEqual({ available: false, reason: GNOME_NO_TRAY_REASON });
    expect(linux.shouldStartHidden()).toBe(false);
    const win = Object.assign(new FakeEmitter(), { hide: () => h.calls.push('hide') }) as FakeEmitter & ClosableWindow;
    linux.attachWindow(win);
    const event = preventable();
    win.emit('close', event);
    expect(event.prevented).toBe(false);
    h.ticker.stop();
    linux.stop();
  });
});

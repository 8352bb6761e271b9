import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { App, Notification, NotificationConstructorOptions } from 'electron';
import { invoiceNotification, summaryNotification } from '../core/reminders/notification-text';
import { computeDue } from '../core/reminders/due';
import { UTC, at, invoice } from '../core/reminders/test-support';
import { APP_USER_MODEL_ID, DesktopNotifier, ensureAppUserModelId, type NotificationLike } from './notifications';
import { FakeEmitter } from './test-fakes';

vi.mock('electron', () => ({}));

// The real Electron objects fit the injected interfaces (checked by tsc).
type Assert<T extends true> = T;
export type Fits = [Assert<Notification extends NotificationLike ? true : false>, Assert<App extends Parameters<typeof ensureAppUserModelId>[0] ? true : false>];

class FakeNotification extends FakeEmitter implements NotificationLike {
  shown = false;
  constructor(readonly options: NotificationConstructorOptions) {
    super();
  }
  show(): void {
    this.shown = true;
  }
  close(): void {
    this.emit('close');
  }
}

function setup(supported = true) {
  const created: FakeNotification[] = [];
  const calls: string[] = [];
  const notifier = new DesktopNotifier({
    createNotification: (options) => {
      const n = new FakeNotification(options);
      created.push(n);
      return n;
    },
    isSupported: () => supported,
    showWindow: () => calls.push('show'),
    navigate: (to) => calls.push(JSON.stringify(to)),
    iconPath: '/res/icon.png',
  });
  return { notifier, created, calls };
}

const NOW = at('2026-11-21T12:00:00Z');
const items = computeDue(
  [
    invoice({ number: 'INV-0305', dueAt: '2026-11-24', amountDue: 123_456, provider: 'commet', providerInvoiceId: 'a' }),
    invoice({ number: 'INV-0306', dueAt: '2026-11-20', providerInvoiceId: 'b' }),
  ],
  NOW,
  { withinDays: 7, zone: UTC, accountLabels: { acme: 'Acme' } },
);

describe('DesktopNotifier (electron mocked)', () => {
  it('shows the invoice number, provider and amount; a click shows the window and opens the invoice', () => {
    const { notifier, created, calls } = setup();
    const soon = items.find((item) => item.number === 'INV-0305');
    if (!soon) throw new Error('fixture');
    expect(notifier.showReminder(invoiceNotification(soon, 'lead'))).toBe(true);
    const shown = created[0] as FakeNotification;
    expect(shown.shown).toBe(true);
    expect(shown.options).toEqual({
      title: 'Invoice INV-0305 is due in 3 days',
      body: 'USD 1,234.56 due Nov 24 — Commet · Acme',
      icon: '/res/icon.png',
    });
    expect(notifier.liveCount()).toBe(1);
    shown.emit('click');
    expect(calls).toEqual(['show', JSON.stringify({ to: 'invoice', invoiceId: 'acme:a' })]);
    expect(notifier.liveCount()).toBe(0);
  });

  it('a summary click opens the reminders list', () => {
    const { notifier, created, calls } = setup();
    notifier.showReminder(summaryNotification(items, 'catch_up'));
    expect(created[0]?.options.title).toBe('2 invoices need attention');
    created[0]?.emit('click');
    expect(calls).toEqual(['show', JSON.stringify({ to: 'reminders' })]);
  });

  it('keeps a reference until the notification is closed (a collected one loses its click handler)', () => {
    const { notifier, created } = setup();
    notifier.showMessage('Invoice Inbox is still running', 'In the tray.');
    expect(notifier.liveCount()).toBe(1);
    created[0]?.close();
    expect(notifier.liveCount()).toBe(0);
  });

  it('shows nothing where notifications are not supported', () => {
    const { notifier, created } = setup(false);
    expect(notifier.showMessage('t', 'b')).toBe(false);
    expect(created).toEqual([]);
  });

  it('sets the Windows AppUserModelID (the installer appId), and only on Windows', () => {
    const ids: string[] = [];
    const app = { setAppUserModelId: (id: string) => ids.push(id) };
    expect(ensureAppUserModelId(app, 'linux')).toBe(false);
    expect(ensureAppUserModelId(app, 'darwin')).toBe(false);
    expect(ids).toEqual([]);
    expect(ensureAppUserModelId(app, 'win32')).toBe(true);
    expect(ids).toEqual(['ai.invoiceinbox.app']);
    // It must match the installer's appId, or Windows drops the toasts.
    const builder = readFileSync(join(process.cwd(), 'electron-builder.yml'), 'utf8');
    expect(builder).toMatch(new RegExp(`^appId: ${APP_USER_MODEL_ID.replace(/\./g, '\\.')}$`, 'm'));
  });
});

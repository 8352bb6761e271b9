import { computeDue } from './due';
import { formatMoney, formatTotals } from './format';
import { trayModel, type TrayMenuItem } from './tray-model';
import { UTC, at, invoice, prefs } from './test-support';

const NOW = at('2026-11-21T12:00:00Z');
const labels = (menu: TrayMenuItem[]): string[] => menu.map((item) => (item.kind === 'separator' ? '---' : item.label));

describe('tray model', () => {
  it('says a workspace problem first, with the alert icon, until the user has read it', () => {
    const problem = 'The workspace database was damaged and was set aside as workspace.db.damaged-20261121; a new one was started.';
    const model = trayModel([], prefs(), NOW, UTC, [problem]);
    expect(model.iconVariant).toBe('alert');
    expect(model.tooltip.startsWith(`Invoice Inbox needs your attention: ${problem}`)).toBe(true);
    const first = model.menu[0];
    expect(first?.kind === 'item' ? [first.label, first.action] : null).toEqual([`Workspace problem: ${problem.slice(0, 69)}… — open to read`, { type: 'open_app' }]);
    expect(trayModel([], prefs(), NOW, UTC).iconVariant).toBe('normal');
  });

  const bills = [
    invoice({ number: 'A', dueAt: '2026-11-19', amountDue: 100_000 }),
    invoice({ number: 'B', dueAt: '2026-11-20', amountDue: 23_400 }),
    invoice({ number: 'C', dueAt: '2026-11-21', amountDue: 5_000, currency: 'EUR', provider: 'commet' }),
    invoice({ number: 'D', dueAt: '2026-11-23', amountDue: 4_000, currency: 'EUR' }),
    invoice({ number: 'E', dueAt: '2026-11-24', amountDue: 500, currency: 'JPY', provider: 'opterius' }),
    invoice({ number: 'F', dueAt: '2026-11-26', amountDue: 1 }),
    invoice({ number: 'G', dueAt: '2026-11-28', amountDue: 2 }),
    invoice({ number: 'LATER', dueAt: '2026-12-20', amountDue: 99_999 }),
    invoice({ number: 'PAID', dueAt: '2026-11-20', status: 'paid' }),
  ];
  const items = computeDue(bills, NOW, { withinDays: 7, zone: UTC });

  it('tooltip: counts overdue and due within 7 days, amount due per currency, never summed across currencies', () => {
    const model = trayModel(items, prefs(), NOW, UTC);
    expect(model.tooltip).toBe('2 overdue, 5 due within 7 days — USD 1,234.03 · EUR 90.00 · JPY 500');
    expect(model.overdueCount).toBe(2);
  });

  it('icon turns to the alert variant only when something is overdue', () => {
    expect(trayModel(items, prefs(), NOW, UTC).iconVariant).toBe('alert');
    expect(trayModel(items.filter((item) => item.state !== 'overdue'), prefs(), NOW, UTC).iconVariant).toBe('normal');
    const empty = trayModel([], prefs(), NOW, UTC);
    expect([empty.iconVariant, empty.tooltip]).toEqual(['normal', 'Invoice Inbox — nothing due within 7 days']);
  });

  it('menu: the five most urgent invoices, then open, sync, pause, preferences, quit', () => {
    const model = trayModel(items, prefs(), NOW, UTC);
    expect(labels(model.menu)).toEqual([
      'A · GPU Outlet · USD 1,000.00 · overdue by 2 days',
      'B · GPU Outlet · USD 234.00 · overdue by 1 day',
      'C · Commet · EUR 50.00 · due today',
      'D · GPU Outlet · EUR 40.00 · due in 2 days',
      'E · Opterius · JPY 500 · due in 3 days',
      '---',
      'Open Invoice Inbox',
      'Sync now',
      '---',
      'Pause reminders for 1 hour',
      'Pause reminders until tomorrow',
      '---',
      'Preferences…',
      'Quit Invoice Inbox',
    ]);
    expect(model.menu[0]).toEqual({ kind: 'item', label: expect.any(String), enabled: true, action: { type: 'open_invoice', invoiceId: items[0]?.invoiceId } });
    const actions = model.menu.flatMap((item) => (item.kind === 'item' ? [item.action.type] : []));
    expect(actions.slice(5)).toEqual(['open_app', 'sync_now', 'pause', 'pause', 'preferences', 'quit']);
  });

  it('while paused, the tooltip says until when and the menu offers to resume', () => {
    const model = trayModel(items, prefs({ pausedUntil: '2026-11-21T13:00:00.000Z' }), NOW, UTC);
    expect(model.tooltip).toMatch(/\(reminders paused until 13:00\)$/);
    expect(labels(model.menu)).toContain('Resume reminders');
    const tomorrow = trayModel([], prefs({ pausedUntil: '2026-11-22T00:00:00.000Z' }), NOW, UTC);
    expect(tomorrow.tooltip).toMatch(/paused until tomorrow 00:00/);
  });

  it('formats money with the currency code and its own minor digits', () => {
    expect(formatMoney(123_456_789, 'USD')).toBe('USD 1,234,567.89');
    expect(formatMoney(5, 'USD')).toBe('USD 0.05');
    expect(formatMoney(1_234_567, 'JPY')).toBe('JPY 1,234,567');
    expect(formatMoney(1_234, 'KWD')).toBe('KWD 1.234');
    expect(formatTotals([])).toBe('');
  });
});

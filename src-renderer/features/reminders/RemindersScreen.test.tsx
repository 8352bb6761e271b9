import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeRemindersApi, makeDueItem } from '../../api/fake-reminders';
import { clock, renderApp } from '../../test/render';

// "Now" is Monday 15 June 2026, 10:00 UTC (test/render.tsx).
function dueItems() {
  return [
    makeDueItem({ invoiceId: 'acc_gpu:in_1', number: 'INV-0301', state: 'overdue', dueAt: '2026-06-13', dueDay: '2026-06-13', daysUntilDue: -2, amountDue: 123_400, accountLabel: 'GPU main' }),
    makeDueItem({ invoiceId: 'acc_gpu:in_2', number: 'INV-0302', state: 'due_today', dueAt: '2026-06-15', dueDay: '2026-06-15', daysUntilDue: 0, amountDue: 9_000, currency: 'EUR' }),
    makeDueItem({ invoiceId: 'acc_com:in_3', number: 'CM-7', provider: 'commet', providerName: 'Commet', state: 'due_soon', daysUntilDue: 3 }),
    makeDueItem({ invoiceId: 'acc_com:in_4', number: 'CM-8', provider: 'commet', providerName: 'Commet', state: 'due_soon', daysUntilDue: 20, dueDay: '2026-07-05' }),
  ];
}

async function openReminders(fake = new FakeRemindersApi({ now: clock, dueItems: dueItems() })) {
  const app = renderApp({ fake });
  await app.user.click(screen.getByRole('button', { name: 'Reminders' }));
  const list = await screen.findByRole('list', { name: 'Due invoices' });
  return { ...app, fake, list };
}

const rowNames = (list: HTMLElement) => within(list).getAllByRole('listitem').map((li) => li.getAttribute('aria-label'));

describe('reminders panel', () => {
  it('lists what reminders:list returns, most urgent first, with when, provider and amount', async () => {
    const { list, fake } = await openReminders();
    expect(rowNames(list)).toEqual(['Invoice INV-0301', 'Invoice INV-0302', 'Invoice CM-7']);
    const first = within(list).getByRole('listitem', { name: 'Invoice INV-0301' });
    expect(first).toHaveTextContent('Overdue by 2 days');
    expect(first).toHaveTextContent('GPU Outlet · GPU main');
    expect(first).toHaveTextContent('$1,234.00');
    expect(within(list).getByRole('listitem', { name: 'Invoice INV-0302' })).toHaveTextContent('Due today');
    expect(fake.callsOf('reminders:list')[0]).toEqual({ withinDays: 7, includeHidden: true });
  });

  it('widens the window when asked', async () => {
    const { user, fake } = await openReminders();
    await user.selectOptions(screen.getByLabelText(/Show what is due within/), '30');
    await waitFor(() => expect(rowNames(screen.getByRole('list', { name: 'Due invoices' }))).toContain('Invoice CM-8'));
    expect(fake.callsOf('reminders:list').at(-1)).toEqual({ withinDays: 30, includeHidden: true });
  });

  it('snooze until tomorrow takes the invoice off the list and shows it under hidden, with undo', async () => {
    const { user, list, fake } = await openReminders();
    const row = within(list).getByRole('listitem', { name: 'Invoice INV-0301' });
    await user.click(within(row).getByText('Snooze'));
    await user.click(within(row).getByRole('button', { name: 'Until tomorrow' }));
    await waitFor(() => expect(rowNames(screen.getByRole('list', { name: 'Due invoices' }))).toEqual(['Invoice INV-0302', 'Invoice CM-7']));
    expect(fake.callsOf('reminders:snooze')).toEqual([{ invoiceId: 'acc_gpu:in_1', until: 'tomorrow' }]);
    const hidden = screen.getByRole('list', { name: 'Hidden reminders' });
    const snoozed = within(hidden).getByRole('listitem', { name: 'Invoice INV-0301' });
    expect(snoozed).toHaveTextContent('Snoozed until Jun 16, 2026');
    await user.click(within(snoozed).getByRole('button', { name: 'Unsnooze' }));
    await waitFor(() => expect(rowNames(screen.getByRole('list', { name: 'Due invoices' }))).toContain('Invoice INV-0301'));
    expect(fake.callsOf('reminders:unsnooze')).toEqual([{ invoiceId: 'acc_gpu:in_1' }]);
  });

  it('snooze until next week, and until a date', async () => {
    const { user, list, fake } = await openReminders();
    const row = within(list).getByRole('listitem', { name: 'Invoice CM-7' });
    await user.click(within(row).getByRole('button', { name: 'Until next week' }));
    await waitFor(() => expect(fake.callsOf('reminders:snooze')).toEqual([{ invoiceId: 'acc_com:in_3', until: 'next_week' }]));
    const other = within(screen.getByRole('list', { name: 'Due invoices' })).getByRole('listitem', { name: 'Invoice INV-0302' });
    const toDate = within(other).getByRole('button', { name: 'Snooze to date' });
    expect(toDate).toBeDisabled();
    await user.type(within(other).getByLabelText('Snooze INV-0302 until date'), '2026-06-20');
    await user.click(toDate);
    await waitFor(() => expect(fake.callsOf('reminders:snooze').at(-1)).toEqual({ invoiceId: 'acc_gpu:in_2', until: '2026-06-20' }));
    await waitFor(() => expect(rowNames(screen.getByRole('list', { name: 'Due invoices' }))).toEqual(['Invoice INV-0301']));
  });

  it('mute and "I paid this" hide an invoice; undo brings it back', async () => {
    const { user, list, fake } = await openReminders();
    await user.click(within(within(list).getByRole('listitem', { name: 'Invoice INV-0302' })).getByRole('button', { name: 'Mute' }));
    await user.click(within(within(list).getByRole('listitem', { name: 'Invoice INV-0301' })).getByRole('button', { name: 'I paid this' }));
    await waitFor(() => expect(rowNames(screen.getByRole('list', { name: 'Due invoices' }))).toEqual(['Invoice CM-7']));
    expect(fake.callsOf('reminders:mute')).toEqual([{ invoiceId: 'acc_gpu:in_2', muted: true }]);
    expect(fake.callsOf('reminders:markPaid')).toEqual([{ invoiceId: 'acc_gpu:in_1', paid: true }]);
    const hidden = screen.getByRole('list', { name: 'Hidden reminders' });
    expect(within(hidden).getByRole('listitem', { name: 'Invoice INV-0301' })).toHaveTextContent('Marked paid on Jun 15, 2026; waiting for GPU Outlet to confirm');
    await user.click(within(hidden).getByRole('button', { name: 'Not paid yet' }));
    await user.click(within(hidden).getByRole('button', { name: 'Unmute' }));
    await waitFor(() => expect(rowNames(screen.getByRole('list', { name: 'Due invoices' }))).toHaveLength(3));
    expect(fake.callsOf('reminders:markPaid').at(-1)).toEqual({ invoiceId: 'acc_gpu:in_1', paid: false });
  });

  it('shows the note when a sync contradicts "I paid this"', async () => {
    const items = [makeDueItem({ invoiceId: 'acc_gpu:in_9', number: 'INV-9', state: 'overdue', daysUntilDue: -4, note: 'You marked this paid on Jun 11, but GPU Outlet still shows it open.', markedPaidAt: '2026-06-11T09:00:00.000Z' })];
    const { list } = await openReminders(new FakeRemindersApi({ now: clock, dueItems: items }));
    expect(within(list).getByRole('note')).toHaveTextContent('You marked this paid on Jun 11, but GPU Outlet still shows it open.');
  });

  it('mutes a whole account', async () => {
    const { user, list, fake } = await openReminders();
    await user.click(within(within(list).getByRole('listitem', { name: 'Invoice CM-7' })).getByRole('button', { name: 'Mute acc_com' }));
    await waitFor(() => expect(rowNames(screen.getByRole('list', { name: 'Due invoices' }))).toEqual(['Invoice INV-0301', 'Invoice INV-0302']));
    expect(fake.callsOf('reminders:muteAccount')).toEqual([{ accountId: 'acc_com', muted: true }]);
  });

  it('reloads when main says reminders changed (a sync, the tray)', async () => {
    const { fake } = await openReminders();
    fake.dueItems = fake.dueItems.slice(1);
    fake.emit('reminders:changed', { reason: 'recompute' });
    await waitFor(() => expect(rowNames(screen.getByRole('list', { name: 'Due invoices' }))).toEqual(['Invoice INV-0302', 'Invoice CM-7']));
  });

  it('pauses and resumes reminders', async () => {
    const { user, fake } = await openReminders();
    await user.click(screen.getByRole('button', { name: 'Pause for 1 hour' }));
    expect(await screen.findByText(/Reminders are paused until/)).toBeInTheDocument();
    expect(fake.reminderPreferences.pausedUntil).toBe('2026-06-15T11:00:00.000Z');
    await user.click(screen.getByRole('button', { name: 'Resume reminders' }));
    expect(await screen.findByRole('button', { name: 'Pause until tomorrow' })).toBeInTheDocument();
    expect(fake.callsOf('reminders:pause')).toEqual([{ until: 'one_hour' }, { until: null }]);
  });

  it('says when nothing is due, and shows a failure as an alert', async () => {
    const fake = new FakeRemindersApi({ now: clock, dueItems: [] });
    const app = renderApp({ fake });
    await app.user.click(screen.getByRole('button', { name: 'Reminders' }));
    expect(await screen.findByText('Nothing is overdue or due within 7 days.')).toBeInTheDocument();
    fake.dueItems = dueItems();
    fake.failures.set('reminders:snooze', { code: 'not_found', message: 'That invoice is no longer in the inbox.' });
    fake.emit('reminders:changed', { reason: 'recompute' });
    const row = await screen.findByRole('listitem', { name: 'Invoice INV-0301' });
    await app.user.click(within(row).getByRole('button', { name: 'Until tomorrow' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That invoice is no longer in the inbox.');
  });

  it('opening an invoice from the list goes to it in the inbox', async () => {
    const { user, list, stores } = await openReminders();
    await user.click(within(list).getByRole('button', { name: 'Open invoice INV-0301' }));
    expect(stores.app.getState().screen).toBe('inbox');
  });
});

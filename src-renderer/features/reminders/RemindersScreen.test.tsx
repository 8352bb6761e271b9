import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeRemindersApi, makeDueItem } from '../../test/fake-reminders';
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

const dueList = () => screen.getByRole('list', { name: 'Due invoices' });
const rowNames = (list: HTMLElement) => within(list).getAllByRole('listitem').map((li) => li.getAttribute('aria-label'));
const row = (name: string) => within(dueList()).getByRole('listitem', { name: `Invoice ${name}` });

describe('reminders screen', () => {
  it('lists what reminders:list returns, most urgent first, with when, provider and amount', async () => {
    const { list, fake } = await openReminders();
    expect(rowNames(list)).toEqual(['Invoice INV-0301', 'Invoice INV-0302', 'Invoice CM-7']);
    const first = row('INV-0301');
    expect(first).toHaveTextContent('Overdue by 2 days');
    expect(first).toHaveTextContent('GPU Outlet · GPU main');
    expect(first).toHaveTextContent('$1,234.00');
    expect(row('INV-0302')).toHaveTextContent('Due today');
    expect(screen.getByText('1 overdue, longest by 2 days · 1 due today · 1 coming up')).toBeInTheDocument();
    expect(fake.callsOf('reminders:list')[0]).toEqual({ withinDays: 7, includeHidden: true });
  });

  it('tells each state by an icon and words, not by colour alone', async () => {
    await openReminders();
    const badge = (name: string) => row(name).querySelector('.due-badge');
    expect(badge('INV-0301')?.querySelector('svg[aria-hidden="true"]')).toHaveAttribute('data-icon', 'alert');
    expect(badge('INV-0301')).toHaveTextContent('Overdue by 2 days');
    expect(badge('INV-0302')?.querySelector('svg')).toHaveAttribute('data-icon', 'clock');
    expect(badge('INV-0302')).toHaveTextContent('Due today');
    expect(badge('CM-7')?.querySelector('svg')).toHaveAttribute('data-icon', 'calendar');
    expect(badge('CM-7')).toHaveTextContent('Due in 3 days');
  });

  it('the longer an invoice is late the louder its row: only more than a month late is critical', async () => {
    const items = [
      makeDueItem({ invoiceId: 'a:old', number: 'OLD', state: 'overdue', daysUntilDue: -45 }),
      makeDueItem({ invoiceId: 'a:month', number: 'MONTH', state: 'overdue', daysUntilDue: -30 }),
      makeDueItem({ invoiceId: 'a:week', number: 'WEEK', state: 'overdue', daysUntilDue: -8 }),
      makeDueItem({ invoiceId: 'a:new', number: 'NEW', state: 'overdue', daysUntilDue: -7 }),
    ];
    await openReminders(new FakeRemindersApi({ now: clock, dueItems: items }));
    const urgency = (name: string) => row(name).querySelector('.due-badge')?.getAttribute('data-urgency');
    expect(['OLD', 'MONTH', 'WEEK', 'NEW'].map(urgency)).toEqual(['critical', 'overdue', 'overdue', 'late']);
    expect(within(dueList()).getAllByRole('listitem').filter((li) => li.classList.contains('urgency-critical'))).toEqual([row('OLD')]);
    expect(row('OLD').querySelector('.due-badge')).toHaveTextContent('Overdue by 45 days');
    expect(row('OLD').querySelector('svg')).toHaveAttribute('data-icon', 'urgent');
    expect(row('NEW').querySelector('.due-badge')).toHaveTextContent('Overdue by 7 days');
    expect(screen.getByText('4 overdue, 1 more than a month late, longest by 45 days')).toBeInTheDocument();
  });

  it('a row has one primary action; the rest are in its menu, each with its key', async () => {
    const { user } = await openReminders();
    const first = row('INV-0301');
    expect(within(first).getAllByRole('button').map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual([
      'Open invoice INV-0301',
      'I paid this',
      'More actions for INV-0301',
    ]);
    expect(first).toHaveAttribute('aria-keyshortcuts', 'Enter p s w d m j k ArrowDown ArrowUp Home End');
    await user.click(within(first).getByRole('button', { name: 'More actions for INV-0301' }));
    const items = within(screen.getByRole('menu', { name: 'More actions for INV-0301' })).getAllByRole('menuitem');
    expect(items.map((i) => [i.textContent, i.getAttribute('aria-keyshortcuts')])).toEqual([
      ['Open in the inboxEnter', 'Enter'],
      ['Snooze until tomorrowS', 's'],
      ['Snooze until next weekW', 'w'],
      ['Snooze until a date…D', 'd'],
      ['Mute this invoiceM', 'm'],
      ['Mute all reminders from GPU main', null],
    ]);
  });

  it('widens the window when asked', async () => {
    const { user, fake } = await openReminders();
    await user.selectOptions(screen.getByLabelText(/Show what is due within/), '30');
    await waitFor(() => expect(rowNames(dueList())).toContain('Invoice CM-8'));
    expect(fake.callsOf('reminders:list').at(-1)).toEqual({ withinDays: 30, includeHidden: true });
  });

  it('snooze until tomorrow (menu) takes the invoice off the list and shows it under hidden, with undo', async () => {
    const { user, fake } = await openReminders();
    await user.click(within(row('INV-0301')).getByRole('button', { name: 'More actions for INV-0301' }));
    await user.click(screen.getByRole('menuitem', { name: 'Snooze until tomorrow' }));
    await waitFor(() => expect(rowNames(dueList())).toEqual(['Invoice INV-0302', 'Invoice CM-7']));
    expect(fake.callsOf('reminders:snooze')).toEqual([{ invoiceId: 'acc_gpu:in_1', until: 'tomorrow' }]);
    const hidden = screen.getByRole('list', { name: 'Hidden reminders' });
    const snoozed = within(hidden).getByRole('listitem', { name: 'Invoice INV-0301' });
    expect(snoozed).toHaveTextContent('Snoozed until Jun 16, 2026');
    expect(snoozed.querySelector('svg')).toHaveAttribute('data-icon', 'quiet');
    await user.click(within(snoozed).getByRole('button', { name: 'Unsnooze' }));
    await waitFor(() => expect(rowNames(dueList())).toContain('Invoice INV-0301'));
    expect(fake.callsOf('reminders:unsnooze')).toEqual([{ invoiceId: 'acc_gpu:in_1' }]);
  });

  it('snooze until next week (menu), and until a date (form opened with D)', async () => {
    const { user, fake } = await openReminders();
    await user.click(within(row('CM-7')).getByRole('button', { name: 'More actions for CM-7' }));
    await user.click(screen.getByRole('menuitem', { name: 'Snooze until next week' }));
    await waitFor(() => expect(fake.callsOf('reminders:snooze')).toEqual([{ invoiceId: 'acc_com:in_3', until: 'next_week' }]));
    await waitFor(() => expect(rowNames(dueList())).toEqual(['Invoice INV-0301', 'Invoice INV-0302']));
    row('INV-0302').focus();
    await user.keyboard('d');
    const form = within(row('INV-0302')).getByRole('form', { name: 'Snooze INV-0302 until a date' });
    const dateField = within(form).getByLabelText('Snooze INV-0302 until date');
    expect(dateField).toHaveFocus();
    const toDate = within(form).getByRole('button', { name: 'Snooze to date' });
    expect(toDate).toBeDisabled();
    await user.type(dateField, '2026-06-20');
    await user.click(toDate);
    await waitFor(() => expect(fake.callsOf('reminders:snooze').at(-1)).toEqual({ invoiceId: 'acc_gpu:in_2', until: '2026-06-20' }));
    await waitFor(() => expect(rowNames(dueList())).toEqual(['Invoice INV-0301']));
  });

  it('Esc closes the date form and puts focus back on the row', async () => {
    const { user, fake } = await openReminders();
    await user.click(within(row('CM-7')).getByRole('button', { name: 'More actions for CM-7' }));
    await user.click(screen.getByRole('menuitem', { name: 'Snooze until a date…' }));
    expect(within(row('CM-7')).getByLabelText('Snooze CM-7 until date')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(within(row('CM-7')).queryByRole('form')).not.toBeInTheDocument();
    expect(row('CM-7')).toHaveFocus();
    expect(fake.callsOf('reminders:snooze')).toEqual([]);
  });

  it('mute (menu) and "I paid this" hide an invoice; undo brings it back', async () => {
    const { user, fake } = await openReminders();
    await user.click(within(row('INV-0302')).getByRole('button', { name: 'More actions for INV-0302' }));
    await user.click(screen.getByRole('menuitem', { name: 'Mute this invoice' }));
    await waitFor(() => expect(rowNames(dueList())).toHaveLength(2));
    await user.click(within(row('INV-0301')).getByRole('button', { name: 'I paid this' }));
    await waitFor(() => expect(rowNames(dueList())).toEqual(['Invoice CM-7']));
    expect(fake.callsOf('reminders:mute')).toEqual([{ invoiceId: 'acc_gpu:in_2', muted: true }]);
    expect(fake.callsOf('reminders:markPaid')).toEqual([{ invoiceId: 'acc_gpu:in_1', paid: true }]);
    const hidden = screen.getByRole('list', { name: 'Hidden reminders' });
    expect(within(hidden).getByRole('listitem', { name: 'Invoice INV-0301' })).toHaveTextContent('Marked paid on Jun 15, 2026; waiting for GPU Outlet to confirm');
    await user.click(within(hidden).getByRole('button', { name: 'Not paid yet' }));
    await user.click(within(hidden).getByRole('button', { name: 'Unmute' }));
    await waitFor(() => expect(rowNames(dueList())).toHaveLength(3));
    expect(fake.callsOf('reminders:markPaid').at(-1)).toEqual({ invoiceId: 'acc_gpu:in_1', paid: false });
  });

  it('keys on a focused row: j/k move, p marks paid, s snoozes, m mutes; focus moves to the row that took its place', async () => {
    const { user, fake } = await openReminders();
    row('INV-0301').focus();
    await user.keyboard('j');
    expect(row('INV-0302')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(row('CM-7')).toHaveFocus();
    await user.keyboard('k');
    expect(row('INV-0302')).toHaveFocus();
    await user.keyboard('p');
    await waitFor(() => expect(rowNames(dueList())).toEqual(['Invoice INV-0301', 'Invoice CM-7']));
    expect(fake.callsOf('reminders:markPaid')).toEqual([{ invoiceId: 'acc_gpu:in_2', paid: true }]);
    await waitFor(() => expect(row('CM-7')).toHaveFocus());
    await user.keyboard('s');
    await waitFor(() => expect(rowNames(dueList())).toEqual(['Invoice INV-0301']));
    expect(fake.callsOf('reminders:snooze')).toEqual([{ invoiceId: 'acc_com:in_3', until: 'tomorrow' }]);
    await waitFor(() => expect(row('INV-0301')).toHaveFocus());
    await user.keyboard('m');
    await waitFor(() => expect(screen.getByText('Nothing is overdue or due within 7 days.')).toBeInTheDocument());
    expect(fake.callsOf('reminders:mute')).toEqual([{ invoiceId: 'acc_gpu:in_1', muted: true }]);
  });

  it('letters typed in the open menu do not act on the row', async () => {
    const { user, fake } = await openReminders();
    await user.click(within(row('INV-0301')).getByRole('button', { name: 'More actions for INV-0301' }));
    await user.keyboard('m');
    await user.keyboard('{Escape}');
    expect(fake.callsOf('reminders:mute')).toEqual([]);
    expect(within(row('INV-0301')).getByRole('button', { name: 'More actions for INV-0301' })).toHaveFocus();
  });

  it('shows the note when a sync contradicts "I paid this"', async () => {
    const items = [makeDueItem({ invoiceId: 'acc_gpu:in_9', number: 'INV-9', state: 'overdue', daysUntilDue: -4, note: 'You marked this paid on Jun 11, but GPU Outlet still shows it open.', markedPaidAt: '2026-06-11T09:00:00.000Z' })];
    const { list } = await openReminders(new FakeRemindersApi({ now: clock, dueItems: items }));
    expect(within(list).getByRole('note')).toHaveTextContent('You marked this paid on Jun 11, but GPU Outlet still shows it open.');
  });

  it('mutes a whole account from the menu', async () => {
    const { user, fake } = await openReminders();
    await user.click(within(row('CM-7')).getByRole('button', { name: 'More actions for CM-7' }));
    await user.click(screen.getByRole('menuitem', { name: 'Mute all reminders from acc_com' }));
    await waitFor(() => expect(rowNames(dueList())).toEqual(['Invoice INV-0301', 'Invoice INV-0302']));
    expect(fake.callsOf('reminders:muteAccount')).toEqual([{ accountId: 'acc_com', muted: true }]);
  });

  it('reloads when main says reminders changed (a sync, the tray)', async () => {
    const { fake } = await openReminders();
    fake.dueItems = fake.dueItems.slice(1);
    fake.emit('reminders:changed', { reason: 'recompute' });
    await waitFor(() => expect(rowNames(dueList())).toEqual(['Invoice INV-0302', 'Invoice CM-7']));
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
    (await screen.findByRole('listitem', { name: 'Invoice INV-0301' })).focus();
    await app.user.keyboard('s');
    expect(await screen.findByRole('alert')).toHaveTextContent('That invoice is no longer in the inbox.');
    expect(row('INV-0301')).toBeInTheDocument();
  });

  it('opening an invoice (its name, or Enter on the row) goes to it in the inbox', async () => {
    const { user, list, stores } = await openReminders();
    await user.click(within(list).getByRole('button', { name: 'Open invoice INV-0301' }));
    expect(stores.app.getState().screen).toBe('inbox');
    await user.click(screen.getByRole('button', { name: 'Reminders' }));
    (await screen.findByRole('listitem', { name: 'Invoice CM-7' })).focus();
    await user.keyboard('{Enter}');
    expect(stores.app.getState().screen).toBe('inbox');
    expect(stores.inbox.getState().selectedId).toBe('acc_com:in_3');
  });

  it('preferences are on their own tab of an accessible tab list', async () => {
    const { user } = await openReminders();
    const tabs = within(screen.getByRole('tablist', { name: 'Reminders' })).getAllByRole('tab');
    expect(tabs.map((t) => [t.textContent, t.getAttribute('aria-selected')])).toEqual([
      ['Due (3)', 'true'],
      ['Preferences', 'false'],
    ]);
    expect(screen.queryByRole('form', { name: 'Reminder preferences' })).not.toBeInTheDocument();
    tabs[0]?.focus();
    await user.keyboard('{ArrowRight}');
    expect(tabs[1]).toHaveFocus();
    expect(tabs[1]).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('form', { name: 'Reminder preferences' })).toBeInTheDocument();
    expect(screen.getByRole('tabpanel', { name: 'Preferences' })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Due invoices' })).not.toBeInTheDocument();
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeRemindersApi } from '../../api/fake-reminders';
import { clock, renderApp } from '../../test/render';

async function openPreferences(fake = new FakeRemindersApi({ now: clock })) {
  const app = renderApp({ fake });
  await app.user.click(screen.getByRole('button', { name: 'Reminders' }));
  const form = await screen.findByRole('form', { name: 'Reminder preferences' });
  return { ...app, fake, form };
}

describe('reminder preferences', () => {
  it('shows and saves lead days, daily overdue, digest day and time, and quiet hours', async () => {
    const { user, form, fake } = await openPreferences();
    expect(within(form).getByLabelText('7 days before')).toBeChecked();
    expect(within(form).getByLabelText('On the due day')).toBeChecked();
    expect(within(form).getByLabelText('14 days before')).not.toBeChecked();
    await user.click(within(form).getByLabelText('14 days before'));
    await user.click(within(form).getByLabelText('3 days before'));
    await user.click(within(form).getByLabelText('Every day while an invoice is overdue'));
    await user.selectOptions(within(form).getByLabelText('Day'), 'Friday');
    // jsdom's time inputs do not take typed text: set the value as the browser's picker would.
    fireEvent.change(within(form).getByLabelText('Time'), { target: { value: '09:30' } });
    fireEvent.change(within(form).getByLabelText('From'), { target: { value: '21:00' } });
    await user.click(within(form).getByRole('button', { name: 'Save reminder preferences' }));
    await waitFor(() => expect(fake.callsOf('reminders:setPreferences')).toHaveLength(1));
    expect(fake.callsOf('reminders:setPreferences')[0]).toEqual({
      leadDays: [7, 1, 0, 14],
      overdueDaily: false,
      digest: { enabled: true, weekday: 5, time: '09:30' },
      quietHours: { start: '21:00', end: '07:00' },
      paidCheckDays: 3,
    });
    expect(fake.reminderPreferences.leadDays).toEqual([14, 7, 1, 0]);
    expect(await within(screen.getByRole('form', { name: 'Reminder preferences' })).findByRole('status')).toHaveTextContent('Saved.');
  });

  it('turns quiet hours off', async () => {
    const { user, form, fake } = await openPreferences();
    await user.click(within(form).getByLabelText(/No notifications during quiet hours/));
    expect(within(form).queryByLabelText('From')).not.toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Save reminder preferences' }));
    await waitFor(() => expect(fake.reminderPreferences.quietHours).toBeNull());
  });

  it('sets the background sync interval and start at login (app settings)', async () => {
    const { user, form, fake } = await openPreferences();
    await user.selectOptions(within(form).getByLabelText('Background sync'), 'Every hour');
    await user.click(within(form).getByLabelText(/Start Invoice Inbox when I log in/));
    await waitFor(() => expect(fake.callsOf('settings:update')).toEqual([{ syncIntervalMinutes: 60 }, { startAtLogin: true }]));
  });

  it('says why there is no tray icon', async () => {
    const fake = new FakeRemindersApi({ now: clock });
    fake.info = { ...fake.info, tray: { available: false, reason: 'GNOME shows no tray icons unless the AppIndicator extension is enabled.' } };
    const { form } = await openPreferences(fake);
    expect(await within(form).findByRole('note')).toHaveTextContent('Why there is no tray icon: GNOME shows no tray icons unless the AppIndicator extension is enabled.');
  });

  it('says nothing about the tray when there is one', async () => {
    const fake = new FakeRemindersApi({ now: clock });
    fake.info = { ...fake.info, tray: { available: true, reason: null } };
    const { form } = await openPreferences(fake);
    await waitFor(() => expect(within(form).getByLabelText('Background sync')).toBeInTheDocument());
    expect(within(form).queryByRole('note')).not.toBeInTheDocument();
  });
});

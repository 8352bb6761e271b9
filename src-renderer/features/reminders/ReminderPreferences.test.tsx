import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeRemindersApi } from '../../test/fake-reminders';
import { clock, renderApp } from '../../test/render';

async function openPreferences(fake = new FakeRemindersApi({ now: clock })) {
  const app = renderApp({ fake });
  await app.user.click(screen.getByRole('button', { name: 'Reminders' }));
  await app.user.click(screen.getByRole('tab', { name: 'Preferences' }));
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

  it('has no background sync or start-at-login controls of its own: it links to Settings, where they are', async () => {
    const { user, form, stores } = await openPreferences();
    expect(within(form).queryByLabelText(/Background sync/)).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/Start Invoice Inbox when I log in/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open Settings' }));
    expect(stores.app.getState().screen).toBe('settings');
    expect(await screen.findByLabelText('Background sync')).toBeInTheDocument();
  });
});

import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../../../src-shared/domain/inbox-query';
import { FakeApi } from '../../test/fake-api';
import { clock, renderApp } from '../../test/render';

describe('settings', () => {
  it('the theme follows the system unless overridden, and the choice is saved', async () => {
    const { user, fake } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    expect(await screen.findByRole('radio', { name: 'Follow the system' })).toBeChecked();
    expect(document.documentElement.dataset.theme).toBeUndefined();
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(fake.callsOf('settings:update')).toEqual([{ theme: 'dark' }]);
    await user.click(screen.getByRole('radio', { name: 'Follow the system' }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBeUndefined());
  });

  it('lists the user’s saved views and deletes one', async () => {
    const view = { id: 'view-1', name: 'EUR only', filter: { ...EMPTY_FILTER, currency: 'EUR' }, sort: { key: 'due', dir: 'asc' } };
    const { user, fake } = renderApp({ settings: { savedViews: [view] } });
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    await user.click(await screen.findByRole('button', { name: 'Delete “EUR only”' }));
    await waitFor(() => expect(fake.settings.savedViews).toEqual([]));
    expect(screen.queryByRole('button', { name: 'Delete “EUR only”' })).not.toBeInTheDocument();
  });

  it('is the one place for background sync and start at login', async () => {
    const { user, fake } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    await user.selectOptions(await screen.findByLabelText('Background sync'), 'Every hour');
    await user.click(screen.getByLabelText(/Start Invoice Inbox when I log in/));
    await waitFor(() => expect(fake.callsOf('settings:update')).toEqual([{ syncIntervalMinutes: 60 }, { startAtLogin: true }]));
    expect(screen.getAllByLabelText('Background sync')).toHaveLength(1);
  });

  it('keeps an interval that is none of the choices', async () => {
    const { user } = renderApp({ settings: { syncIntervalMinutes: 45 } });
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    expect(await screen.findByLabelText('Background sync')).toHaveDisplayValue('Every 45 minutes');
  });

  it('says why there is no tray icon, and nothing when there is one', async () => {
    const fake = new FakeApi({ seed: 'workspace', now: clock });
    fake.info = { ...fake.info, tray: { available: false, reason: 'GNOME shows no tray icons unless the AppIndicator extension is enabled.' } };
    const { user } = renderApp({ fake });
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    expect(await screen.findByRole('note')).toHaveTextContent(
      'Why there is no tray icon: GNOME shows no tray icons unless the AppIndicator extension is enabled. Reminders still arrive as notifications.',
    );
  });

  it('says nothing about the tray when there is one', async () => {
    const fake = new FakeApi({ seed: 'workspace', now: clock });
    fake.info = { ...fake.info, tray: { available: true, reason: null } };
    const { user } = renderApp({ fake });
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    await screen.findByLabelText('Background sync');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });
});

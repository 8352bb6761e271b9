import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../inbox/filter';
import { renderApp } from '../../test/render';

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
});

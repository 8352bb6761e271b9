import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render';

describe('offline', () => {
  it('net:status offline shows a banner with the age of the data; nothing disappears', async () => {
    const { fake } = renderApp();
    const grid = await screen.findByRole('grid', { name: 'Invoices' });
    const before = within(grid).getAllByRole('row').length;
    act(() => fake.setOnline(false));
    // The seeded accounts synced 1 to 5 hours before "now": the newest is 1 hour old.
    expect(await screen.findByText('Offline — showing invoices from 1 hour ago')).toBeInTheDocument();
    expect(within(screen.getByRole('grid', { name: 'Invoices' })).getAllByRole('row')).toHaveLength(before);
    act(() => fake.setOnline(true));
    await waitFor(() => expect(screen.queryByText(/^Offline/)).not.toBeInTheDocument());
  });

  it('starts offline from the cache when the host says so', async () => {
    renderApp({ online: false });
    expect(await screen.findByText('Offline — showing invoices from 1 hour ago')).toBeInTheDocument();
    expect(await screen.findByRole('grid', { name: 'Invoices' })).toBeInTheDocument();
  });

  it('a sync that fails with a network error for every account counts as offline', async () => {
    const { fake, user } = renderApp();
    await screen.findByRole('grid', { name: 'Invoices' });
    for (const account of fake.accounts) fake.sync.errors.set(account.id, { kind: 'network', message: 'Could not reach the provider.', action: 'retry' });
    await user.click(screen.getByRole('button', { name: 'Sync all now' }));
    expect(await screen.findByText(/^Offline — showing invoices from/)).toBeInTheDocument();
    expect(screen.getByRole('grid', { name: 'Invoices' })).toBeInTheDocument();
    // One account reachable again: not offline any more.
    fake.sync.errors.delete('acc_gpu');
    await user.click(within(screen.getByText(/^Offline/).closest('.banner') as HTMLElement).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByText(/^Offline/)).not.toBeInTheDocument());
  });
});

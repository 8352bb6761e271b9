import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SyncErrorInfo } from '../../src-shared/domain/sync';
import { FakeApi } from '../test/fake-api';
import { clock, renderApp } from '../test/render';

const KEY_REJECTED: SyncErrorInfo = { kind: 'auth', message: 'Commet rejected the API key.', action: 'reenter_credential' };

/** The seeded workspace with "UK subscriptions" (Commet) failing since its last good sync on May 28. */
function failingWorkspace(error: SyncErrorInfo = KEY_REJECTED, lastSyncedAt: string | null = '2026-05-28T09:00:00.000Z') {
  const fake = new FakeApi({ seed: 'workspace', now: clock });
  fake.accounts = fake.accounts.map((a) => (a.id === 'acc_commet' ? { ...a, sync: { ...a.sync, phase: 'error', lastSyncedAt, lastError: error } } : a));
  return fake;
}

const problems = () => screen.findByRole('region', { name: 'An account cannot sync' });

describe('demo data ribbon', () => {
  it('says the data is demo data on every screen while the demo is on, with the way to real accounts', async () => {
    const fake = new FakeApi({ seed: 'workspace', now: clock });
    fake.info = { ...fake.info, demo: true };
    const { user } = renderApp({ fake });
    const ribbon = await screen.findByRole('region', { name: 'Demo data' });
    expect(ribbon).toHaveTextContent('Demo data');
    expect(ribbon).toHaveTextContent('Nothing here is real.');
    await user.click(screen.getByRole('button', { name: 'Reminders' }));
    expect(screen.getByRole('region', { name: 'Demo data' })).toBeInTheDocument();
    await user.click(within(ribbon).getByRole('button', { name: 'Add your real accounts' }));
    expect(await screen.findByRole('form', { name: 'Add an account' })).toBeInTheDocument();
  });

  it('shows for demo accounts even before app:info says so, and not at all for real ones', async () => {
    const fake = new FakeApi({ seed: 'workspace', now: clock });
    fake.accounts = fake.accounts.map((a) => ({ ...a, demo: true }));
    renderApp({ fake });
    expect(await screen.findByRole('region', { name: 'Demo data' })).toBeInTheDocument();
  });

  it('is absent for a real workspace', async () => {
    renderApp();
    await screen.findAllByRole('row');
    expect(screen.queryByRole('region', { name: 'Demo data' })).not.toBeInTheDocument();
  });
});

describe('failing account banner', () => {
  it('names the account, the error and how old its rows are, and opens the credential to fix it', async () => {
    const { user, stores } = renderApp({ fake: failingWorkspace() });
    const banner = await problems();
    expect(banner).toHaveTextContent('UK subscriptions: credential rejected — rows shown are from May 28.');
    expect(banner).toHaveTextContent('Commet rejected the API key.');
    await user.click(within(banner).getByRole('button', { name: 'Enter the credential again: UK subscriptions' }));
    expect(stores.app.getState().screen).toBe('accounts');
    expect(await screen.findByLabelText('API key')).toHaveFocus();
    // Its card does not call a failed account "synced": the rows are from its last good sync.
    expect(screen.getByRole('listitem', { name: 'UK subscriptions (Commet)' })).toHaveTextContent('Last good sync 18 days ago');
    expect(screen.queryByRole('region', { name: 'An account cannot sync' })).not.toBeInTheDocument();
  });

  it('offers a retry when that is the fix, and leaves once the sync works', async () => {
    const fake = failingWorkspace({ kind: 'server', message: 'Commet answered with a server error.', action: 'retry' });
    const { user } = renderApp({ fake });
    const banner = await problems();
    await user.click(within(banner).getByRole('button', { name: 'Try again: UK subscriptions' }));
    expect(fake.callsOf('sync:start')).toEqual([{ accountId: 'acc_commet' }]);
    await waitFor(() => expect(screen.queryByRole('region', { name: 'An account cannot sync' })).not.toBeInTheDocument());
  });

  it('appears when a sync fails, with a hint when there is nothing to press', async () => {
    const fake = new FakeApi({ seed: 'workspace', now: clock });
    fake.sync.errors.set('acc_commet', { kind: 'rate_limited', message: 'Commet asked us to slow down.', action: 'wait', retryAfter: null });
    const { user } = renderApp({ fake });
    await screen.findAllByRole('row');
    expect(screen.queryByRole('region', { name: 'An account cannot sync' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sync all now' }));
    const banner = await problems();
    expect(banner).toHaveTextContent('UK subscriptions: asked to slow down — rows shown are from today at');
    expect(banner).toHaveTextContent('Commet asked us to slow down.');
    expect(banner).toHaveTextContent('Wait a few minutes, then try again.');
    expect(within(banner).queryByRole('button')).not.toBeInTheDocument();
  });

  it('says when nothing has synced yet, and counts several accounts', async () => {
    const fake = failingWorkspace(KEY_REJECTED, null);
    fake.accounts = fake.accounts.map((a) =>
      a.id === 'acc_vast' ? { ...a, sync: { ...a.sync, phase: 'error', lastError: { kind: 'config', message: 'Vast.ai did not recognise the address.', action: 'check_base_url' } } } : a,
    );
    const { user, stores } = renderApp({ fake });
    const banner = await screen.findByRole('region', { name: '2 accounts cannot sync' });
    expect(banner).toHaveTextContent('UK subscriptions: credential rejected — none of its invoices have synced yet.');
    expect(banner).toHaveTextContent('Training fleet: address not recognised — rows shown are from');
    await user.click(within(banner).getByRole('button', { name: 'Check the base URL: Training fleet' }));
    expect(stores.app.getState().accountsIntent).toEqual({ kind: 'edit', accountId: 'acc_vast', focus: 'baseUrl' });
  });

  it('leaves network failures to the offline banner', async () => {
    const fake = failingWorkspace({ kind: 'network', message: 'Commet could not be reached.', action: 'retry' });
    fake.info = { ...fake.info, online: false };
    renderApp({ fake });
    expect(await screen.findByText(/^Offline/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'An account cannot sync' })).not.toBeInTheDocument();
  });
});

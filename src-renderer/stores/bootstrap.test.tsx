import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi } from '../test/fake-api';
import { clock, makeServices, renderApp } from '../test/render';
import { startApp } from './bootstrap';

describe('host events', () => {
  it('app:navigate to an invoice switches to the inbox, clears a hiding filter and opens the detail', async () => {
    const { fake, user } = renderApp();
    await screen.findByRole('grid', { name: 'Invoices' });
    await user.type(screen.getByRole('searchbox', { name: 'Search invoices' }), 'Tokyo');
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    const target = fake.invoices.find((i) => i.accountId === 'acc_opt');
    act(() => fake.emit('app:navigate', { to: 'invoice', invoiceId: target?.id ?? '' }));
    const pane = await screen.findByRole('complementary', { name: 'Invoice details' });
    expect(within(pane).getByRole('heading', { name: `Invoice ${target?.number}` })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search invoices' })).toHaveValue('');
    expect(screen.getByRole('button', { name: /^Inbox/ })).toHaveAttribute('aria-current', 'page');
  });

  it('app:navigate switches screens', async () => {
    const { fake } = renderApp();
    await screen.findByRole('grid', { name: 'Invoices' });
    act(() => fake.emit('app:navigate', { to: 'preferences' }));
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeInTheDocument();
    act(() => fake.emit('app:navigate', { to: 'reminders' }));
    expect(await screen.findByRole('heading', { name: 'Reminders' })).toBeInTheDocument();
    act(() => fake.emit('app:navigate', { to: 'accounts' }));
    expect(await screen.findByRole('heading', { name: 'Accounts' })).toBeInTheDocument();
  });

  it('sync:progress and sync:finished drive the per-account state; inbox reloads after', async () => {
    const fake = new FakeApi({ seed: 'workspace', now: clock });
    const { api, stores } = makeServices(fake);
    const stop = startApp(api, stores);
    await waitFor(() => expect(stores.accounts.getState().accounts).toHaveLength(5));
    fake.emit('sync:progress', { accountId: 'acc_gpu', pagesDone: 2, invoicesSoFar: 200, total: 450 });
    expect(stores.sync.getState().byAccount.acc_gpu).toMatchObject({ phase: 'syncing', progress: { pagesDone: 2, invoicesSoFar: 200, total: 450 } });
    const queries = fake.callsOf('invoices:query').length;
    fake.emit('sync:finished', {
      results: [
        { accountId: 'acc_gpu', ok: true, error: null, invoiceCount: 450, requests: 5, mode: 'full', warnings: ['GPU Outlet sent an invoice status "frozen" …'] },
        { accountId: 'acc_vast', ok: false, error: { kind: 'server', message: 'Vast.ai had a server error.', action: 'retry' }, invoiceCount: 0, requests: 1, mode: 'incremental', warnings: [] },
      ],
    });
    expect(stores.sync.getState().byAccount.acc_gpu).toMatchObject({ phase: 'ok', progress: null, warnings: ['GPU Outlet sent an invoice status "frozen" …'] });
    // A failed sync saved nothing: the warnings about what is saved stand.
    fake.emit('sync:finished', { results: [{ accountId: 'acc_gpu', ok: false, error: { kind: 'network', message: 'Offline.', action: 'retry' }, invoiceCount: 0, requests: 0, mode: 'incremental', warnings: [] }] });
    expect(stores.sync.getState().byAccount.acc_gpu).toMatchObject({ phase: 'error', warnings: ['GPU Outlet sent an invoice status "frozen" …'] });
    expect(stores.sync.getState().byAccount.acc_vast).toMatchObject({ phase: 'error', lastError: { kind: 'server' } });
    await waitFor(() => expect(fake.callsOf('invoices:query').length).toBeGreaterThan(queries));
    stop();
    expect(fake.listenerCount('sync:progress')).toBe(0);
  });

  it('reloads coalesce: many inbox:changed events do not queue many queries', async () => {
    const fake = new FakeApi({ seed: 'workspace', now: clock });
    const { api, stores } = makeServices(fake);
    startApp(api, stores);
    await waitFor(() => expect(stores.inbox.getState().loadState).toBe('ready'));
    await waitFor(() => expect(fake.callsOf('invoices:facets').length).toBeGreaterThan(0));
    const before = fake.callsOf('invoices:facets').length;
    for (let i = 0; i < 10; i += 1) fake.emit('inbox:changed', { reason: 'sync' });
    await waitFor(() => expect(fake.callsOf('invoices:facets').length).toBeGreaterThan(before));
    await new Promise((r) => setTimeout(r, 50));
    // One reload for the first event and at most one more for all the others (each reload: rows, figures, facets).
    expect(fake.callsOf('invoices:facets').length - before).toBeLessThanOrEqual(2);
  });

  it('main is the one source of sync times: lastSyncedAt is main\'s, never the renderer\'s clock', async () => {
    const mainNow = clock() - 3 * 3_600_000;
    const fake = new FakeApi({ seed: 'workspace', now: () => mainNow });
    const { api, stores } = makeServices(fake);
    startApp(api, stores);
    await waitFor(() => expect(stores.accounts.getState().accounts).toHaveLength(5));
    await stores.sync.getState().start('acc_gpu');
    await waitFor(() => expect(stores.sync.getState().byAccount.acc_gpu).toMatchObject({ phase: 'ok', lastSyncedAt: new Date(mainNow).toISOString() }));
  });

  it('the reminders store is created and loaded with the others, and follows reminders:changed', async () => {
    const fake = new FakeApi({ seed: 'workspace', now: clock });
    const { api, stores } = makeServices(fake);
    startApp(api, stores);
    await waitFor(() => expect(stores.reminders.getState().loaded).toBe(true));
    const lists = fake.callsOf('reminders:list').length;
    fake.emit('reminders:changed', { reason: 'pause' });
    await waitFor(() => expect(fake.callsOf('reminders:list').length).toBeGreaterThan(lists));
  });
});


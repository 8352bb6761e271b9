import { describe, expect, it } from 'vitest';
import { AccountValidationError } from '../core/accounts/account-validation';
import { KeychainUnavailableError } from '../core/credentials/keychain-errors';
import { dispatch } from './dispatch';
import { createCommandService } from './handlers';
import { harness, invoiceFixture } from './test-support';

const SECRET = 'sid_super_secret_value_123';

describe('account handlers', () => {
  it('adds an account: the secret reaches the core once and never comes back', async () => {
    const h = harness();
    const handlers = createCommandService(h.deps).handlers;
    const result = await dispatch(handlers, 'accounts:add', { provider: 'gpuoutlet', label: ' Main ', baseUrl: null, secret: SECRET });
    expect(result.ok).toBe(true);
    expect(h.inbox.added[0]).toEqual({ provider: 'gpuoutlet', label: 'Main', baseUrl: null, secret: SECRET });
    expect(JSON.stringify(result)).not.toContain(SECRET);
    const list = await dispatch(handlers, 'accounts:list', {});
    expect(JSON.stringify(list)).not.toContain(SECRET);
    expect(JSON.stringify(h.events.emitted)).not.toContain(SECRET);
    expect(h.events.names()).toContain('inbox:changed');
  });

  it('lists AccountViews with the sync state (idle when the core has none)', async () => {
    const h = harness();
    await h.inbox.addAccount({ provider: 'vastai', label: 'A', baseUrl: null, secret: SECRET });
    await h.inbox.addAccount({ provider: 'commet', label: 'B', baseUrl: null, secret: SECRET });
    h.inbox.states = [{ accountId: 'acc2', phase: 'ok', progress: null, lastSyncedAt: '2026-06-15T10:00:00.000Z', lastError: null, warnings: [] }];
    const views = await createCommandService(h.deps).handlers['accounts:list']({});
    expect(views.map((view) => [view.id, view.sync.phase])).toEqual([
      ['acc1', 'idle'],
      ['acc2', 'ok'],
    ]);
    expect(Object.keys(views[0] ?? {}).sort()).toEqual(['baseUrl', 'createdAt', 'demo', 'id', 'label', 'provider', 'sync']);
  });

  it('tests a connection by id or with a new credential', async () => {
    const h = harness();
    const handlers = createCommandService(h.deps).handlers;
    expect(await handlers['accounts:test']({ id: 'acc1' })).toEqual({ ok: true, error: null, invoicesSeen: 7 });
    expect(await dispatch(handlers, 'accounts:test', { provider: 'onepin', baseUrl: null, secret: SECRET })).toMatchObject({ ok: true });
  });

  it('reports a missing keychain as keychain_unavailable', async () => {
    const h = harness();
    h.inbox.testError = new KeychainUnavailableError('no_secret_service', 'No keychain is available: install gnome-keyring.');
    const result = await dispatch(createCommandService(h.deps).handlers, 'accounts:add', { provider: 'gpuoutlet', label: 'x', baseUrl: null, secret: SECRET });
    expect(result).toEqual({ ok: false, error: { code: 'keychain_unavailable', message: 'No keychain is available: install gnome-keyring.' } });
  });

  it('removes an account (the core forgets its invoices, secret and PDFs) and announces it', async () => {
    const h = harness();
    await h.inbox.addAccount({ provider: 'gpuoutlet', label: 'x', baseUrl: null, secret: SECRET });
    await createCommandService(h.deps).handlers['accounts:remove']({ id: 'acc1' });
    expect(h.inbox.accounts).toHaveLength(0);
    expect(h.events.emitted.at(-1)).toEqual({ name: 'inbox:changed', payload: { reason: 'account_removed' } });
  });

  it('rate-limits connection tests with a raw secret (a burst of 5 a minute), never tests by id', async () => {
    const h = harness();
    let now = 0;
    h.deps.now = () => now;
    const handlers = createCommandService(h.deps).handlers;
    const raw = { provider: 'onepin', baseUrl: null, secret: SECRET } as const;
    for (let i = 0; i < 5; i += 1) expect(await dispatch(handlers, 'accounts:test', raw)).toMatchObject({ ok: true });
    const limited = await dispatch(handlers, 'accounts:test', raw);
    expect(limited).toEqual({ ok: false, error: { code: 'failed', message: 'Too many connection tests in a short time: wait a minute, then test again.' } });
    expect(await dispatch(handlers, 'accounts:test', { id: 'acc1' })).toMatchObject({ ok: true });
    now += 12_000;
    expect(await dispatch(handlers, 'accounts:test', raw)).toMatchObject({ ok: true });
    expect(await dispatch(handlers, 'accounts:test', raw)).toMatchObject({ ok: false });
  });

  it('passes forgetSecret through and names the field of an address refusal', async () => {
    const h = harness();
    await h.inbox.addAccount({ provider: 'commet', label: 'B', baseUrl: null, secret: SECRET });
    const handlers = createCommandService(h.deps).handlers;
    await dispatch(handlers, 'accounts:update', { id: 'acc1', baseUrl: 'https://commet.co/v2', forgetSecret: true });
    expect(h.inbox.patches.at(-1)).toEqual({ baseUrl: 'https://commet.co/v2', forgetSecret: true });
    h.inbox.testError = new AccountValidationError('baseUrl', 'Enter the API key again for the new address.');
    expect(await dispatch(handlers, 'accounts:add', { provider: 'commet', label: 'x', baseUrl: 'https://x.example', secret: SECRET })).toEqual({
      ok: false,
      error: { code: 'invalid_args', message: 'Enter the API key again for the new address.', field: 'baseUrl' },
    });
  });

  it('refuses a bad payload before the core sees it', async () => {
    const h = harness();
    const result = await dispatch(createCommandService(h.deps).handlers, 'accounts:add', { provider: 'paypal', label: 'x', baseUrl: null, secret: SECRET });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_args', field: 'provider' } });
    expect(h.inbox.added).toHaveLength(0);
  });
});

describe('invoice and app handlers', () => {
  it('queries a window of the inbox with its count and figures, and one invoice by id', async () => {
    const h = harness();
    await h.inbox.addAccount({ provider: 'gpuoutlet', label: 'x', baseUrl: null, secret: SECRET });
    h.inbox.invoices = [invoiceFixture('acc1', 1), invoiceFixture('acc1', 2, { status: 'paid', amountDue: 0, amountPaid: 1000 })];
    const handlers = createCommandService(h.deps).handlers;
    const result = await dispatch(handlers, 'invoices:query', { limit: 1 });
    expect(result).toMatchObject({ ok: true, value: { offset: 0, count: 2, rows: [{ id: 'acc1:in_1', state: 'open', payable: true }] } });
    expect(result.ok && (result.value as { aggregates: { byCurrency: unknown } }).aggregates.byCurrency).toEqual([{ currency: 'USD', count: 2, dueAmount: 1000, dueCount: 1, paidAmount: 1000, paidCount: 1 }]);
    expect(await dispatch(handlers, 'invoices:get', { invoiceId: 'acc1:in_2' })).toMatchObject({ ok: true, value: { state: 'paid', accountLabel: 'x', mark: null } });
    expect(await dispatch(handlers, 'invoices:get', { invoiceId: 'acc1:nope' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('answers app:info from the host and the network monitor', async () => {
    const h = harness();
    expect(await createCommandService(h.deps).handlers['app:info']({})).toEqual({
      host: 'web',
      version: '0.1.0',
      online: true,
      demo: false,
      tray: { available: false, reason: 'web host' },
      notices: [],
    });
  });

  it('updates settings and announces them', async () => {
    const h = harness();
    const handlers = createCommandService(h.deps).handlers;
    const updated = await handlers['settings:update']({ theme: 'dark' });
    expect(updated.theme).toBe('dark');
    expect(await handlers['settings:get']({})).toEqual(updated);
    expect(h.events.emitted.at(-1)).toEqual({ name: 'settings:changed', payload: updated });
  });

  it('never lets the page turn developer mode on (settings:update drops it)', async () => {
    const h = harness();
    const handlers = createCommandService(h.deps).handlers;
    const result = await dispatch(handlers, 'settings:update', { theme: 'dark', developerMode: true });
    expect(result).toMatchObject({ ok: true, value: { theme: 'dark', developerMode: false } });
    expect((await handlers['settings:get']({})).developerMode).toBe(false);
  });

  it('starts the demo through the background sync and leaves it', async () => {
    const h = harness();
    const handlers = createCommandService(h.deps).handlers;
    const views = await handlers['demo:start']({});
    expect(views).toHaveLength(1);
    expect(views[0]?.demo).toBe(true);
    expect(h.inbox.syncRequests).toHaveLength(1);
    expect(h.events.names()).toEqual(['sync:finished', 'inbox:changed', 'inbox:changed']);
    await handlers['demo:leave']({});
    expect(h.demo.left).toBe(1);
  });
});

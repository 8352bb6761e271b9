import { PROVIDER_IDS } from '../../src-shared/domain';
import { call, expect, invoke, invokeAndWaitFor, simAccount, test, waitForApi } from '../fixtures';

test.describe('web host', () => {
  test('loads with the token and exposes the API object; app:info says which host', async ({ page, host }) => {
    expect(await page.evaluate(() => typeof (window as unknown as { invoiceInbox?: unknown }).invoiceInbox)).toBe('object');
    const info = await call(page, 'app:info', {});
    expect(info.host).toBe(host.kind);
    expect(info.demo).toBe(false);
    expect(await call(page, 'accounts:list', {})).toEqual([]);
  });

  test('refuses API requests without the token in a header (401); the page itself holds no secret', async ({ host }) => {
    test.skip(host.kind !== 'web', 'the token guards the web host only');
    const page = await fetch(`${host.origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('set-cookie')).toBeNull();
    expect(await page.text()).not.toContain(host.token);
    expect((await fetch(`${host.origin}/api/invoke/app:info`, { method: 'POST', body: '{}' })).status).toBe(401);
    expect((await fetch(`${host.origin}/api/events`)).status).toBe(401);
    expect((await fetch(`${host.origin}/api/events?token=${host.token}`)).status).toBe(401);
    expect((await fetch(`${host.origin}/api/invoke/%`, { method: 'POST', body: '{}', headers: { 'x-invoice-inbox-token': host.token } })).status).toBe(400);
    const withToken = await fetch(`${host.origin}/api/invoke/app:info`, { method: 'POST', body: '{}', headers: { 'x-invoice-inbox-token': host.token } });
    expect(withToken.status).toBe(200);
    expect(await withToken.json()).toMatchObject({ ok: true, value: { host: 'web' } });
  });

  test('the token leaves the address bar and history at once, and no cookie is set', async ({ page, host }) => {
    test.skip(host.kind !== 'web', 'the token guards the web host only');
    expect(page.url()).not.toContain(host.token);
    expect(page.url()).toBe(`${host.origin}/`);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(await page.context().cookies()).toEqual([]);
    // A reload keeps working (the tab remembers the token) and events still arrive.
    await page.reload();
    await waitForApi(page);
    expect((await call(page, 'app:info', {})).host).toBe('web');
    expect(page.url()).not.toContain(host.token);
  });

  test('adds an account (secret to the keychain) and syncs it from the simulator', async ({ page, sim }) => {
    const { provider, baseUrl, secret } = simAccount(sim, 'opterius');
    const added = await invoke(page, 'accounts:add', { provider, label: 'Hosting', baseUrl, secret });
    test.skip(!added.ok && added.error.code === 'keychain_unavailable', 'no Secret Service: run inside e2e/keyring/with-secret-service.sh (npm run test:e2e does)');
    if (!added.ok) throw new Error(added.error.message);
    expect(JSON.stringify(added)).not.toContain(secret);
    const { payload } = await invokeAndWaitFor(page, 'sync:start', { accountId: added.value.id }, 'sync:finished');
    expect(payload.results).toMatchObject([{ accountId: added.value.id, ok: true, invoiceCount: 24 }]);
    expect((await call(page, 'invoices:query', { limit: 0 })).count).toBe(24);
    await call(page, 'accounts:remove', { id: added.value.id });
    expect(await call(page, 'accounts:list', {})).toEqual([]);
  });

  test('answers a bad payload with a typed error', async ({ page }) => {
    const result = await invoke(page, 'accounts:add', { provider: 'nope', label: 'x', baseUrl: null, secret: 's' } as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_args', field: 'provider' } });
  });
});

test.describe('demo workspace (--demo)', () => {
  test.use({ hostArgs: ['--demo'] });

  test('shows five demo accounts and their invoices after a sync', async ({ page, host }) => {
    const { result, payload } = await invokeAndWaitFor(page, 'sync:start', {}, 'sync:finished');
    expect(result.ok).toBe(true);
    expect(payload.results.every((entry) => entry.ok)).toBe(true);

    const accounts = await call(page, 'accounts:list', {});
    expect(accounts.map((account) => account.provider).sort()).toEqual([...PROVIDER_IDS].sort());
    expect(accounts.every((account) => account.demo && account.sync.phase === 'ok')).toBe(true);
    expect(JSON.stringify(accounts)).not.toMatch(/demo-[a-z]+-(sid|key|token)/);

    const inbox = await call(page, 'invoices:query', { limit: 500 });
    expect(inbox.count).toBeGreaterThan(200);
    expect(new Set(inbox.rows.map((row) => row.accountId)).size).toBe(5);
    expect((await call(page, 'app:info', {})).demo).toBe(true);

    // "Open link" is handed back to the page and recorded for tests; the page never sends the URL.
    const candidates = await Promise.all(inbox.rows.filter((row) => row.payable).slice(0, 20).map((row) => call(page, 'invoices:get', { invoiceId: row.id })));
    const payable = candidates.map((detail) => detail.invoice).find((invoice) => invoice.payUrl?.startsWith('https://'));
    if (!payable) throw new Error('the demo has no payable invoice');
    if (host.kind === 'web') {
      const opened = await invokeAndWaitFor(page, 'links:open', { invoiceId: payable.id, which: 'pay' }, 'links:opened');
      expect(opened.payload).toEqual({ invoiceId: payable.id, which: 'pay', url: payable.payUrl });
    } else {
      await call(page, 'links:open', { invoiceId: payable.id, which: 'pay' });
    }
    expect((await host.openedLinks()).map((link) => link.url)).toEqual([payable.payUrl]);
  });

  test('serves a demo invoice PDF', async ({ page }) => {
    const inbox = await call(page, 'invoices:query', { limit: 100 });
    const withPdf = inbox.rows.find((row) => row.hasPdf);
    if (!withPdf) throw new Error('the demo has no PDF');
    const pdf = await call(page, 'pdf:fetch', { invoiceId: withPdf.id });
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});

import { configError } from '../errors';
import { jsonResponse, makeRecords } from '../testing/fake-provider';
import { diskFullError } from '../testing/memory-stores';
import { createSyncHarness } from '../testing/sync-harness';
import { createSyncEngine } from './engine';
import type { SyncProgress } from '../../../src-shared/domain';

describe('sync engine: full runs', () => {
  it('reads cursor pages strictly in order and saves one snapshot', async () => {
    const h = createSyncHarness([{ id: 'a', style: 'cursor', records: makeRecords(25), latencyMs: 5 }]);
    const [result] = await h.engine.syncAccounts(h.accounts);
    expect(result).toEqual({ accountId: 'a', ok: true, error: null, invoiceCount: 25, requests: 3, mode: 'full', warnings: [] });
    const calls = h.provider('a').calls;
    expect(calls.map((c) => c.cursor)).toEqual([null, 'inv-16', 'inv-6']);
    expect(h.provider('a').maxInFlight).toBe(1);
    const saved = h.cache.peek('a');
    expect(saved).toMatchObject({ accountId: 'a', syncedAt: h.clock.iso() });
    expect(saved?.invoices.map((i) => i.providerInvoiceId)).toEqual(makeRecords(25).map((r) => r.id));
  });

  it('fetches page 1, then pages 2..N in parallel, bounded by pageConcurrency', async () => {
    const h = createSyncHarness([{ id: 'p', style: 'page', pageSize: 5, records: makeRecords(45), latencyMs: 10 }], { pageConcurrency: 4 });
    const [result] = await h.engine.syncAccounts(h.accounts);
    expect(result?.ok).toBe(true);
    expect(result?.requests).toBe(9);
    const { calls, maxInFlight } = h.provider('p');
    expect(calls[0]?.page).toBe(1);
    expect(calls[0]?.inFlightAtStart).toBe(1);
    // Pages 2..9 start only once page 1 has answered (10 ms of virtual latency), then overlap.
    const rest = calls.slice(1);
    expect(rest.map((c) => c.page).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    for (const call of rest) expect(call.at).toBeGreaterThanOrEqual((calls[0]?.at ?? 0) + 10);
    expect(maxInFlight).toBe(4);
    expect(Math.max(...rest.map((c) => c.inFlightAtStart))).toBe(4);
    expect(h.cache.peek('p')?.invoices).toHaveLength(45);
  });

  it('stops on a repeated cursor and saves nothing', async () => {
    const h = createSyncHarness([
      { id: 'a', style: 'cursor', records: makeRecords(40), rewrite: (call, body) => (call.cursor === 'inv-21' ? { ...body, next: 'inv-31' } : body) },
    ]);
    const [result] = await h.engine.syncAccounts(h.accounts);
    expect(result?.ok).toBe(false);
    expect(result?.error?.kind).toBe('bad_response');
    expect(result?.error?.message).toContain('GPU Outlet sent the same page twice (cursor repeated); sync stopped');
    expect(result?.requests).toBe(3);
    expect(h.cache.peek('a')).toBeNull();
  });

  it('refuses lists longer than maxPages (cursor and page styles)', async () => {
    const h = createSyncHarness(
      [
        { id: 'c', style: 'cursor', records: makeRecords(35) },
        { id: 'p', style: 'page', records: makeRecords(35) },
      ],
      { maxPages: 3 },
    );
    const [cursor, page] = await h.engine.syncAccounts(h.accounts);
    expect(cursor?.error?.kind).toBe('bad_response');
    expect(cursor?.error?.message).toContain('after 3 pages');
    expect(cursor?.requests).toBe(3);
    expect(page?.error?.kind).toBe('bad_response');
    expect(page?.requests).toBe(1);
    expect(h.cache.saved).toHaveLength(0);
  });

  it('deduplicates an invoice served on two pages: the later page copy wins', async () => {
    const records = makeRecords(20);
    const h = createSyncHarness([
      {
        id: 'p',
        style: 'page',
        records,
        // inv-11 (last of page 1) shows up again at the top of page 2, paid in the meantime.
        rewrite: (call, body) =>
          call.page === 2 ? { ...body, items: [{ ...records[9], status: 'void' }, ...(body.items as unknown[])] } : body,
      },
    ]);
    const [result] = await h.engine.syncAccounts(h.accounts);
    expect(result?.invoiceCount).toBe(20);
    const invoices = h.cache.peek('p')?.invoices ?? [];
    expect(new Set(invoices.map((i) => i.id)).size).toBe(20);
    const dup = invoices.find((i) => i.providerInvoiceId === 'inv-11');
    expect(dup?.status).toBe('void');
    expect(invoices.indexOf(dup as never)).toBe(9);
  });

  it('reports progress after each page', async () => {
    const h = createSyncHarness([{ id: 'a', style: 'cursor', records: makeRecords(25) }]);
    const events: SyncProgress[] = [];
    await h.engine.syncAccounts(h.accounts, { onProgress: (p) => events.push(p) });
    expect(events).toEqual([
      { accountId: 'a', pagesDone: 1, invoicesSoFar: 10, total: 25 },
      { accountId: 'a', pagesDone: 2, invoicesSoFar: 20, total: 25 },
      { accountId: 'a', pagesDone: 3, invoicesSoFar: 25, total: 25 },
    ]);
  });

  it('syncs accounts concurrently, at most accountConcurrency at once', async () => {
    const specs = Array.from({ length: 7 }, (_, i) => ({ id: `a${i}`, style: 'cursor' as const, records: makeRecords(3), latencyMs: 10 }));
    const h = createSyncHarness(specs, { accountConcurrency: 3 });
    const results = await h.engine.syncAccounts(h.accounts);
    expect(results.map((r) => r.accountId)).toEqual(specs.map((s) => s.id));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(h.network.maxInFlight).toBe(3);
  });
});

describe('sync engine: failures', () => {
  it('saves nothing for an account whose page 2 fails, and still saves the others', async () => {
    let failNow = false;
    const h = createSyncHarness([
      { id: 'bad', style: 'cursor', records: makeRecords(25), fault: (call) => (failNow && call.cursor !== null ? jsonResponse({ error: 'unauthorized' }, 401) : undefined) },
      { id: 'good', style: 'page', records: makeRecords(12) },
    ]);
    await h.engine.syncAccounts(h.accounts);
    const before = structuredClone(h.cache.peek('bad'));
    failNow = true;
    h.provider('bad').records = makeRecords(30);
    h.provider('good').records = makeRecords(14);
    h.clock.setNow(h.clock.now() + 3_600_000);
    const [bad, good] = await h.engine.syncAccounts(h.accounts, { full: true });
    expect(bad).toMatchObject({ ok: false, invoiceCount: 0, requests: 2, error: { kind: 'auth', action: 'reenter_credential' } });
    expect(h.cache.peek('bad')).toEqual(before);
    expect(good).toMatchObject({ ok: true, invoiceCount: 14 });
    expect(h.cache.peek('good')?.syncedAt).toBe(h.clock.iso());
  });

  it('fails fast across parallel pages and keeps nothing from the run', async () => {
    const h = createSyncHarness(
      [{ id: 'p', style: 'page', pageSize: 5, records: makeRecords(50), latencyMs: 10, fault: (call) => (call.page === 3 ? jsonResponse({}, 404) : undefined) }],
      { pageConcurrency: 3 },
    );
    const [result] = await h.engine.syncAccounts(h.accounts);
    expect(result?.error?.kind).toBe('config');
    expect(result?.requests).toBeLessThan(10);
    expect(h.provider('p').inFlight).toBe(0);
    expect(h.cache.saved).toHaveLength(0);
  });

  it('reports a disk-full save as a storage error and keeps the previous snapshot', async () => {
    const h = createSyncHarness([{ id: 'a', style: 'cursor', label: 'Ops GPUs', records: makeRecords(5) }]);
    await h.engine.syncAccounts(h.accounts);
    const before = structuredClone(h.cache.peek('a'));
    h.cache.failSaves = { accountIds: '*', error: diskFullError() };
    h.provider('a').records = makeRecords(6);
    const [result] = await h.engine.syncAccounts(h.accounts);
    expect(result?.ok).toBe(false);
    expect(result?.error).toEqual({
      kind: 'storage',
      message: 'Could not save invoices for Ops GPUs: the disk is full. Free some space on the disk, then sync again; your previous invoices are kept.',
      action: 'free_disk',
    });
    expect(h.cache.peek('a')).toEqual(before);
  });

  it('reports a missing credential as auth without any request', async () => {
    const h = createSyncHarness([{ id: 'a', style: 'cursor', label: 'Main GPUs', records: makeRecords(5), secret: null }]);
    const [result] = await h.engine.syncAccounts(h.accounts);
    expect(result).toMatchObject({ ok: false, requests: 0, error: { kind: 'auth', message: 'No credential stored for Main GPUs: enter it again.' } });
  });

  it('reports a missing base URL as a config error', async () => {
    const h = createSyncHarness([{ id: 'a', style: 'page', records: makeRecords(5) }]);
    const engine = createSyncEngine({
      connectors: () => {
        throw new Error('unused');
      },
      credentials: h.credentials,
      cache: h.cache,
      fetch: () => Promise.reject(new Error('unused')),
      clock: h.clock,
      resolveBaseUrl: () => {
        throw configError('Opterius needs its portal address: add it in the account settings.');
      },
    });
    const [result] = await engine.syncAccounts(h.accounts);
    expect(result?.error?.kind).toBe('config');
  });

  it('stops promptly on cancellation: kind cancelled, nothing saved, no retries', async () => {
    const controller = new AbortController();
    const h = createSyncHarness([
      { id: 'a', style: 'cursor', records: makeRecords(25), fault: (call) => (call.cursor !== null ? (queueMicrotask(() => controller.abort()), 'hang') : undefined) },
      { id: 'b', style: 'page', records: makeRecords(25), latencyMs: 50 },
    ]);
    const results = await h.engine.syncAccounts(h.accounts, { signal: controller.signal });
    expect(results.map((r) => r.error?.kind)).toEqual(['cancelled', 'cancelled']);
    expect(results[0]?.requests).toBe(2);
    expect(h.cache.saved).toHaveLength(0);
    expect(h.network.inFlight).toBe(0);
  });

  it('makes no request when cancelled before it starts', async () => {
    const controller = new AbortController();
    controller.abort();
    const h = createSyncHarness([{ id: 'a', style: 'cursor', records: makeRecords(5) }]);
    const [result] = await h.engine.syncAccounts(h.accounts, { signal: controller.signal });
    expect(result).toMatchObject({ ok: false, requests: 0, error: { kind: 'cancelled' } });
  });
});

describe('testConnection', () => {
  it('fetches the first page only and saves nothing', async () => {
    const h = createSyncHarness([{ id: 'a', style: 'cursor', records: makeRecords(25) }]);
    const account = h.accounts[0];
    if (!account) throw new Error('no account');
    const result = await h.engine.testConnection(account, 'typed-secret');
    expect(result).toEqual({ accountId: 'a', ok: true, error: null, invoiceCount: 25, requests: 1, mode: 'full', warnings: [] });
    expect(h.provider('a').calls[0]?.headers.authorization).toBe('Bearer typed-secret');
    expect(h.cache.saved).toHaveLength(0);
  });

  it('refuses a blank secret without any request', async () => {
    const h = createSyncHarness([{ id: 'a', style: 'cursor', label: 'Main GPUs', records: makeRecords(5) }]);
    const account = h.accounts[0];
    if (!account) throw new Error('no account');
    const result = await h.engine.testConnection(account, '  ');
    expect(result).toMatchObject({ ok: false, requests: 0, error: { kind: 'auth', message: 'No credential stored for Main GPUs: enter it again.' } });
  });

  it('classifies a rejected credential', async () => {
    const h = createSyncHarness([{ id: 'a', style: 'page', records: makeRecords(5), fault: () => jsonResponse({ message: 'Unauthenticated.' }, 401) }]);
    const account = h.accounts[0];
    if (!account) throw new Error('no account');
    const result = await h.engine.testConnection(account, 'wrong');
    expect(result).toMatchObject({ ok: false, requests: 1, error: { kind: 'auth' } });
  });
});

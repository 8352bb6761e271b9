import { invoiceStateAt } from '../../../src-shared/domain';
import type { TestRecord } from '../testing/test-connector';
import { makeRecords } from '../testing/fake-provider';
import { createSyncHarness, type SyncHarness } from '../testing/sync-harness';

const HISTORY = 2000;
const PAGE = 100;
const DAY = 86_400_000;

/** inv-1850 sits on page 2 of a newest-first list of 2000 (index 150). */
const OPEN_ID = 'inv-1850';

async function synced(style: 'cursor' | 'page', records: TestRecord[] = makeRecords(HISTORY)): Promise<SyncHarness> {
  const h = createSyncHarness([{ id: 'a', style, pageSize: PAGE, records }]);
  const [first] = await h.engine.syncAccounts(h.accounts);
  expect(first).toMatchObject({ ok: true, mode: 'full', requests: HISTORY / PAGE, invoiceCount: records.length });
  h.clock.setNow(h.clock.now() + 3_600_000);
  return h;
}

function cachedIds(h: SyncHarness): string[] {
  return (h.cache.peek('a')?.invoices ?? []).map((i) => i.providerInvoiceId);
}

describe.each(['cursor', 'page'] as const)('incremental re-sync (%s pagination)', (style) => {
  it('re-syncs an unchanged 2,000-invoice account with 1 request', async () => {
    const h = await synced(style);
    const [result] = await h.engine.syncAccounts(h.accounts);
    expect(result).toEqual({ accountId: 'a', ok: true, error: null, invoiceCount: HISTORY, requests: 1, mode: 'incremental', warnings: [] });
    expect(h.cache.peek('a')?.syncedAt).toBe(h.clock.iso());
    expect(cachedIds(h)).toEqual(makeRecords(HISTORY).map((r) => r.id));
  });

  it('picks up one new invoice with 1 request', async () => {
    const h = await synced(style);
    const fresh: TestRecord = { id: 'inv-new', status: 'open', total: 4200, issuedAt: new Date(h.clock.now()).toISOString() };
    h.provider('a').records = [fresh, ...makeRecords(HISTORY)];
    const [result] = await h.engine.syncAccounts(h.accounts);
    expect(result).toMatchObject({ ok: true, requests: 1, mode: 'incremental', invoiceCount: HISTORY + 1 });
    expect(cachedIds(h)[0]).toBe('inv-new');
    expect(new Set(cachedIds(h)).size).toBe(HISTORY + 1);
  });

  it('reads one more page when a whole page is new', async () => {
    const h = await synced(style);
    const news = makeRecords(150, { newestIso: new Date(h.clock.now() + 200 * DAY).toISOString() }).map((r) => ({ ...r, id: `new-${r.id}` }));
    h.provider('a').records = [...news, ...makeRecords(HISTORY)];
    const [result] = await h.engine.syncAccounts(h.accounts);
    expect(result).toMatchObject({ ok: true, requests: 2, mode: 'incremental', invoiceCount: HISTORY + 150 });
  });

  it('refreshes an open invoice that was paid, reading down to it', async () => {
    const statusOf = (paidNow: boolean) => (n: number) => (`inv-${n}` === OPEN_ID && !paidNow ? 'open' : 'paid') as TestRecord['status'];
    const h = await synced(style, makeRecords(HISTORY, { statusOf: statusOf(false) }));
    expect(h.cache.peek('a')?.invoices.find((i) => i.providerInvoiceId === OPEN_ID)?.status).toBe('open');
    h.provider('a').records = makeRecords(HISTORY, { statusOf: statusOf(true) });
    const [result] = await h.engine.syncAccounts(h.accounts);
    expect(result).toMatchObject({ ok: true, requests: 2, mode: 'incremental', invoiceCount: HISTORY });
    expect(h.cache.peek('a')?.invoices.find((i) => i.providerInvoiceId === OPEN_ID)?.status).toBe('paid');
  });

  it('falls back to a full read when an open invoice has vanished from the list', async () => {
    const open = (n: number): TestRecord['status'] => (`inv-${n}` === OPEN_ID ? 'open' : 'paid');
    const h = await synced(style, makeRecords(HISTORY, { statusOf: open }));
    h.provider('a').records = makeRecords(HISTORY, { statusOf: open }).filter((r) => r.id !== OPEN_ID);
    const [result] = await h.engine.syncAccounts(h.accounts);
    expect(result).toMatchObject({ ok: true, mode: 'full', invoiceCount: HISTORY - 1 });
    expect(result?.requests).toBe(HISTORY / PAGE);
    expect(cachedIds(h)).not.toContain(OPEN_ID);
  });

  it('does not count an open invoice turning overdue with time as a change', async () => {
    const h = await synced(style, makeRecords(HISTORY, { statusOf: (n) => (n === HISTORY ? 'open' : 'paid'), dueInDays: 10 }));
    expect(h.cache.peek('a')?.invoices[0]?.status).toBe('open');
    h.clock.setNow(h.clock.now() + 30 * DAY);
    const [result] = await h.engine.syncAccounts(h.accounts);
    expect(result).toMatchObject({ ok: true, requests: 1, mode: 'incremental' });
    // The snapshot keeps the provider's word; overdue is decided when shown (invoiceState).
    const invoice = h.cache.peek('a')?.invoices[0];
    expect(invoice?.status).toBe('open');
    expect(invoice && invoiceStateAt(invoice, h.clock.now(), 'UTC').state).toBe('overdue');
  });

  it('refetches everything with full', async () => {
    const h = await synced(style);
    const [result] = await h.engine.syncAccounts(h.accounts, { full: true });
    expect(result).toMatchObject({ ok: true, requests: HISTORY / PAGE, mode: 'full', invoiceCount: HISTORY });
  });
});

describe('incremental re-sync details', () => {
  it('replaces a changed invoice on page 1 and keeps the older cached ones', async () => {
    const h = await synced('cursor');
    const records = makeRecords(HISTORY);
    const changed = records[3];
    if (!changed) throw new Error('no record');
    records[3] = { ...changed, total: 99_999, updatedAt: new Date(h.clock.now()).toISOString() };
    h.provider('a').records = records;
    const [result] = await h.engine.syncAccounts(h.accounts);
    expect(result).toMatchObject({ requests: 1, mode: 'incremental', invoiceCount: HISTORY });
    const invoices = h.cache.peek('a')?.invoices ?? [];
    expect(invoices.find((i) => i.providerInvoiceId === changed.id)?.total).toBe(99_999);
    expect(invoices.map((i) => i.providerInvoiceId)).toEqual(records.map((r) => r.id));
  });

  it('reads on while a page holds no unchanged cached invoice', async () => {
    const h = await synced('page');
    const touched = new Date(h.clock.now()).toISOString();
    h.provider('a').records = makeRecords(HISTORY).map((r, i) => (i < PAGE ? { ...r, updatedAt: touched } : r));
    const [result] = await h.engine.syncAccounts(h.accounts);
    expect(result).toMatchObject({ requests: 2, mode: 'incremental' });
  });
});

import { EMPTY_FILTER } from '../../../src-shared/domain';
import { openMemoryStore } from './sqlite-store';
import { account, bill, syncAll, T0, utc } from './test-support';

function setup() {
  const store = openMemoryStore();
  store.accounts.insert(account('a'));
  store.accounts.insert(account('b'));
  return store;
}

describe('saving a sync (one account, one transaction)', () => {
  it('writes every row the first time, then only what changed', () => {
    const store = setup();
    const invoices = Array.from({ length: 50 }, (_, n) => bill('a', n));
    expect(syncAll(store, 'a', invoices)).toEqual({ outcome: 'saved', written: 50, deleted: 0, invoiceCount: 50 });
    const later = '2026-06-16T12:00:00.000Z';
    expect(syncAll(store, 'a', invoices, later)).toEqual({ outcome: 'saved', written: 0, deleted: 0, invoiceCount: 50 });
    expect(store.syncState.get('a')).toMatchObject({ syncedAt: later, fetchStartedAt: later });
    const changed = invoices.map((invoice, n) => (n === 7 ? { ...invoice, status: 'paid' as const, amountDue: 0 } : invoice));
    expect(syncAll(store, 'a', changed, '2026-06-17T12:00:00.000Z')).toMatchObject({ written: 1 });
    expect(store.invoices.get('a:in_7')).toMatchObject({ status: 'paid', amountDue: 0 });
    expect(store.invoices.get('a:in_7')?.lineItems).toEqual(invoices[7]?.lineItems);
  });

  it('an unchanged re-sync writes one row in the whole database: the sync time', () => {
    const store = setup();
    const invoices = Array.from({ length: 50 }, (_, n) => bill('a', n));
    const before = store.writtenRows();
    syncAll(store, 'a', invoices);
    // Each invoice is an invoice row, a line item and a search row, at least.
    expect(store.writtenRows() - before).toBeGreaterThan(150);
    const again = store.writtenRows();
    syncAll(store, 'a', invoices, '2026-06-16T12:00:00.000Z');
    expect(store.writtenRows() - again).toBe(1);
  });

  it('a re-signed pay link is written (the row changed) without counting as new content', () => {
    const store = setup();
    syncAll(store, 'a', [bill('a', 1)]);
    const digest = store.invoices.digests('a')[0];
    expect(syncAll(store, 'a', [bill('a', 1, { payUrl: 'https://pay.example.com/1?sig=2' })], '2026-06-16T00:00:00.000Z')).toMatchObject({ written: 1 });
    expect(store.invoices.digests('a')[0]?.contentHash).toBe(digest?.contentHash);
  });

  it('a complete list removes what the provider no longer lists; a partial one keeps it', () => {
    const store = setup();
    syncAll(store, 'a', [bill('a', 1), bill('a', 2), bill('a', 3)]);
    const partial = store.invoices.commitSync({ accountId: 'a', fetchStartedAt: '2026-06-16T00:00:00.000Z', finishedAt: '2026-06-16T00:00:01.000Z', invoices: [bill('a', 4)], complete: false, warnings: [] });
    expect(partial).toMatchObject({ written: 1, deleted: 0, invoiceCount: 4 });
    expect(syncAll(store, 'a', [bill('a', 4)], '2026-06-17T00:00:00.000Z')).toMatchObject({ written: 0, deleted: 3, invoiceCount: 1 });
    expect(store.invoices.ids('a')).toEqual(['a:in_4']);
  });

  it("never writes another account's invoice, nor one twice", () => {
    const store = setup();
    const result = syncAll(store, 'a', [bill('a', 1), bill('a', 1, { total: 5 }), bill('b', 2)]);
    expect(result).toMatchObject({ written: 1, invoiceCount: 1 });
    expect(store.invoices.count('b')).toBe(0);
  });

  it('a sync that started before the last saved one is discarded, and says so', () => {
    const store = setup();
    syncAll(store, 'a', [bill('a', 1, { status: 'paid', amountDue: 0 })], '2026-06-16T10:00:00.000Z');
    const late = store.invoices.commitSync({ accountId: 'a', fetchStartedAt: '2026-06-16T09:59:00.000Z', finishedAt: '2026-06-16T10:05:00.000Z', invoices: [bill('a', 1)], complete: true, warnings: [] });
    expect(late).toEqual({ outcome: 'superseded', invoiceCount: 1 });
    expect(store.invoices.get('a:in_1')?.status).toBe('paid');
  });

  it('the sync of an account removed meanwhile is discarded', () => {
    const store = setup();
    store.accounts.remove('b');
    expect(syncAll(store, 'b', [bill('b', 1)])).toEqual({ outcome: 'account_removed' });
    expect(store.invoices.count()).toBe(0);
  });

  it('removing an account removes its invoices, line items, search rows, sync state and marks in one go', () => {
    const store = setup();
    syncAll(store, 'a', [bill('a', 1)]);
    store.userData.updateMark('a:in_1', 'a', { muted: true }, { at: T0, by: 'me', action: 'muted', detail: null });
    store.userData.setAccountMuted('a', true, T0);
    expect(store.accounts.remove('a')).toBe(true);
    expect(store.invoices.count()).toBe(0);
    expect(store.userData.marks()).toEqual([]);
    expect(store.userData.events('a:in_1')).toEqual([]);
    expect(store.userData.mutedAccounts()).toEqual([]);
    expect(store.syncState.get('a')).toBeNull();
    expect(store.inbox.count({ ...EMPTY_FILTER, search: 'compute' }, utc('2026-06-15'))).toBe(0);
  });

  it('keeps the last warnings of a partial sync and replaces them on a complete one', () => {
    const store = setup();
    store.invoices.commitSync({ accountId: 'a', fetchStartedAt: T0, finishedAt: T0, invoices: [bill('a', 1)], complete: true, warnings: ['old word'] });
    store.invoices.commitSync({ accountId: 'a', fetchStartedAt: '2026-06-16T00:00:00.000Z', finishedAt: '2026-06-16T00:00:00.000Z', invoices: [], complete: false, warnings: ['new word'] });
    expect(store.syncState.get('a')?.warnings).toEqual(['old word', 'new word']);
    syncAll(store, 'a', [bill('a', 1)], '2026-06-17T00:00:00.000Z');
    expect(store.syncState.get('a')?.warnings).toEqual([]);
  });
  it('keeps the possible-duplicate flags in step: a paid status leaves them, a new number ends them', () => {
    const store = setup();
    // The same bill in two accounts (same number, total and currency, another provider id).
    syncAll(store, 'a', [bill('a', 1, { number: 'INV-9' })]);
    syncAll(store, 'b', [bill('b', 2, { number: 'INV-9', total: 1001 })]);
    expect(store.inbox.duplicatePairs()).toEqual(new Map([['b:in_2', 'a:in_1']]));
    const later = '2026-06-16T12:00:00.000Z';
    syncAll(store, 'b', [bill('b', 2, { number: 'INV-9', total: 1001, status: 'paid', amountDue: 0 })], later);
    expect(store.inbox.duplicatePairs()).toEqual(new Map([['b:in_2', 'a:in_1']]));
    syncAll(store, 'b', [bill('b', 2, { number: 'INV-10', total: 1001 })], '2026-06-17T12:00:00.000Z');
    expect(store.inbox.duplicatePairs()).toEqual(new Map());
  });
});

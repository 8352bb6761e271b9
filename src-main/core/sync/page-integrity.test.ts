import type { PageResult } from '../connectors/types';
import { isUserFacingError } from '../errors';
import { makeRecords, type FakeCall } from '../testing/fake-provider';
import { createSyncHarness } from '../testing/sync-harness';
import { PageIntegrity } from './page-integrity';

const PAGE = 10;
const COUNT = 35;
type Rewrite = (call: FakeCall, body: Record<string, unknown>) => Record<string, unknown>;

/**
 * One Opterius-like account synced once while the server behaves; then the server starts misbehaving
 * (`rewrite`) and a new invoice arrives, and it is synced again. The oldest invoice is open, so an
 * incremental run has to read every page too.
 */
async function syncedTwice(misbehave: (records: () => unknown[]) => Rewrite, full: boolean) {
  let rewrite: Rewrite | null = null;
  const h = createSyncHarness([
    {
      id: 'p',
      style: 'page',
      pageSize: PAGE,
      records: makeRecords(COUNT, { statusOf: (n) => (n === 1 ? 'open' : 'paid') }),
      rewrite: (call, body) => (rewrite === null ? body : rewrite(call, body)),
    },
  ]);
  const [first] = await h.engine.syncAccounts(h.accounts);
  expect(first?.ok).toBe(true);
  const before = h.cache.peek('p');
  const provider = h.provider('p');
  provider.records = [{ id: 'inv-new', status: 'open', total: 999, currency: 'USD', issuedAt: '2026-06-20T10:00:00.000Z', dueAt: null }, ...provider.records];
  rewrite = misbehave(() => provider.records.slice(0, PAGE));
  const [second] = await h.engine.syncAccounts(h.accounts, { full });
  return { h, before, second };
}

/** A server that ignores ?page= and answers page 1; with `honest`, its meta says page 1 too. */
const ignoresPage =
  (honest: boolean) =>
  (firstPage: () => unknown[]): Rewrite =>
  (call, body) =>
    call.page === 1 ? body : { ...body, items: firstPage(), ...(honest ? { page: 1 } : {}) };

describe('page-numbered integrity (fake provider)', () => {
  it('fails the account when the server ignores ?page= and says so, and keeps the last good invoices', async () => {
    for (const full of [true, false]) {
      const { h, before, second } = await syncedTwice(ignoresPage(true), full);
      expect(second?.ok, `full=${full}`).toBe(false);
      expect(second?.error).toMatchObject({ kind: 'bad_response', action: 'contact_provider' });
      expect(second?.error?.message).toMatch(/^Opterius returned page 1 when page \d was asked for; the sync was stopped and your last good invoices are kept\./);
      expect(h.cache.peek('p')).toEqual(before);
    }
  });

  it('fails the account when pages repeat page 1 while claiming to be the page asked for', async () => {
    const { h, before, second } = await syncedTwice(ignoresPage(false), true);
    expect(second?.ok).toBe(false);
    expect(second?.error?.message).toBe(
      'Opterius said it has 36 invoices but its pages held 10 different ones; the sync was stopped and your last good invoices are kept. Sync again; if it persists, contact Opterius.',
    );
    expect(h.cache.peek('p')).toEqual(before);
  });

  it('fails the account when the reported total or page count changes between pages', async () => {
    const total = await syncedTwice(() => (call, body) => (call.page === 3 ? { ...body, total: 37 } : body), true);
    expect(total.second?.error?.message).toContain('Opterius changed how many invoices it has while Invoice Inbox read them (page 1 said 36, page 3 said 37)');
    expect(total.h.cache.peek('p')).toEqual(total.before);
    const pages = await syncedTwice(() => (call, body) => (call.page === 2 ? { ...body, pageCount: 5 } : body), true);
    expect(pages.second?.error?.message).toContain('(page 1 said 4, page 2 said 5)');
    expect(pages.h.cache.peek('p')).toEqual(pages.before);
  });

  it('still saves a list whose pages agree, a duplicate across pages included', async () => {
    const records = makeRecords(COUNT);
    const h = createSyncHarness([
      {
        id: 'p',
        style: 'page',
        pageSize: PAGE,
        records,
        rewrite: (call, body) => (call.page === 2 ? { ...body, items: [records[PAGE - 1], ...(body.items as unknown[])] } : body),
      },
    ]);
    const [result] = await h.engine.syncAccounts(h.accounts);
    expect(result).toMatchObject({ ok: true, invoiceCount: COUNT });
  });
});

describe('PageIntegrity', () => {
  const page = (patch: Partial<PageResult>): PageResult => ({ invoices: [], next: null, total: 20, pageCount: 2, ...patch });

  it('passes pages that say nothing about themselves, and checks what they do say', () => {
    const check = new PageIntegrity('Opterius');
    expect(check.check(1, page({ reportedPage: undefined }))).toBeDefined();
    expect(check.check(2, page({ total: null, pageCount: null, reportedPage: null }))).toBeDefined();
    check.checkComplete(20);
    const error = (() => {
      try {
        check.checkComplete(19);
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(isUserFacingError(error) && error.info.message).toContain('said it has 20 invoices but its pages held 19 different ones');
  });

  it('checks nothing at the end when the provider gives no total', () => {
    const check = new PageIntegrity('Opterius');
    check.check(1, page({ total: null }));
    expect(() => check.checkComplete(3)).not.toThrow();
  });
});

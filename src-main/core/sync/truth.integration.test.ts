/**
 * The defects of "the numbers finance trusts", each against the provider simulator on loopback with
 * the real engine, connectors and fetch: pages that are not the page asked for, repeated cursors,
 * unknown status words, and ledger records that are not bills.
 */
import type { ProviderId } from '../../../src-shared/domain';
import { isPayable, PROVIDER_IDS } from '../../../src-shared/domain';
import { idOf } from '../../simulator';
import { startSimulator, type Simulator } from '../../simulator/testing';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryCredentialStore } from '../testing/memory-stores';
import { openTestInbox } from '../testing/test-workspace';
import { createSimEngine, type SimEngine } from '../testing/sim-engine';

const NOW = Date.parse('2026-06-15T12:00:00.000Z');
/** Opterius pages of 100: three pages, as in the report (300 invoices dropping to 100). */
const COUNT = 300;

let sim: Simulator;
let it$: SimEngine;

const secretOf = (provider: ProviderId): string => `truth-secret-${provider}`;

beforeAll(async () => {
  sim = await startSimulator({
    now: NOW,
    tenants: PROVIDER_IDS.map((provider, i) => ({ provider, secret: secretOf(provider), invoiceCount: COUNT, seed: 41 + i })),
  });
});

afterAll(async () => {
  await sim.close();
});

beforeEach(() => {
  sim.faults.clear();
  sim.resetRateLimits();
  it$ = createSimEngine({ baseUrl: (p) => sim.baseUrl(p), secretOf, nowMs: NOW });
});

/**
 * A first good sync. An old invoice (page 3) is made open first, so that an incremental re-sync must
 * read every page again to see it (it stops early otherwise, and never meets a broken page 2).
 */
async function syncedOnce(provider: ProviderId) {
  const old = sim.invoices(provider, secretOf(provider))[250];
  if (old === undefined) throw new Error('the tenant is too small');
  sim.setStatus(provider, secretOf(provider), idOf(provider, old), 'open');
  const [first] = await it$.engine.syncAccounts([it$.account(provider)]);
  expect(first, provider).toMatchObject({ ok: true, invoiceCount: COUNT });
  return structuredClone(it$.cache.peek(`acc-${provider}`));
}

describe('page-numbered integrity against the simulator', () => {
  it('Opterius ignoring ?page= fails the account, full or incremental, and the 300 invoices stay', async () => {
    const before = await syncedOnce('opterius');
    sim.faults.add({ provider: 'opterius', kind: 'ignorePage' });
    for (const full of [false, true]) {
      const [result] = await it$.engine.syncAccounts([it$.account('opterius')], { full });
      expect(result, `full=${full}`).toMatchObject({ ok: false, invoiceCount: 0, error: { kind: 'bad_response' } });
      expect(result?.error?.message).toBe(
        'Opterius returned page 1 when page 2 was asked for; the sync was stopped and your last good invoices are kept. Sync again later; if it persists, contact Opterius.',
      );
      expect(it$.cache.peek('acc-opterius')).toEqual(before);
      expect(it$.cache.peek('acc-opterius')?.invoices).toHaveLength(COUNT);
    }
    sim.faults.clear();
    const [healed] = await it$.engine.syncAccounts([it$.account('opterius')]);
    expect(healed).toMatchObject({ ok: true, invoiceCount: COUNT });
  });

  it('Opterius serving page 1 again under the page number asked for is caught too (the loop guard for page numbers)', async () => {
    const before = await syncedOnce('opterius');
    sim.faults.add({ provider: 'opterius', kind: 'repeatingCursor' });
    const [result] = await it$.engine.syncAccounts([it$.account('opterius')], { full: true });
    expect(result).toMatchObject({ ok: false, error: { kind: 'bad_response' } });
    expect(result?.error?.message).toBe(
      `Opterius said it has ${COUNT} invoices but its pages held 100 different ones; the sync was stopped and your last good invoices are kept. Sync again; if it persists, contact Opterius.`,
    );
    expect(it$.cache.peek('acc-opterius')).toEqual(before);
  });
});

describe('cursor loop guard against the simulator', () => {
  it.each(['gpuoutlet', 'vastai', 'onepin', 'commet'] as const)('%s repeating a cursor fails the account and keeps the last good invoices', async (provider) => {
    const before = await syncedOnce(provider);
    sim.faults.add({ provider, kind: 'repeatingCursor' });
    for (const full of [true, false]) {
      const [result] = await it$.engine.syncAccounts([it$.account(provider)], { full });
      expect(result, `full=${full}`).toMatchObject({ ok: false, invoiceCount: 0, error: { kind: 'bad_response' } });
      expect(result?.error?.message).toContain('sent the same page twice (cursor repeated); sync stopped to avoid an endless loop');
      // Stopped as soon as a cursor came back, not after thousands of pages.
      expect(result?.requests).toBeLessThanOrEqual(4);
      expect(it$.cache.peek(`acc-${provider}`)).toEqual(before);
    }
  });
});

describe('unknown statuses and kinds against the simulator', () => {
  it('GPU Outlet "frozen": never open, never due, the word named in the account warning', async () => {
    const wire = sim.invoices('gpuoutlet', secretOf('gpuoutlet'));
    sim.faults.add({ provider: 'gpuoutlet', kind: 'schemaDrift', change: 'unknownStatus', allItems: true });
    const [result] = await it$.engine.syncAccounts([it$.account('gpuoutlet')]);
    expect(result).toMatchObject({ ok: true, invoiceCount: wire.length });
    const invoices = it$.cache.peek('acc-gpuoutlet')?.invoices ?? [];
    expect(invoices.every((i) => i.rawStatus === 'frozen')).toBe(true);
    // A paid time or nothing to pay settles the word; the rest is unknown.
    const settled = wire.filter((w) => w.paidAt !== null || w.amountCents === 0).length;
    expect(invoices.filter((i) => i.status === 'paid')).toHaveLength(settled);
    expect(invoices.filter((i) => i.status === 'unknown')).toHaveLength(wire.length - settled);
    expect(invoices.filter(isPayable)).toEqual([]);
    expect(result?.warnings).toEqual([
      `GPU Outlet sent an invoice status "frozen" that Invoice Inbox does not know; ${wire.length - settled} invoices with it are shown as Unknown and not counted as due.`,
    ]);
  });

  it('Vast.ai: card top-ups, crypto credit purchases, received credits, reservations and refunds are never due', async () => {
    const wire = sim.invoices('vastai', secretOf('vastai'));
    const [result] = await it$.engine.syncAccounts([it$.account('vastai')]);
    expect(result).toMatchObject({ ok: true, warnings: [] });
    const invoices = it$.cache.peek('acc-vastai')?.invoices ?? [];
    expect(invoices.filter(isPayable)).toEqual([]);
    const kindOf = new Map(invoices.map((i) => [i.providerInvoiceId, i.kind]));
    const expected = { credit: 'prepayment', reserved: 'prepayment', transfer: 'credit_note', refund: 'refund', payout: 'other' } as const;
    for (const record of wire) expect(kindOf.get(String(record.metadata.invoice_id)), record.type).toBe(expected[record.type]);
  });

  it('Commet: credit purchases and balance top-ups are prepayments; the rest are bills', async () => {
    const wire = sim.invoices('commet', secretOf('commet'));
    await it$.engine.syncAccounts([it$.account('commet')]);
    const kindOf = new Map((it$.cache.peek('acc-commet')?.invoices ?? []).map((i) => [i.providerInvoiceId, i.kind]));
    for (const record of wire) {
      const prepaid = record.invoiceType === 'credit_purchase' || record.invoiceType === 'balance_topup';
      expect(kindOf.get(record.id), record.invoiceType).toBe(prepaid ? 'prepayment' : 'invoice');
    }
  });

  it('carries the warnings to the account sync state, and keeps them when a later sync fails', async () => {
    const credentials = new MemoryCredentialStore();
    const dataDir = await mkdtemp(path.join(tmpdir(), 'truth-warnings-'));
    const inbox = await openTestInbox(dataDir, {
      credentials,
      developerMode: true,
      engine: { backoff: { baseMs: 5, capMs: 20, jitter: 'full' }, maxAttempts: 2 },
    });
    const account = await inbox.addAccount({ provider: 'onepin', label: 'OnePin', baseUrl: sim.baseUrl('onepin'), secret: secretOf('onepin') });
    sim.faults.add({ provider: 'onepin', kind: 'schemaDrift', change: 'unknownStatus', page: 1, times: 1 });
    const [result] = await inbox.sync();
    expect(result?.warnings).toHaveLength(1);
    expect(result?.warnings[0]).toMatch(/^OnePin sent an invoice status "frozen" that Invoice Inbox does not know; 1 invoice with it is shown as Unknown/);
    expect(inbox.syncStates()).toEqual([expect.objectContaining({ accountId: account.id, phase: 'ok', warnings: result?.warnings })]);
    sim.faults.add({ provider: 'onepin', kind: 'unauthorized' });
    const [failed] = await inbox.sync({ full: true });
    expect(failed).toMatchObject({ ok: false, warnings: [] });
    expect(inbox.syncStates()).toEqual([expect.objectContaining({ phase: 'error', warnings: result?.warnings })]);
  });
});

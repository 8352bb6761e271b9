/**
 * The real engine, the five real connectors and real fetch against the provider simulator (one local
 * HTTP server emulating all five APIs). Backoff is shortened so injected faults cost milliseconds.
 */
import type { Account, ProviderId } from '../../../src-shared/domain';
import { PROVIDER_IDS } from '../../../src-shared/domain';
import { idOf } from '../../simulator';
import { startSimulator, type Simulator } from '../../simulator/testing';
import type { MemorySyncCache } from '../testing/memory-stores';
import { createSimEngine } from '../testing/sim-engine';
import type { SyncEngine } from './types';

const COUNT = 230;
const NOW = Date.parse('2026-06-15T12:00:00.000Z');

let sim: Simulator;
let cache: MemorySyncCache;
let engine: SyncEngine;
let accounts: Account[];

const secretOf = (provider: ProviderId): string => `it-secret-${provider}`;

beforeAll(async () => {
  sim = await startSimulator({
    now: NOW,
    tenants: PROVIDER_IDS.map((provider, i) => ({ provider, secret: secretOf(provider), invoiceCount: COUNT, seed: 11 + i })),
  });
});

afterAll(async () => {
  await sim.close();
});

beforeEach(() => {
  sim.faults.clear();
  sim.resetStats();
  sim.resetRateLimits();
  ({ engine, cache, accounts } = createSimEngine({ baseUrl: (p) => sim.baseUrl(p), secretOf, nowMs: NOW }));
});

function ids(accountId: string): string[] {
  return (cache.peek(accountId)?.invoices ?? []).map((i) => i.id);
}

describe('sync engine against the provider simulator', () => {
  it('syncs one account per provider in full, then re-syncs incrementally', async () => {
    const first = await engine.syncAccounts(accounts);
    for (const result of first) {
      expect(result, result.accountId).toMatchObject({ ok: true, mode: 'full', error: null });
      expect(result.invoiceCount, result.accountId).toBeGreaterThan(0);
      expect(result.requests, result.accountId).toBeGreaterThanOrEqual(2);
      const all = ids(result.accountId);
      expect(new Set(all).size, result.accountId).toBe(all.length);
    }
    expect(sim.stats().byStatus['200']).toBe(first.reduce((n, r) => n + r.requests, 0));

    const second = await engine.syncAccounts(accounts);
    for (const [i, result] of second.entries()) {
      expect(result, result.accountId).toMatchObject({ ok: true, mode: 'incremental', invoiceCount: first[i]?.invoiceCount });
      // The product goal: an unchanged account costs one request, whatever its history.
      expect(result.requests, result.accountId).toBe(1);
    }
  });

  it('picks up a new invoice on re-sync', async () => {
    await engine.syncAccounts(accounts);
    const before = Object.fromEntries(accounts.map((a) => [a.id, ids(a.id).length]));
    for (const provider of PROVIDER_IDS) sim.addInvoice(provider, secretOf(provider), { status: 'open' });
    const results = await engine.syncAccounts(accounts);
    for (const result of results) {
      expect(result, result.accountId).toMatchObject({ ok: true, mode: 'incremental' });
      expect(ids(result.accountId).length, result.accountId).toBe((before[result.accountId] ?? 0) + 1);
    }
  });

  it('refreshes an open invoice that was paid since the last sync', async () => {
    const added = Object.fromEntries(
      PROVIDER_IDS.map((provider) => [provider, idOf(provider, sim.addInvoice(provider, secretOf(provider), { status: 'open' }))]),
    );
    await engine.syncAccounts(accounts);
    for (const provider of PROVIDER_IDS) sim.setStatus(provider, secretOf(provider), added[provider] ?? '', 'paid');
    const results = await engine.syncAccounts(accounts);
    for (const result of results) {
      expect(result, result.accountId).toMatchObject({ ok: true, mode: 'incremental' });
      const provider = result.accountId.replace('acc-', '') as ProviderId;
      const invoice = cache.peek(result.accountId)?.invoices.find((i) => i.providerInvoiceId === added[provider]);
      expect(invoice?.status, provider).toBe('paid');
    }
  });

  it('retries a 503 and a reset body, and dedupes a duplicate across pages', async () => {
    sim.faults.add({ provider: 'gpuoutlet', kind: 'serverError', status: 503, times: 1 });
    sim.faults.add({ provider: 'commet', kind: 'resetMidBody', page: 2, times: 1 });
    sim.faults.add({ provider: 'opterius', kind: 'rateLimit', retryAfter: 0, times: 1 });
    sim.faults.add({ provider: 'onepin', kind: 'duplicateAcrossPages', page: 2 });
    const results = await engine.syncAccounts(accounts, { full: true });
    for (const result of results) expect(result, result.accountId).toMatchObject({ ok: true });
    const onepin = ids('acc-onepin');
    expect(new Set(onepin).size).toBe(onepin.length);
  });

  it('keeps the previous snapshot when a provider breaks, while the others save', async () => {
    await engine.syncAccounts(accounts);
    const before = structuredClone(cache.peek('acc-vastai'));
    sim.faults.add({ provider: 'vastai', kind: 'malformedJson', page: 2 });
    sim.faults.add({ provider: 'gpuoutlet', kind: 'repeatingCursor', page: 2 });
    const results = await engine.syncAccounts(accounts, { full: true });
    const byId = Object.fromEntries(results.map((r) => [r.accountId, r]));
    expect(byId['acc-vastai']?.error?.kind).toBe('bad_response');
    expect(byId['acc-vastai']?.error?.message).toContain('Vast.ai');
    expect(byId['acc-gpuoutlet']?.error?.message).toContain('cursor repeated');
    expect(cache.peek('acc-vastai')).toEqual(before);
    for (const id of ['acc-opterius', 'acc-onepin', 'acc-commet']) expect(byId[id]?.ok, id).toBe(true);
  });

  it('reports a revoked credential as auth', async () => {
    sim.faults.add({ provider: 'onepin', kind: 'unauthorized' });
    const account = accounts.find((a) => a.provider === 'onepin');
    if (!account) throw new Error('no account');
    const result = await engine.testConnection(account, secretOf('onepin'));
    expect(result).toMatchObject({ ok: false, requests: 1, error: { kind: 'auth' } });
  });
});

import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../core/errors';
import { createCommandService } from './handlers';
import { harness } from './test-support';

describe('sync handlers', () => {
  it('starts in the background, forwards progress, and finishes with sync:finished then inbox:changed', async () => {
    const h = harness();
    await h.inbox.addAccount({ provider: 'gpuoutlet', label: 'x', baseUrl: null, secret: 's' });
    h.inbox.holdSync = true;
    const { handlers, sync } = createCommandService(h.deps);
    expect(await handlers['sync:start']({})).toEqual({ started: true });
    expect(sync.isRunning()).toBe(true);
    h.inbox.emitProgress({ accountId: 'acc1', pagesDone: 1, invoicesSoFar: 50, total: 120 });
    expect(h.events.emitted[0]).toEqual({ name: 'sync:progress', payload: { accountId: 'acc1', pagesDone: 1, invoicesSoFar: 50, total: 120 } });
    expect(await handlers['sync:start']({})).toEqual({ started: false });
    const finished = h.events.next('sync:finished');
    h.inbox.releaseSync();
    expect((await finished).results).toEqual([{ accountId: 'acc1', ok: true, error: null, invoiceCount: 1, requests: 1, mode: 'incremental', warnings: [] }]);
    await sync.idle();
    expect(h.events.names().slice(-2)).toEqual(['sync:finished', 'inbox:changed']);
    expect(sync.isRunning()).toBe(false);
  });

  it('passes the account and full flag to the core', async () => {
    const h = harness();
    const { handlers, sync } = createCommandService(h.deps);
    await handlers['sync:start']({ accountId: 'acc7', full: true });
    await sync.idle();
    expect(h.inbox.syncRequests[0]).toMatchObject({ accountId: 'acc7', full: true });
    expect(h.inbox.syncRequests[0]?.signal).toBeInstanceOf(AbortSignal);
  });

  it('cancels through the AbortController and reports the run as cancelled', async () => {
    const h = harness();
    await h.inbox.addAccount({ provider: 'gpuoutlet', label: 'x', baseUrl: null, secret: 's' });
    h.inbox.holdSync = true;
    const { handlers, sync } = createCommandService(h.deps);
    await handlers['sync:start']({});
    const finished = h.events.next('sync:finished');
    await handlers['sync:cancel']({});
    expect(h.inbox.syncRequests[0]?.signal?.aborted).toBe(true);
    const { results } = await finished;
    expect(results[0]).toMatchObject({ accountId: 'acc1', ok: false, error: { kind: 'cancelled' } });
    await sync.idle();
  });

  it('does not cancel a run for another account', async () => {
    const h = harness();
    h.inbox.holdSync = true;
    const { handlers, sync } = createCommandService(h.deps);
    await handlers['sync:start']({ accountId: 'acc1' });
    await handlers['sync:cancel']({ accountId: 'acc2' });
    expect(h.inbox.syncRequests[0]?.signal?.aborted).toBe(false);
    h.inbox.releaseSync();
    await sync.idle();
  });

  it('turns a thrown sync into failed results and marks the network down when every account failed on it', async () => {
    const h = harness();
    await h.inbox.addAccount({ provider: 'gpuoutlet', label: 'x', baseUrl: null, secret: 's' });
    h.inbox.syncError = new UserFacingError({ kind: 'network', message: 'GPU Outlet cannot be reached.', action: 'retry' });
    const { handlers, sync } = createCommandService(h.deps);
    await handlers['sync:start']({});
    await sync.idle();
    expect(h.events.emitted.find((event) => event.name === 'net:status')?.payload).toMatchObject({ online: false });
    expect((await handlers['app:info']({})).online).toBe(false);
    h.inbox.syncError = null;
    await handlers['sync:start']({});
    await sync.idle();
    expect(h.deps.network.online()).toBe(true);
  });

  it('reports the core sync states', async () => {
    const h = harness();
    h.inbox.states = [{ accountId: 'a', phase: 'error', progress: null, lastSyncedAt: null, lastError: null, warnings: [] }];
    expect(await createCommandService(h.deps).handlers['sync:status']({})).toEqual(h.inbox.states);
  });
});

describe('SyncRunner.run', () => {
  it('waits for the running run, then runs its own (accounts added meanwhile are synced)', async () => {
    const h = harness();
    h.inbox.holdSync = true;
    const { sync } = createCommandService(h.deps);
    sync.start({});
    const own = sync.run({ accountId: 'late' });
    h.inbox.releaseSync();
    await new Promise((resolve) => setTimeout(resolve, 10));
    h.inbox.releaseSync();
    const results = await own;
    expect(results.map((result) => result.accountId)).toEqual(['late']);
    expect(h.inbox.syncRequests).toHaveLength(2);
  });
});

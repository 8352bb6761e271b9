import type { AccountSyncResult, AccountSyncState } from '../../src-shared/domain';
import { FakeClock } from '../core/testing/fake-clock';
import { createEventTap } from './event-tap';
import { RETRY_BASE_MS, SyncScheduler } from './sync-scheduler';

const MIN = 60_000;
const ok: AccountSyncResult = { accountId: 'a', ok: true, error: null, invoiceCount: 1, requests: 1, mode: 'incremental', warnings: [] };
const netDown: AccountSyncResult = {
  accountId: 'a',
  ok: false,
  error: { kind: 'network', message: 'offline', action: 'retry' },
  invoiceCount: 0,
  requests: 0,
  mode: 'incremental',
  warnings: [],
};

function state(accountId: string, phase: AccountSyncState['phase'], lastSyncedAt: string | null = phase === 'ok' ? '2026-11-21T11:00:00Z' : null): AccountSyncState {
  return { accountId, phase, progress: null, lastSyncedAt, lastError: null, warnings: [] };
}

function setup(intervalMinutes = 30) {
  const clock = new FakeClock({ startMs: Date.parse('2026-11-21T12:00:00Z'), autoAdvance: false });
  const log: string[] = [];
  let online = true;
  let next: AccountSyncResult[] = [ok];
  let interval = intervalMinutes;
  let accounts: AccountSyncState[] = [state('a', 'ok')];
  const scheduler = new SyncScheduler({
    clock,
    run: async (request) => {
      log.push(`sync${request.accountId ? `:${request.accountId}` : ''}@${(clock.now() - Date.parse('2026-11-21T12:00:00Z')) / MIN}`);
      return next;
    },
    accounts: () => accounts,
    intervalMinutes: () => interval,
    online: () => online,
  });
  return {
    clock,
    log,
    scheduler,
    setAccounts: (next: AccountSyncState[]) => (accounts = next),
    setOnline: (value: boolean) => {
      online = value;
      scheduler.networkChanged(value);
    },
    failWith: (results: AccountSyncResult[]) => (next = results),
    setInterval: (minutes: number) => {
      interval = minutes;
      scheduler.settingsChanged();
    },
  };
}

describe('background sync (fake clock)', () => {
  it('syncs every 30 minutes by default', async () => {
    const { clock, log, scheduler } = setup();
    scheduler.start({ syncNow: false });
    await clock.advance(29 * MIN);
    expect(log).toEqual([]);
    await clock.advance(MIN);
    await clock.advance(60 * MIN);
    expect(log).toEqual(['sync@30', 'sync@60', 'sync@90']);
    scheduler.stop();
    await clock.advance(120 * MIN);
    expect(log).toHaveLength(3);
  });

  it('follows the configured interval, and 0 turns it off', async () => {
    const { clock, log, scheduler, setInterval } = setup(10);
    scheduler.start({ syncNow: false });
    await clock.advance(10 * MIN);
    expect(log).toEqual(['sync@10']);
    setInterval(0);
    expect(scheduler.status().state).toBe('off');
    await clock.advance(60 * MIN);
    expect(log).toHaveLength(1);
  });

  it('a settings change that leaves the interval alone (a saved view, the theme) does not postpone the next sync', async () => {
    const { clock, log, scheduler } = setup(30);
    scheduler.start({ syncNow: false });
    await clock.advance(20 * MIN);
    scheduler.settingsChanged();
    await clock.advance(10 * MIN);
    expect(log).toEqual(['sync@30']);
  });

  it('a new interval restarts the wait from now', async () => {
    const { clock, log, scheduler, setInterval } = setup(30);
    scheduler.start({ syncNow: false });
    await clock.advance(20 * MIN);
    setInterval(15);
    await clock.advance(10 * MIN);
    expect(log).toEqual([]);
    await clock.advance(5 * MIN);
    expect(log).toEqual(['sync@35']);
  });

  it('pauses while offline and resumes with backoff when the network returns', async () => {
    const { clock, log, scheduler, setOnline } = setup();
    scheduler.start({ syncNow: false });
    await clock.advance(10 * MIN);
    setOnline(false);
    expect(scheduler.status().state).toBe('offline');
    await clock.advance(120 * MIN);
    expect(log).toEqual([]);
    setOnline(true);
    expect(scheduler.status().nextAt).toBe(new Date(clock.now() + RETRY_BASE_MS).toISOString());
    await clock.advance(RETRY_BASE_MS);
    expect(log).toEqual(['sync@130.5']);
  });

  it('started while offline: waits for the network, no timer runs', async () => {
    const { clock, log, scheduler, setOnline } = setup();
    setOnline(false);
    scheduler.start({ syncNow: false });
    expect(scheduler.status()).toEqual({ state: 'offline', nextAt: null, failures: 0 });
    await clock.advance(90 * 60_000);
    expect(log).toEqual([]);
    setOnline(true);
    await clock.advance(RETRY_BASE_MS);
    expect(log).toEqual(['sync@90.5']);
  });

  it('backs off (30 s, 1, 2, 4 min...) while syncs fail for network reasons, then returns to the interval', async () => {
    const { clock, log, scheduler, failWith } = setup();
    failWith([netDown]);
    scheduler.start();
    await clock.advance(0);
    for (const wait of [0.5, 1, 2, 4]) await clock.advance(wait * MIN);
    expect(log.filter((line) => line.startsWith('sync'))).toEqual(['sync@0', 'sync@0.5', 'sync@1.5', 'sync@3.5', 'sync@7.5']);
    expect(scheduler.status().failures).toBe(5);
    failWith([ok]);
    await clock.advance(8 * MIN);
    expect(scheduler.status()).toMatchObject({ failures: 0, state: 'waiting', nextAt: new Date(clock.now() + 30 * MIN).toISOString() });
    expect(log.at(-1)).toBe('sync@15.5');
  });

  it('after sleeping past the next sync, syncs on wake', async () => {
    const { clock, log, scheduler } = setup();
    scheduler.start({ syncNow: false });
    clock.setNow(clock.now() + 45 * MIN);
    scheduler.wake();
    await clock.advance(0);
    expect(log).toEqual(['sync@45']);
  });
});

describe('what starts a sync', () => {
  it('the host starting: one sync at once, then every interval', async () => {
    const { clock, log, scheduler } = setup();
    scheduler.start();
    await clock.advance(0);
    expect(log).toEqual(['sync@0']);
    await clock.advance(30 * MIN);
    expect(log).toEqual(['sync@0', 'sync@30']);
    scheduler.stop();
  });

  it('no accounts: no sync runs (and no events), the loop keeps waiting for some', async () => {
    const { clock, log, scheduler, setAccounts } = setup();
    setAccounts([]);
    scheduler.start();
    await clock.advance(60 * MIN);
    expect(log).toEqual([]);
    expect(scheduler.status().state).toBe('waiting');
    scheduler.stop();
  });

  it('an account added or changed here: syncs those never synced or failing, not the healthy ones', async () => {
    const { clock, log, scheduler, setAccounts } = setup();
    scheduler.start({ syncNow: false });
    setAccounts([state('a', 'ok'), state('b', 'idle'), state('c', 'error', '2026-11-20T10:00:00Z'), state('d', 'syncing')]);
    const events = createEventTap({ emit: () => undefined });
    const stop = scheduler.follow(events);
    events.emit('inbox:changed', { reason: 'account_added' });
    expect(log).toEqual(['sync:b@0', 'sync:c@0']);
    // Another process's write never starts a sync here (two processes would retry each other for ever).
    events.emit('inbox:changed', { reason: 'external' });
    events.emit('inbox:changed', { reason: 'sync' });
    expect(log).toHaveLength(2);
    stop();
    events.emit('inbox:changed', { reason: 'account_updated' });
    expect(log).toHaveLength(2);
    await clock.advance(0);
    scheduler.stop();
  });

  it('follows the network and the interval through the event tap', async () => {
    const { clock, log, scheduler } = setup(30);
    const events = createEventTap({ emit: () => undefined });
    scheduler.follow(events);
    scheduler.start({ syncNow: false });
    events.emit('net:status', { online: false, since: clock.iso() });
    expect(scheduler.status().state).toBe('offline');
    events.emit('net:status', { online: true, since: clock.iso() });
    await clock.advance(RETRY_BASE_MS);
    expect(log).toEqual(['sync@0.5']);
    scheduler.stop();
  });
});

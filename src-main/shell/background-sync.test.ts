import type { AccountSyncResult } from '../../src-shared/domain';
import { FakeClock } from '../core/testing/fake-clock';
import { RETRY_BASE_MS, SyncScheduler, startReminderTicker } from './background-sync';

vi.mock('electron', () => ({}));

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

function setup(intervalMinutes = 30) {
  const clock = new FakeClock({ startMs: Date.parse('2026-11-21T12:00:00Z'), autoAdvance: false });
  const log: string[] = [];
  let online = true;
  let next: AccountSyncResult[] = [ok];
  let interval = intervalMinutes;
  const scheduler = new SyncScheduler({
    clock,
    sync: async () => {
      log.push(`sync@${(clock.now() - Date.parse('2026-11-21T12:00:00Z')) / MIN}`);
      return next;
    },
    afterSync: async () => log.push('reminders'),
    intervalMinutes: () => interval,
    online: () => online,
  });
  return {
    clock,
    log,
    scheduler,
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
  it('syncs every 30 minutes by default and recomputes reminders after every sync', async () => {
    const { clock, log, scheduler } = setup();
    scheduler.start();
    await clock.advance(29 * MIN);
    expect(log).toEqual([]);
    await clock.advance(MIN);
    await clock.advance(60 * MIN);
    expect(log).toEqual(['sync@30', 'reminders', 'sync@60', 'reminders', 'sync@90', 'reminders']);
    scheduler.stop();
    await clock.advance(120 * MIN);
    expect(log).toHaveLength(6);
  });

  it('follows the configured interval, and 0 turns it off', async () => {
    const { clock, log, scheduler, setInterval } = setup(10);
    scheduler.start();
    await clock.advance(10 * MIN);
    expect(log).toEqual(['sync@10', 'reminders']);
    setInterval(0);
    expect(scheduler.status().state).toBe('off');
    await clock.advance(60 * MIN);
    expect(log).toHaveLength(2);
  });

  it('a settings change that leaves the interval alone (a saved view, the theme) does not postpone the next sync', async () => {
    const { clock, log, scheduler } = setup(30);
    scheduler.start();
    await clock.advance(20 * MIN);
    scheduler.settingsChanged();
    await clock.advance(10 * MIN);
    expect(log).toEqual(['sync@30', 'reminders']);
  });

  it('a new interval restarts the wait from now', async () => {
    const { clock, log, scheduler, setInterval } = setup(30);
    scheduler.start();
    await clock.advance(20 * MIN);
    setInterval(15);
    await clock.advance(10 * MIN);
    expect(log).toEqual([]);
    await clock.advance(5 * MIN);
    expect(log).toEqual(['sync@35', 'reminders']);
  });

  it('pauses while offline and resumes with backoff when the network returns', async () => {
    const { clock, log, scheduler, setOnline } = setup();
    scheduler.start();
    await clock.advance(10 * MIN);
    setOnline(false);
    expect(scheduler.status().state).toBe('offline');
    await clock.advance(120 * MIN);
    expect(log).toEqual([]);
    setOnline(true);
    expect(scheduler.status().nextAt).toBe(new Date(clock.now() + RETRY_BASE_MS).toISOString());
    await clock.advance(RETRY_BASE_MS);
    expect(log).toEqual(['sync@130.5', 'reminders']);
  });

  it('started while offline: waits for the network, no timer runs', async () => {
    const { clock, log, scheduler, setOnline } = setup();
    setOnline(false);
    scheduler.start();
    expect(scheduler.status()).toEqual({ state: 'offline', nextAt: null, failures: 0 });
    await clock.advance(90 * 60_000);
    expect(log).toEqual([]);
    setOnline(true);
    await clock.advance(RETRY_BASE_MS);
    expect(log).toEqual(['sync@90.5', 'reminders']);
  });

  it('backs off (30 s, 1, 2, 4 min...) while syncs fail for network reasons, then returns to the interval', async () => {
    const { clock, log, scheduler, failWith } = setup();
    failWith([netDown]);
    scheduler.start(0);
    await clock.advance(0);
    for (const wait of [0.5, 1, 2, 4]) await clock.advance(wait * MIN);
    expect(log.filter((line) => line.startsWith('sync'))).toEqual(['sync@0', 'sync@0.5', 'sync@1.5', 'sync@3.5', 'sync@7.5']);
    expect(scheduler.status().failures).toBe(5);
    failWith([ok]);
    await clock.advance(8 * MIN);
    expect(scheduler.status()).toMatchObject({ failures: 0, state: 'waiting', nextAt: new Date(clock.now() + 30 * MIN).toISOString() });
    expect(log.at(-2)).toBe('sync@15.5');
  });

  it('after sleeping past the next sync, syncs on wake', async () => {
    const { clock, log, scheduler } = setup();
    scheduler.start();
    clock.setNow(clock.now() + 45 * MIN);
    scheduler.wake();
    await clock.advance(0);
    expect(log).toEqual(['sync@45', 'reminders']);
  });
});

describe('reminder ticker', () => {
  it('ticks every minute until stopped, and on demand', async () => {
    const clock = new FakeClock({ autoAdvance: false });
    let ticks = 0;
    const ticker = startReminderTicker(clock, async () => {
      ticks++;
    });
    await clock.advance(3 * MIN);
    expect(ticks).toBe(3);
    await ticker.tickNow();
    expect(ticks).toBe(4);
    ticker.stop();
    await clock.advance(5 * MIN);
    expect(ticks).toBe(4);
  });

  it('a failing tick does not stop the timer', async () => {
    const clock = new FakeClock({ autoAdvance: false });
    const errors: string[] = [];
    let ticks = 0;
    startReminderTicker(
      clock,
      async () => {
        ticks++;
        throw new Error('disk full');
      },
      { log: (message) => errors.push(message) },
    );
    await clock.advance(2 * MIN);
    expect([ticks, errors]).toEqual([2, ['reminders: disk full', 'reminders: disk full']]);
  });
});

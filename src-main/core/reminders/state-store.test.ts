import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FakeClock } from '../testing/fake-clock';
import { FilePreferencesStore, FileReminderStateStore } from './state-store';
import { emptyState } from './state';
import { at, harness, invoice, prefs, runUntil } from './test-support';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'invoice-inbox-reminders-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const fileStores = (clock: FakeClock) => ({
  stateStore: new FileReminderStateStore(dir, { now: () => clock.now() }),
  preferencesStore: new FilePreferencesStore(dir, { now: () => clock.now() }),
  clock,
});

describe('persisted reminder state', () => {
  it('a restart never repeats a reminder: persist, reload, tick again -> nothing', async () => {
    const clock = new FakeClock({ startMs: at('2026-11-21T12:00:00Z'), autoAdvance: false });
    const bills = [invoice({ number: 'R1', dueAt: '2026-11-20' }), invoice({ number: 'R2', dueAt: '2026-11-24' })];
    const first = await harness('2026-11-21T12:00:00Z', fileStores(clock));
    expect(await first.service.recompute(bills)).toHaveLength(1);

    // The app quits and starts again a minute later: same data dir, new service.
    await clock.advance(60_000);
    const second = await harness('2026-11-21T12:01:00Z', fileStores(clock));
    expect(await second.service.recompute(bills)).toEqual([]);
    expect(await second.service.tick()).toEqual([]);
    // The next day's overdue reminder still comes, once.
    const next = await runUntil(second, '2026-11-22T12:00:00Z', 10 * 60_000);
    expect(next.map((s) => s.notification.title)).toEqual(['Invoice R1 is overdue by 2 days']);
  });

  it('a reminder that fires minutes after the last save is persisted before it is shown', async () => {
    const clock = new FakeClock({ startMs: at('2026-11-21T12:00:00Z'), autoAdvance: false });
    const first = await harness('2026-11-21T12:00:00Z', fileStores(clock));
    expect(await first.service.recompute([])).toEqual([]);
    await clock.advance(5 * 60_000);
    const late = invoice({ number: 'LATE', dueAt: '2026-11-20' });
    expect((await first.service.recompute([late])).map((n) => n.title)).toEqual(['Invoice LATE is overdue by 1 day']);
    // The app is killed right after showing it; the next start must not show it again.
    await clock.advance(60_000);
    const second = await harness('2026-11-21T12:06:00Z', fileStores(clock));
    expect(await second.service.recompute([late])).toEqual([]);
  });

  it('writes reminders.json atomically with the fired keys and what the user said', async () => {
    const clock = new FakeClock({ startMs: at('2026-11-21T12:00:00Z'), autoAdvance: false });
    const h = await harness('2026-11-21T12:00:00Z', fileStores(clock));
    const bill = invoice({ providerInvoiceId: 'x', dueAt: '2026-11-28' });
    await h.service.recompute([bill]);
    await h.service.mute('acme:y', true);
    await h.service.muteAccount('old-co', true);
    const saved = JSON.parse(await fs.readFile(path.join(dir, 'reminders.json'), 'utf8')) as unknown;
    expect(saved).toEqual({
      version: 1,
      fired: { 'acme:x:lead:7': '2026-11-21T12:00:00.000Z' },
      invoices: { 'acme:y': { muted: true } },
      accounts: { 'old-co': { muted: true } },
      lastCheckAt: '2026-11-21T12:00:00.000Z',
    });
    expect((await fs.readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a corrupt reminders.json is set aside, reported, and reminders start afresh (no crash)', async () => {
    await fs.writeFile(path.join(dir, 'reminders.json'), '{"version":1,"fired":{"a":', 'utf8');
    const store = new FileReminderStateStore(dir, { now: () => at('2026-11-21T12:00:00Z') });
    expect(await store.load()).toEqual(emptyState());
    const names = await fs.readdir(dir);
    expect(names).toEqual(['reminders.corrupt-2026-11-21T12-00-00-000Z.json']);
    expect(store.problems()[0]).toMatch(/could not be read .* set aside as .*reminders\.corrupt-2026-11-21T12-00-00-000Z\.json/);
    await store.save(emptyState());
    expect((await fs.readdir(dir)).sort()).toEqual(['reminders.corrupt-2026-11-21T12-00-00-000Z.json', 'reminders.json']);
  });

  it('a reminders.json of the wrong shape is set aside too', async () => {
    await fs.writeFile(path.join(dir, 'reminders.json'), JSON.stringify({ version: 99, fired: [] }), 'utf8');
    const store = new FileReminderStateStore(dir, { now: () => at('2026-11-21T12:00:00Z') });
    expect(await store.load()).toEqual(emptyState());
    expect(store.problems()).toHaveLength(1);
  });

  it('preferences persist, and a bad field in the file falls back to its default only', async () => {
    const store = new FilePreferencesStore(dir);
    expect(await store.load()).toEqual({ ...prefs(), quietHours: { start: '22:00', end: '07:00' }, digest: { enabled: true, weekday: 1, time: '08:00' } });
    await store.save(prefs({ leadDays: [2, 0] }));
    expect((await store.load()).leadDays).toEqual([2, 0]);
    await fs.writeFile(store.file, JSON.stringify({ leadDays: 'soon', overdueDaily: false, digest: { enabled: true, weekday: 9, time: '8' } }));
    const loaded = await store.load();
    expect([loaded.leadDays, loaded.overdueDaily, loaded.digest]).toEqual([[7, 3, 1, 0], false, { enabled: true, weekday: 1, time: '08:00' }]);
  });
});

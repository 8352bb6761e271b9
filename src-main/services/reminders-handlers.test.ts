import { describe, expect, it } from 'vitest';
import { ReminderService } from '../core/reminders/reminders-service';
import { WorkspaceReminderStore } from '../core/reminders/reminder-store';
import { UTC, at, testWorkspace } from '../core/reminders/test-support';
import { FakeClock } from '../core/testing/fake-clock';
import { dispatch } from './dispatch';
import type { CommandHandlers } from './commands';
import { createReminderHandlers } from './reminders-handlers';
import { FakeInbox, invoiceFixture } from './test-support';

async function setup() {
  const clock = new FakeClock({ startMs: at('2026-11-21T12:00:00Z'), autoAdvance: false });
  const inbox = new FakeInbox();
  inbox.accounts = [{ id: 'acc1', provider: 'gpuoutlet', label: 'Acme GPUs', baseUrl: null, createdAt: '2026-11-01T00:00:00.000Z', demo: false }];
  inbox.invoices = [
    invoiceFixture('acc1', 1, { dueAt: '2026-11-20', amountDue: 5000 }),
    invoiceFixture('acc1', 2, { dueAt: '2026-11-24' }),
    invoiceFixture('acc1', 3, { dueAt: '2026-12-20' }),
    invoiceFixture('acc1', 4, { dueAt: '2026-11-22', status: 'paid' }),
  ];
  const reminders = new ReminderService({
    clock,
    zone: UTC,
    store: new WorkspaceReminderStore(testWorkspace(['acc1'])),
    invoices: () => inbox.invoices,
    labels: () => Object.fromEntries(inbox.accounts.map((account) => [account.id, account.label])),
  });
  const handlers = createReminderHandlers({ reminders, inbox }) as unknown as CommandHandlers;
  const call = (name: string, args: unknown) => dispatch(handlers, name, args);
  return { clock, inbox, reminders, call };
}

const ids = (result: unknown): string[] => ((result as { value: Array<{ invoiceId: string }> }).value ?? []).map((item) => item.invoiceId);

describe('reminder command handlers', () => {
  it('reminders:list returns the due list from the cache, with account labels', async () => {
    const { call } = await setup();
    const result = await call('reminders:list', {});
    expect(ids(result)).toEqual(['acc1:in_1', 'acc1:in_2']);
    expect(result).toMatchObject({ ok: true, value: [{ accountLabel: 'Acme GPUs', state: 'overdue', daysUntilDue: -1 }, { daysUntilDue: 3 }] });
    expect(ids(await call('reminders:list', { withinDays: 30 }))).toEqual(['acc1:in_1', 'acc1:in_2', 'acc1:in_3']);
  });

  it('snooze, mute and "I paid this" take an invoice off the list; undo puts it back', async () => {
    const { call } = await setup();
    expect(await call('reminders:snooze', { invoiceId: 'acc1:in_1', until: 'tomorrow' })).toEqual({
      ok: true,
      value: { snoozedUntil: '2026-11-22T00:00:00.000Z' },
    });
    expect(await call('reminders:mute', { invoiceId: 'acc1:in_2', muted: true })).toEqual({ ok: true, value: null });
    expect(ids(await call('reminders:list', {}))).toEqual([]);
    const hidden = await call('reminders:list', { includeHidden: true });
    expect(hidden).toMatchObject({ ok: true, value: [{ hidden: 'snoozed' }, { hidden: 'muted' }] });
    await call('reminders:unsnooze', { invoiceId: 'acc1:in_1' });
    await call('reminders:mute', { invoiceId: 'acc1:in_2', muted: false });
    await call('reminders:markPaid', { invoiceId: 'acc1:in_2', paid: true });
    expect(ids(await call('reminders:list', {}))).toEqual(['acc1:in_1']);
    await call('reminders:muteAccount', { accountId: 'acc1', muted: true });
    expect(ids(await call('reminders:list', {}))).toEqual([]);
  });

  it('refuses reminders on unknown invoices and accounts, and bad arguments, as typed errors', async () => {
    const { call } = await setup();
    expect(await call('reminders:snooze', { invoiceId: 'acc1:nope', until: 'tomorrow' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await call('reminders:muteAccount', { accountId: 'ghost', muted: true })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await call('reminders:snooze', { invoiceId: 'acc1:in_1', until: 'someday' })).toMatchObject({ ok: false, error: { code: 'invalid_args', field: 'until' } });
    expect(await call('reminders:snooze', { invoiceId: 'acc1:in_1', until: '2026-11-20' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_args', message: expect.stringContaining('pick a day after today') },
    });
    expect(await call('reminders:setPreferences', { leadDays: [1, 1] })).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
  });

  it('pause and preferences round-trip', async () => {
    const { call } = await setup();
    expect(await call('reminders:pause', { until: 'one_hour' })).toEqual({ ok: true, value: { pausedUntil: '2026-11-21T13:00:00.000Z' } });
    const prefs = await call('reminders:setPreferences', { leadDays: [0, 2], quietHours: null });
    expect(prefs).toMatchObject({ ok: true, value: { leadDays: [2, 0], quietHours: null, pausedUntil: '2026-11-21T13:00:00.000Z' } });
    expect(await call('reminders:getPreferences', {})).toEqual(prefs);
    expect(await call('reminders:pause', { until: null })).toEqual({ ok: true, value: { pausedUntil: null } });
  });
});

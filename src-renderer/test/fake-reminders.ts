import type { CommandName } from '../../src-shared/contract';
import { addDays, dayOf } from '../../src-shared/domain/dates';
import type { DueHiddenReason, DueItem, ReminderPreferences } from '../../src-shared/domain/reminders';
import { FakeApi, type FakeApiOptions } from './fake-api';
import { FakeCommandError } from './fake-door';

/** A due item with plausible defaults (an open USD invoice of acc_gpu due in 3 days). */
export function makeDueItem(partial: Partial<DueItem> & { invoiceId: string }): DueItem {
  const colon = partial.invoiceId.indexOf(':');
  return {
    number: partial.invoiceId.slice(colon + 1).toUpperCase(),
    provider: 'gpuoutlet',
    providerName: 'GPU Outlet',
    accountId: partial.invoiceId.slice(0, colon),
    accountLabel: null,
    amountDue: 10_000,
    currency: 'USD',
    dueAt: '2026-06-18',
    dueDay: '2026-06-18',
    daysUntilDue: 3,
    state: 'due_soon',
    dueBasis: 'provider',
    note: null,
    hidden: null,
    snoozedUntil: null,
    markedPaidAt: null,
    ...partial,
  };
}

export const FAKE_REMINDER_PREFERENCES: ReminderPreferences = {
  leadDays: [7, 3, 1, 0],
  overdueDaily: true,
  digest: { enabled: true, weekday: 1, time: '08:00' },
  quietHours: { start: '22:00', end: '07:00' },
  pausedUntil: null,
  paidCheckDays: 3,
  noDueDateDays: 14,
};

type ReminderCommand = Extract<CommandName, `reminders:${string}`>;

/**
 * The FakeApi plus the reminder commands, for component tests: holds a due list (as main's
 * computeDue would return it) and applies snooze, mute and "I paid this" by hiding items, emitting
 * 'reminders:changed' like main. Days are UTC days of the fake's clock.
 */
export class FakeRemindersApi extends FakeApi {
  dueItems: DueItem[];
  reminderPreferences: ReminderPreferences;

  constructor(options: FakeApiOptions & { dueItems?: DueItem[]; reminderPreferences?: Partial<ReminderPreferences> } = {}) {
    super({ seed: 'empty', ...options });
    this.dueItems = options.dueItems ?? [];
    this.reminderPreferences = { ...FAKE_REMINDER_PREFERENCES, ...options.reminderPreferences };
  }

  /** The canned due list answers the reminder commands (instead of the core's, as FakeApi does). */
  protected override answer(name: CommandName, args: unknown): unknown {
    if (!name.startsWith('reminders:')) return super.answer(name, args);
    return this.handle(name as ReminderCommand, args as Record<string, unknown>);
  }

  private handle(name: ReminderCommand, args: Record<string, unknown>): unknown {
    const today = dayOf(this.now());
    switch (name) {
      case 'reminders:list': {
        const within = typeof args.withinDays === 'number' ? args.withinDays : 7;
        return this.dueItems.filter(
          (item) => (args.includeHidden === true || item.hidden === null) && (item.state === 'overdue' || (item.daysUntilDue ?? 0) <= within),
        );
      }
      case 'reminders:snooze': {
        const until = String(args.until);
        const day = until === 'tomorrow' ? addDays(today, 1) : until === 'next_week' ? addDays(today, 7) : until;
        if (day <= today) throw new FakeCommandError({ code: 'invalid_args', message: `Snooze until ${day}: pick a day after today (${today}).` });
        const snoozedUntil = `${day}T00:00:00.000Z`;
        this.change(String(args.invoiceId), 'snoozed', { snoozedUntil }, 'snooze');
        return { snoozedUntil };
      }
      case 'reminders:unsnooze':
        this.change(String(args.invoiceId), null, { snoozedUntil: null }, 'snooze');
        return null;
      case 'reminders:mute':
        this.change(String(args.invoiceId), args.muted === true ? 'muted' : null, {}, 'mute');
        return null;
      case 'reminders:markPaid': {
        const markedPaidAt = args.paid === true ? new Date(this.now()).toISOString() : null;
        this.change(String(args.invoiceId), args.paid === true ? 'marked_paid' : null, { markedPaidAt }, 'mark_paid');
        return null;
      }
      case 'reminders:muteAccount':
        this.dueItems = this.dueItems.map((item) =>
          item.accountId === args.accountId ? { ...item, hidden: args.muted === true ? 'account_muted' : null } : item,
        );
        this.emit('reminders:changed', { reason: 'mute_account' });
        return null;
      case 'reminders:pause': {
        const pausedUntil =
          args.until === null ? null : args.until === 'one_hour' ? new Date(this.now() + 3_600_000).toISOString() : `${addDays(today, 1)}T00:00:00.000Z`;
        this.reminderPreferences = { ...this.reminderPreferences, pausedUntil };
        this.emit('reminders:changed', { reason: 'pause' });
        return { pausedUntil };
      }
      case 'reminders:getPreferences':
        return this.reminderPreferences;
      case 'reminders:setPreferences': {
        const patch = Object.fromEntries(Object.entries(args).filter(([, value]) => value !== undefined));
        const next = { ...this.reminderPreferences, ...patch } as ReminderPreferences;
        this.reminderPreferences = { ...next, leadDays: [...next.leadDays].sort((a, b) => b - a) };
        this.emit('reminders:changed', { reason: 'preferences' });
        return this.reminderPreferences;
      }
    }
  }

  private change(invoiceId: string, hidden: DueHiddenReason | null, fields: Partial<DueItem>, reason: 'snooze' | 'mute' | 'mark_paid'): void {
    if (!this.dueItems.some((item) => item.invoiceId === invoiceId)) {
      throw new FakeCommandError({ code: 'not_found', message: 'That invoice is no longer in the inbox. Sync again to refresh the list.' });
    }
    this.dueItems = this.dueItems.map((item) => (item.invoiceId === invoiceId ? { ...item, ...fields, hidden } : item));
    this.emit('reminders:changed', { reason });
  }
}

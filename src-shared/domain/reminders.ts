import type { ProviderId } from './provider';

/**
 * What is due, as the CLI `due` command, the reminders panel, notifications and the tray all see it
 * (computed once, in src-main/core/reminders/due.ts).
 */
export type DueState = 'overdue' | 'due_today' | 'due_soon';

/** Why an item is hidden from the due list (only listed when the caller asks for hidden items). */
export type DueHiddenReason = 'snoozed' | 'muted' | 'account_muted' | 'marked_paid';

export interface DueItem {
  invoiceId: string;
  /** The invoice's human-readable number; null when the provider has none. */
  number: string | null;
  provider: ProviderId;
  /** The provider's display name ("GPU Outlet"). */
  providerName: string;
  accountId: string;
  /** The account's label when known. */
  accountLabel: string | null;
  /** Integer minor units. */
  amountDue: number;
  /** ISO 4217. */
  currency: string;
  /** As the provider gave it: ISO UTC date-time, or a calendar date YYYY-MM-DD; null when it gave none. */
  dueAt: string | null;
  /** The due date on the user's local calendar (YYYY-MM-DD); null without a due date. */
  dueDay: string | null;
  /** Whole local calendar days until the due day: 0 = today, negative = overdue; null without a due date. */
  daysUntilDue: number | null;
  state: DueState;
  /**
   * Where the due day comes from: the provider, the user's expected due date for an invoice without
   * one, or the no-due-date rule (reminded a number of days after it was issued).
   */
  dueBasis: 'provider' | 'expected' | 'issued';
  /** Something the user should know ("You marked this paid on Nov 18, but GPU Outlet still shows it open."). */
  note: string | null;
  /** Null for items in the due list; the reason for hidden items when they were asked for. */
  hidden: DueHiddenReason | null;
  /** When a snooze ends (ISO); null when not snoozed. */
  snoozedUntil: string | null;
  /** When the user said "I paid this" (ISO); null when not marked. */
  markedPaidAt: string | null;
}

/** "HH:MM", 24-hour, local time. */
export type LocalTimeOfDay = string;

export interface ReminderPreferences {
  /** Days before the due day to remind on; 0 = on the due day. Default [7, 3, 1, 0]. */
  leadDays: number[];
  /** Remind once per local day about each overdue invoice (false: once when it becomes overdue). */
  overdueDaily: boolean;
  /** Weekly digest of what falls due in the coming 7 days. weekday: 1 = Monday ... 7 = Sunday. */
  digest: { enabled: boolean; weekday: number; time: LocalTimeOfDay };
  /** Nothing pops up between start and end (local time; may span midnight); null = no quiet hours. */
  quietHours: { start: LocalTimeOfDay; end: LocalTimeOfDay } | null;
  /** Reminders paused until this moment (ISO); null = not paused. */
  pausedUntil: string | null;
  /** After "I paid this", how many days an invoice may still show open before the reminder comes back. */
  paidCheckDays: number;
  /** An invoice without a due date (and without an expected one) reminds this many days after it was issued. */
  noDueDateDays: number;
}

/** Snooze: until the start of tomorrow, of next week (Monday), or of a local calendar day. */
export type SnoozeUntil = 'tomorrow' | 'next_week' | string;

export type PauseUntil = 'one_hour' | 'tomorrow' | null;

export type RemindersChangeReason = 'snooze' | 'mute' | 'mute_account' | 'mark_paid' | 'expected_due' | 'pause' | 'preferences' | 'recompute';

/**
 * Reminder commands and events (due list, snooze, mute, "I paid this", reminder preferences) live
 * here, in their own file, so the reminders work does not collide with the rest of the contract.
 */
import { z } from 'zod';
import type { DueItem, ReminderPreferences, RemindersChangeReason } from '../domain';
import { command, event } from './define';

const invoiceId = z.string().min(3).max(400);
const accountId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const calendarDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time HH:MM (24-hour)');

/** The one definition of valid reminder preferences (the stored file is checked against it too). */
export const reminderPreferencesSchema = z.object({
  leadDays: z
    .array(z.number().int().min(0).max(60))
    .max(10)
    .refine((days) => new Set(days).size === days.length, 'lead days must not repeat'),
  overdueDaily: z.boolean(),
  digest: z.object({ enabled: z.boolean(), weekday: z.number().int().min(1).max(7), time: timeOfDay }),
  quietHours: z.object({ start: timeOfDay, end: timeOfDay }).nullable(),
  pausedUntil: z.iso.datetime().nullable(),
  paidCheckDays: z.number().int().min(1).max(60),
  noDueDateDays: z.number().int().min(1).max(120),
});

/** A partial update: each field given replaces the stored one (digest is replaced whole). */
export const reminderPreferencesPatchSchema = reminderPreferencesSchema.partial();

export interface SnoozeResult {
  /** When the snooze ends (ISO). */
  snoozedUntil: string;
}

export interface PauseResult {
  pausedUntil: string | null;
}

export const reminderCommands = {
  /** What is due within N days (default 7) or overdue, most urgent first: the CLI `due` computation. */
  'reminders:list': command<DueItem[]>()(
    z.object({
      withinDays: z.number().int().min(0).max(366).optional(),
      /** Also list snoozed, muted and marked-paid items (with `hidden` set), so they can be undone. */
      includeHidden: z.boolean().optional(),
    }),
  ),
  'reminders:snooze': command<SnoozeResult>()(
    z.object({ invoiceId, until: z.union([z.enum(['tomorrow', 'next_week']), calendarDay]) }),
  ),
  /** Ends a snooze early. */
  'reminders:unsnooze': command<null>()(z.object({ invoiceId })),
  'reminders:mute': command<null>()(z.object({ invoiceId, muted: z.boolean() })),
  'reminders:muteAccount': command<null>()(z.object({ accountId, muted: z.boolean() })),
  /** "I paid this" (paid: true) or undo it (paid: false). */
  'reminders:markPaid': command<null>()(z.object({ invoiceId, paid: z.boolean() })),
  /** The day the user expects an invoice without a due date to fall due (null forgets it); a user mark. */
  'reminders:expectDue': command<null>()(z.object({ invoiceId, day: calendarDay.nullable() })),
  'reminders:pause': command<PauseResult>()(z.object({ until: z.enum(['one_hour', 'tomorrow']).nullable() })),
  'reminders:getPreferences': command<ReminderPreferences>()(z.object({})),
  'reminders:setPreferences': command<ReminderPreferences>()(reminderPreferencesPatchSchema),
};

export const reminderEvents = {
  /** The due list or the reminder preferences changed: reload 'reminders:list'. */
  'reminders:changed': event<{ reason: RemindersChangeReason }>(),
};

import { addDays, type SnoozeUntil } from '../../../src-shared/domain';
import { localDay, startOfLocalDay, weekdayOfDay, type TimeZone } from './local-time';
import { ReminderInputError } from './preferences';

/**
 * When a snooze ends, on the user's local calendar: "tomorrow" = the start of tomorrow, "next_week" =
 * the start of next Monday, "YYYY-MM-DD" = the start of that day (which must be after today).
 * The reminder that is due then fires at that moment (or when quiet hours end).
 */
export function resolveSnooze(until: SnoozeUntil, nowMs: number, zone: TimeZone): string {
  const today = localDay(nowMs, zone);
  let day: string;
  if (until === 'tomorrow') day = addDays(today, 1);
  else if (until === 'next_week') day = addDays(today, 8 - weekdayOfDay(today));
  else {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || Number.isNaN(Date.parse(`${until}T00:00:00Z`))) {
      throw new ReminderInputError(`Snooze until "${until}": expected tomorrow, next_week or a date YYYY-MM-DD.`);
    }
    if (until <= today) throw new ReminderInputError(`Snooze until ${until}: pick a day after today (${today}).`);
    day = until;
  }
  return new Date(startOfLocalDay(day, zone)).toISOString();
}

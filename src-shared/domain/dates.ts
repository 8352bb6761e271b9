/**
 * Times in the model are ISO 8601 UTC strings ("2026-06-14T04:14:22.000Z"); a provider's calendar due
 * date stays a calendar date ("2026-05-01").
 */
import { localDay, type TimeZone } from './local-time';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export function isDateOnly(value: string): boolean {
  return DATE_ONLY.test(value);
}

/** Normalizes any ISO-ish date-time to UTC ISO with milliseconds; throws on an unparseable value. */
export function toIsoUtc(value: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`not a date-time: ${JSON.stringify(value)}`);
  return new Date(ms).toISOString();
}

/** The calendar day (UTC) of an ISO date-time or date: "2026-06-14". */
export function calendarDay(value: string): string {
  return isDateOnly(value) ? value : new Date(Date.parse(value)).toISOString().slice(0, 10);
}

/** Whole days from `fromDay` to `toDay` (both YYYY-MM-DD): positive when toDay is later. */
export function daysBetween(fromDay: string, toDay: string): number {
  return Math.round((Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) / 86_400_000);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Today's calendar day (UTC) for a clock reading. */
export function dayOf(nowMs: number): string {
  return new Date(nowMs).toISOString().slice(0, 10);
}

/**
 * The local calendar day of a due date: a calendar date ("2026-05-01") stays itself; a date-time is
 * read where the user is (`zone`). Null when absent or unreadable.
 */
export function dueDayOf(dueAt: string | null, zone: TimeZone | string): string | null {
  if (dueAt === null) return null;
  if (isDateOnly(dueAt)) return dueAt;
  const ms = Date.parse(dueAt);
  return Number.isNaN(ms) ? null : localDay(ms, zone);
}

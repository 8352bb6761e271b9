import { calendarDay, daysBetween, dueDayOf } from '../../src-shared/domain/dates';
import type { InvoiceState } from '../../src-shared/domain/invoice-state';
import { localDay, systemZoneName } from '../../src-shared/domain/local-time';

const DAY_FORMAT = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const DATE_TIME_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A calendar day ("14 Jun 2026") for an ISO date or date-time; the model's days are UTC days. */
export function formatDay(value: string | null): string {
  if (value === null) return '—';
  return DAY_FORMAT.format(new Date(`${calendarDay(value)}T00:00:00Z`));
}

/** A moment in the user's time zone ("14 Jun 2026, 09:30"). */
export function formatDateTime(value: string | null): string {
  if (value === null) return '—';
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : DATE_TIME_FORMAT.format(new Date(ms));
}

export type DueTone = 'overdue' | 'today' | 'soon' | 'later';

export interface RelativeDue {
  text: string;
  tone: DueTone;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * "due in 3 days", "12 days overdue", "due today": only for invoices that still want money (their
 * state is overdue, due today or open). Days are on the local calendar of `zone` (default this
 * machine's), as invoiceState counts them.
 */
export function relativeDue(dueAt: string | null, state: InvoiceState, nowMs: number, zone: string = systemZoneName()): RelativeDue | null {
  const dueDay = dueDayOf(dueAt, zone);
  if (dueDay === null || (state !== 'overdue' && state !== 'due_today' && state !== 'open')) return null;
  const days = daysBetween(localDay(nowMs, zone), dueDay);
  if (days === 0) return { text: 'due today', tone: 'today' };
  if (days < 0) return { text: `${plural(-days, 'day')} overdue`, tone: 'overdue' };
  return { text: `due in ${plural(days, 'day')}`, tone: days <= 7 ? 'soon' : 'later' };
}

/** "just now", "5 minutes ago", "2 hours ago", "3 days ago". */
export function formatAgo(thenMs: number, nowMs: number): string {
  const seconds = Math.max(0, Math.round((nowMs - thenMs) / 1000));
  if (seconds < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${plural(minutes, 'minute')} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${plural(hours, 'hour')} ago`;
  return `${plural(Math.round(hours / 24), 'day')} ago`;
}

/** "14:05" style local time for "Try again after …". */
export function formatTime(value: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return value;
  return new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(new Date(ms));
}

const MONTH_DAY = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const MONTH_DAY_YEAR = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', year: 'numeric' });
const HOUR_MINUTE = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** When shown data is from, in the user's zone: "today at 09:30", "Nov 28", or "Nov 28, 2025" in another year. */
export function formatDataAge(value: string, nowMs: number): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return value;
  const then = new Date(ms);
  const now = new Date(nowMs);
  if (then.toDateString() === now.toDateString()) return `today at ${HOUR_MINUTE.format(then)}`;
  return then.getFullYear() === now.getFullYear() ? MONTH_DAY.format(then) : MONTH_DAY_YEAR.format(then);
}

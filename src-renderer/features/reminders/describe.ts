import type { DueItem } from '../../../src-shared/domain/reminders';

function days(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}

/** "Overdue by 2 days", "Due today", "Due tomorrow", "Due in 3 days". */
export function describeDue(item: Pick<DueItem, 'state' | 'daysUntilDue'>): string {
  const n = item.daysUntilDue;
  if (item.state === 'overdue') return n === null || n >= 0 ? 'Overdue' : `Overdue by ${days(-n)}`;
  if (item.state === 'due_today' || n === 0) return 'Due today';
  if (n === 1) return 'Due tomorrow';
  return n === null ? 'Due soon' : `Due in ${days(n)}`;
}

/**
 * How loudly a row speaks, so the worst stand out instead of every overdue row shouting in the same
 * red: a week late or less is "late" (words and icon in red, no fill), up to a month "overdue" (a
 * filled badge), more than a month "critical" (a solid badge and a bar on the row). The 30-day line is
 * the inbox aging chart's first bucket.
 */
export type Urgency = 'critical' | 'overdue' | 'late' | 'today' | 'soon';

export const LATE_UP_TO_DAYS = 7;
export const CRITICAL_AFTER_DAYS = 30;

export function urgencyOf(item: Pick<DueItem, 'state' | 'daysUntilDue'>): Urgency {
  if (item.state === 'due_today') return 'today';
  if (item.state !== 'overdue') return 'soon';
  const late = item.daysUntilDue === null ? 0 : -item.daysUntilDue;
  return late > CRITICAL_AFTER_DAYS ? 'critical' : late > LATE_UP_TO_DAYS ? 'overdue' : 'late';
}

/** The invoice's name in lists and labels. */
export function invoiceLabel(item: Pick<DueItem, 'number' | 'invoiceId'>): string {
  return item.number ?? item.invoiceId.slice(item.invoiceId.indexOf(':') + 1);
}

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Lead days offered as checkboxes (others the user has are shown too). */
export const LEAD_DAY_CHOICES = [14, 7, 3, 2, 1, 0] as const;

export function leadDayLabel(n: number): string {
  return n === 0 ? 'On the due day' : `${days(n)} before`;
}

const LOCAL_DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** The local calendar date of a moment ("Jun 16, 2026"): snoozes end at the start of a local day. */
export function formatLocalDate(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : LOCAL_DATE.format(new Date(ms));
}

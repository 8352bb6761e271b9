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

/**
 * What a planned notification says. Plain data, so hosts only display it: the Electron shell as a
 * native notification, the web host as an event, tests as strings.
 */
import type { DueItem } from '../../../src-shared/domain';
import { describeCounts, describeWhen, formatMoney, formatShortDay, formatTotals, invoiceName, plural } from './format';

export type NotificationReason =
  /** One invoice reached a lead day (7, 3, 1 days before, or the due day). */
  | 'lead'
  /** One invoice is overdue (once per local day). */
  | 'overdue'
  /** One invoice the user marked paid still shows open after the check period. */
  | 'paid_contradicted'
  /** Several reminders fell due at once (e.g. when quiet hours or a pause ended). */
  | 'combined'
  /** Several reminders fell due while the machine slept or the app was not running. */
  | 'catch_up'
  /** The weekly digest. */
  | 'digest';

export interface PlannedNotification {
  /** 'invoice': about one invoice (click opens it); 'summary': several (click opens the reminders list). */
  kind: 'invoice' | 'summary';
  reason: NotificationReason;
  title: string;
  body: string;
  /** The invoice a click opens (kind 'invoice'); null for summaries. */
  invoiceId: string | null;
  /** The items the notification is about, most urgent first. */
  items: DueItem[];
}

function where(item: DueItem): string {
  return item.accountLabel === null ? item.providerName : `${item.providerName} · ${item.accountLabel}`;
}

function amountLine(item: DueItem): string {
  const due = item.dueDay === null ? '' : ` due ${formatShortDay(item.dueDay)}`;
  return `${formatMoney(item.amountDue, item.currency)}${due} — ${where(item)}`;
}

export function invoiceNotification(item: DueItem, reason: 'lead' | 'overdue' | 'paid_contradicted'): PlannedNotification {
  const title =
    reason === 'paid_contradicted' ? `${invoiceName(item)} still shows as unpaid` : `${invoiceName(item)} is ${describeWhen(item)}`;
  const body = item.note === null ? amountLine(item) : `${item.note} ${amountLine(item)}`;
  return { kind: 'invoice', reason, title, body, invoiceId: item.invoiceId, items: [item] };
}

/** "3 invoices need attention" / "2 overdue, 1 due today — USD 1,234.00 · EUR 90.00". */
export function summaryNotification(items: DueItem[], reason: 'combined' | 'catch_up'): PlannedNotification {
  const title = `${plural(items.length, 'invoice needs', 'invoices need')} attention`;
  return { kind: 'summary', reason, title, body: `${describeCounts(items)} — ${formatTotals(items)}`, invoiceId: null, items };
}

export function digestNotification(items: DueItem[]): PlannedNotification {
  const title = `This week: ${plural(items.length, 'invoice', 'invoices')} to pay`;
  return { kind: 'summary', reason: 'digest', title, body: `${describeCounts(items)} — ${formatTotals(items)}`, invoiceId: null, items };
}

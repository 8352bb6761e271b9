/**
 * Text for notifications, the tray tooltip and the CLI. Deterministic on purpose (no locale lookups):
 * the same input prints the same on every machine, so the texts are testable as data. Amounts read
 * "USD 1,234.00" (code, then the amount with the currency's own minor digits); currencies are never
 * added together.
 */
import { minorToDecimalString, sumByCurrency, type DueItem } from '../../../src-shared/domain';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 123456 USD -> "USD 1,234.56"; 500 JPY -> "JPY 500". */
export function formatMoney(minor: number, currency: string): string {
  const decimal = minorToDecimalString(minor, currency);
  const negative = decimal.startsWith('-');
  const [whole = '0', frac] = decimal.replace('-', '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${currency} ${negative ? '-' : ''}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

/**
 * Amount due per currency joined with " · " ("USD 1,234.00 · EUR 90.00"), currencies in the order they
 * first appear in `items` (most urgent first). Amounts of different currencies are not comparable, so
 * they are neither added nor ranked by size.
 */
export function formatTotals(items: readonly DueItem[]): string {
  const totals = sumByCurrency(items, (item) => ({ currency: item.currency, amount: item.amountDue }));
  const order = [...new Set(items.map((item) => item.currency))];
  return order.map((currency) => formatMoney(totals[currency] ?? 0, currency)).join(' · ');
}

/** "2026-11-18" -> "Nov 18". */
export function formatShortDay(day: string): string {
  const month = MONTHS[Number(day.slice(5, 7)) - 1] ?? day.slice(5, 7);
  return `${month} ${Number(day.slice(8, 10))}`;
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "due today", "due tomorrow", "due in 3 days", "overdue by 2 days", "overdue". */
export function describeWhen(item: Pick<DueItem, 'state' | 'daysUntilDue'>): string {
  const days = item.daysUntilDue;
  if (item.state === 'overdue') return days === null || days >= 0 ? 'overdue' : `overdue by ${plural(-days, 'day', 'days')}`;
  if (item.state === 'due_today' || days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  return days === null ? 'due soon' : `due in ${days} days`;
}

/** "2 overdue, 1 due today, 3 due soon" (parts with zero left out). */
export function describeCounts(items: readonly DueItem[]): string {
  const overdue = items.filter((item) => item.state === 'overdue').length;
  const today = items.filter((item) => item.state === 'due_today').length;
  const soon = items.filter((item) => item.state === 'due_soon').length;
  const parts: string[] = [];
  if (overdue > 0) parts.push(`${overdue} overdue`);
  if (today > 0) parts.push(`${today} due today`);
  if (soon > 0) parts.push(`${soon} due soon`);
  return parts.join(', ');
}

/** "Invoice INV-0305" or "An invoice" when the provider gives no number. */
export function invoiceName(item: Pick<DueItem, 'number'>): string {
  return item.number === null ? 'An invoice' : `Invoice ${item.number}`;
}

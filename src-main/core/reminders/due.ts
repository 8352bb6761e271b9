/**
 * THE due computation: the CLI `due` command, the reminders panel, notifications and the tray all
 * call computeDue, so they always agree.
 *
 * - Only money owed reminds: payable invoices (isPayable: kind "invoice", the provider says unpaid,
 *   money still due). Credits, refunds, prepayments, unknown statuses, paid, void, draft never do.
 * - The one status function decides (invoiceState in src-shared): on the user's local calendar
 *   (`zone`), an invoice is due on its due day (a calendar date as given; a date-time on the local day
 *   it falls on) and overdue from the next local day. Without a due date, only a provider's "overdue"
 *   counts toward due: an invoice without a due date reminds on the day the user expects it, else a
 *   number of days after it was issued (the no-due-date rule).
 * - What the user said in the reminder state is honoured: a snoozed, muted, account-muted or
 *   marked-paid invoice is hidden (listed with `hidden` set only when asked). "I paid this" hides an
 *   invoice for `paidCheckDays`; if it is still unpaid after that it comes back with a note.
 */
import type { DueHiddenReason, DueItem, DueState, Invoice } from '../../../src-shared/domain';
import { addDays, daysBetween, invoiceState, isDateOnly, providerName } from '../../../src-shared/domain';
import { formatShortDay } from './format';
import { DAY_MS, localDay, type TimeZone } from './local-time';
import { isAccountMuted, type ReminderState } from './state';

export interface DueContext {
  zone: TimeZone;
  /** Snooze, mute and "I paid this"; none when omitted. */
  state?: ReminderState;
  /** Account labels by account id, shown next to the provider. */
  accountLabels?: Readonly<Record<string, string>>;
  /** Days an invoice marked paid may stay open before it comes back (default 3). */
  paidCheckDays?: number;
  /** An invoice without a due date reminds this many days after it was issued (default 14). */
  noDueDateDays?: number;
}

export interface DueOptions extends DueContext {
  /** Due within this many days from today (0 = today), plus everything overdue. */
  withinDays: number;
  /** Also return hidden (snoozed, muted, marked-paid) items, with `hidden` set. */
  includeHidden?: boolean;
}

export interface DueTiming {
  dueDay: string | null;
  daysUntilDue: number | null;
  state: DueState;
  dueBasis: DueItem['dueBasis'];
}

export const DEFAULT_NO_DUE_DATE_DAYS = 14;

/**
 * When an invoice is due relative to `asOfMs`; null when it cannot remind (not payable). An invoice
 * without a due date is due on the day the user expects it (their mark), else `noDueDateDays` after it
 * was issued: it reminds like any other, so a bill without a date is never forgotten.
 */
export function dueTiming(
  invoice: Invoice,
  asOfMs: number,
  zone: TimeZone,
  noDueDate: { expected?: string | undefined; days?: number } = {},
): DueTiming | null {
  const today = localDay(asOfMs, zone);
  const { state, payable, dueDay } = invoiceState(invoice, today, zone);
  if (!payable) return null;
  if (state === 'no_due_date') {
    const issuedDay = invoice.issuedAt === null ? null : localDay(Date.parse(invoice.issuedAt), zone);
    const remindDay = noDueDate.expected ?? (issuedDay === null ? null : addDays(issuedDay, noDueDate.days ?? DEFAULT_NO_DUE_DATE_DAYS));
    if (remindDay === null) return null;
    const days = daysBetween(today, remindDay);
    return { dueDay: remindDay, daysUntilDue: days, state: days < 0 ? 'overdue' : days === 0 ? 'due_today' : 'due_soon', dueBasis: noDueDate.expected ? 'expected' : 'issued' };
  }
  const daysUntilDue = dueDay === null ? null : daysBetween(today, dueDay);
  switch (state) {
    case 'overdue':
      return { dueDay, daysUntilDue, state: 'overdue', dueBasis: 'provider' };
    case 'due_today':
      return { dueDay, daysUntilDue, state: 'due_today', dueBasis: 'provider' };
    case 'open':
      return { dueDay, daysUntilDue, state: 'due_soon', dueBasis: 'provider' };
    default:
      return null;
  }
}

export function computeDue(invoices: readonly Invoice[], asOfMs: number, options: DueOptions): DueItem[] {
  const items: DueItem[] = [];
  for (const invoice of invoices) {
    const item = dueItem(invoice, asOfMs, options);
    if (item === null) continue;
    if (item.hidden !== null && options.includeHidden !== true) continue;
    if (item.state !== 'overdue' && (item.daysUntilDue ?? 0) > options.withinDays) continue;
    items.push(item);
  }
  return items.sort(byUrgency);
}

/** One invoice as a due item (hidden or not), or null when it cannot remind. */
export function dueItem(invoice: Invoice, asOfMs: number, context: DueContext): DueItem | null {
  const entry = context.state?.invoices[invoice.id];
  const timing = dueTiming(invoice, asOfMs, context.zone, { expected: entry?.expectedDueDate, ...(context.noDueDateDays !== undefined ? { days: context.noDueDateDays } : {}) });
  if (timing === null) return null;
  const snoozedUntil = entry?.snoozedUntil !== undefined && Date.parse(entry.snoozedUntil) > asOfMs ? entry.snoozedUntil : null;
  const markedPaidAt = entry?.markedPaidAt ?? null;
  let note: string | null =
    timing.dueBasis === 'issued'
      ? `${providerName(invoice.provider)} gave no due date; reminding ${context.noDueDateDays ?? DEFAULT_NO_DUE_DATE_DAYS} days after it was issued. Set the date you expect to pay it by in the invoice's details.`
      : timing.dueBasis === 'expected'
        ? 'Due on the date you expect (no due date from the provider).'
        : null;
  let hidden: DueHiddenReason | null = null;
  if (markedPaidAt !== null) {
    const markedMs = Date.parse(markedPaidAt);
    if (asOfMs < markedMs + (context.paidCheckDays ?? 3) * DAY_MS) hidden = 'marked_paid';
    else {
      note = `You marked this paid on ${formatShortDay(localDay(markedMs, context.zone))}, but ${providerName(invoice.provider)} still shows it open.`;
    }
  }
  if (snoozedUntil !== null) hidden = 'snoozed';
  if (entry?.muted === true) hidden = 'muted';
  if (context.state !== undefined && isAccountMuted(context.state, invoice.accountId)) hidden = 'account_muted';
  return {
    invoiceId: invoice.id,
    number: invoice.number,
    provider: invoice.provider,
    providerName: providerName(invoice.provider),
    accountId: invoice.accountId,
    accountLabel: context.accountLabels?.[invoice.accountId] ?? null,
    amountDue: invoice.amountDue,
    currency: invoice.currency,
    dueAt: invoice.dueAt,
    dueDay: timing.dueDay,
    daysUntilDue: timing.daysUntilDue,
    state: timing.state,
    dueBasis: timing.dueBasis,
    note,
    hidden,
    snoozedUntil,
    markedPaidAt,
  };
}

const STATE_RANK: Record<DueState, number> = { overdue: 0, due_today: 1, due_soon: 2 };

/** Most urgent first: overdue (longest overdue first), due today, then soonest; ties by due moment, amount, id. */
export function byUrgency(a: DueItem, b: DueItem): number {
  return (
    STATE_RANK[a.state] - STATE_RANK[b.state] ||
    (a.daysUntilDue ?? -1) - (b.daysUntilDue ?? -1) ||
    dueSortMs(a) - dueSortMs(b) ||
    b.amountDue - a.amountDue ||
    (a.invoiceId < b.invoiceId ? -1 : a.invoiceId > b.invoiceId ? 1 : 0)
  );
}

function dueSortMs(item: DueItem): number {
  if (item.dueAt === null) return 0;
  const ms = Date.parse(isDateOnly(item.dueAt) ? `${item.dueAt}T23:59:59Z` : item.dueAt);
  return Number.isNaN(ms) ? 0 : ms;
}

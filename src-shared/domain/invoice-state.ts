/**
 * THE status function: what state an invoice is in for the user, today, on the user's local calendar.
 * The inbox, aging, totals, reminders, tray, CLI `list` and `due` all use it (or the SQL mirror of it
 * documented below), so "overdue" means one thing everywhere.
 *
 * The rule, exactly (every comparison is on YYYY-MM-DD strings, which order like dates):
 *
 *   dueDay = dueAt                              when dueAt is a calendar date ("2026-05-01")
 *          = localDay(Date.parse(dueAt), zone)  when dueAt is a date-time (its day where the user is)
 *          = null                               without dueAt
 *
 *   status paid | void | uncollectible | draft  -> that status
 *   status unknown:  paidAt set or amountDue <= 0 -> 'paid';  otherwise -> 'unknown'
 *   status open | overdue (the provider says unpaid):
 *     dueDay null:  'overdue' if the provider said overdue, else 'no_due_date'
 *     dueDay <  today -> 'overdue'     (from the first local calendar day after the due date)
 *     dueDay == today -> 'due_today'   (never also overdue, whatever the time of day)
 *     dueDay >  today -> 'open'
 *
 *   payable = kind == 'invoice' AND status in (open, overdue) AND amountDue > 0
 *             (what counts toward due totals, aging, reminders, tray and badge; see isPayable)
 *
 * With a due date, the provider's own "overdue" word does not decide: the local calendar does.
 */
import { dueDayOf } from './dates';
import { isPayable, type Invoice } from './invoice';
import { localDay, startOfLocalDay, toZone, type TimeZone } from './local-time';

export const INVOICE_STATES = ['overdue', 'due_today', 'open', 'no_due_date', 'paid', 'void', 'uncollectible', 'draft', 'unknown'] as const;
export type InvoiceState = (typeof INVOICE_STATES)[number];

/** The states of an unpaid invoice (the provider says open or overdue). */
export const UNPAID_STATES: readonly InvoiceState[] = ['overdue', 'due_today', 'open', 'no_due_date'];

/** What the status function reads of an invoice. */
export type StateInput = Pick<Invoice, 'status' | 'kind' | 'dueAt' | 'paidAt' | 'amountDue'>;

export interface InvoiceStateResult {
  state: InvoiceState;
  /** Counts toward what is due (see isPayable). */
  payable: boolean;
  /** The due date on the user's local calendar; null without a (readable) due date. */
  dueDay: string | null;
}

/**
 * The rule on days alone (no zones): the form to mirror in SQL, given a row's local `dueDay` and the
 * user's local `today` (both YYYY-MM-DD).
 */
export function stateOnDay(input: Omit<StateInput, 'dueAt'> & { dueDay: string | null }, today: string): InvoiceState {
  switch (input.status) {
    case 'paid':
    case 'void':
    case 'uncollectible':
    case 'draft':
      return input.status;
    case 'unknown':
      return input.paidAt !== null || input.amountDue <= 0 ? 'paid' : 'unknown';
    case 'open':
    case 'overdue':
      if (input.dueDay === null) return input.status === 'overdue' ? 'overdue' : 'no_due_date';
      if (input.dueDay < today) return 'overdue';
      return input.dueDay === today ? 'due_today' : 'open';
  }
}

/** The invoice's state on the user's local calendar day `today` (YYYY-MM-DD) in `zone`. */
export function invoiceState(invoice: StateInput, today: string, zone: TimeZone | string): InvoiceStateResult {
  const dueDay = dueDayOf(invoice.dueAt, zone);
  return { state: stateOnDay({ ...invoice, dueDay }, today), payable: isPayable(invoice), dueDay };
}

/** The invoice's state at the instant `nowMs`, where the user is (`zone`). */
export function invoiceStateAt(invoice: StateInput, nowMs: number, zone: TimeZone | string): InvoiceStateResult {
  return invoiceState(invoice, localDay(nowMs, zone), zone);
}

/**
 * The instants bounding the local day `today`: [startMs, endMs). For a date-time due moment t,
 * `t < startMs` reads as overdue, `startMs <= t < endMs` as due today, `t >= endMs` as open: the
 * index-friendly form for SQL over due date-times stored as ISO UTC strings with milliseconds
 * (compare against new Date(startMs).toISOString()). Property-tested to agree with the local-day rule
 * in every zone from 2011 on, daylight-saving changes at midnight included (Santiago, Havana, Beirut).
 * Before 2011 a few zones (St. John's, Goose Bay, Moncton; Casey in 2010) fell back across midnight at
 * 00:01, so the local day went backwards for a minute and the two forms can differ in those minutes;
 * the IANA database has no such change from 2011 to 2040.
 */
export function localDayBounds(today: string, zone: TimeZone | string): { startMs: number; endMs: number } {
  const tz = toZone(zone);
  const next = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { startMs: startOfLocalDay(today, tz), endMs: startOfLocalDay(next, tz) };
}

/** Labels for people (chips, CLI tables). */
export const STATE_LABELS: Readonly<Record<InvoiceState, string>> = {
  overdue: 'Overdue',
  due_today: 'Due today',
  open: 'Open',
  no_due_date: 'No due date',
  paid: 'Paid',
  void: 'Void',
  uncollectible: 'Uncollectible',
  draft: 'Draft',
  unknown: 'Unknown',
};

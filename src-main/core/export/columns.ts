/**
 * The columns of an invoice export, shared by CSV and XLSX: what each holds for a row, typed (text,
 * an amount in the row's currency, or a calendar day) so each format writes it its own way.
 */
import { isDateOnly, KIND_LABELS, providerName, STATE_LABELS, type InboxRowView } from '../../../src-shared/domain';
import type { QueryCalendar } from '../store/types';

export type ExportCell =
  | { kind: 'text'; text: string }
  /** Minor units of `currency` (exact; formats convert at the edge). */
  | { kind: 'money'; minor: number; currency: string }
  /** A calendar day YYYY-MM-DD on the user's calendar, or null. */
  | { kind: 'day'; day: string | null };

export interface ExportColumn {
  header: string;
  /** Width in characters (XLSX). */
  width: number;
  cell(row: InboxRowView, dayOf: DayOf): ExportCell;
}

/** The day of a date or date-time on the user's calendar (a provider's calendar date stays itself). */
export type DayOf = (value: string | null) => string | null;

export function dayReader(calendar: Pick<QueryCalendar, 'dayOf'>): DayOf {
  return (value) => {
    if (value === null) return null;
    if (isDateOnly(value)) return value;
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? null : calendar.dayOf(ms);
  };
}

const text = (value: string | null): ExportCell => ({ kind: 'text', text: value ?? '' });
const money = (minor: number, row: InboxRowView): ExportCell => ({ kind: 'money', minor, currency: row.currency });

export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { header: 'Account', width: 24, cell: (row) => text(row.accountLabel) },
  { header: 'Provider', width: 12, cell: (row) => text(providerName(row.provider)) },
  { header: 'Number', width: 18, cell: (row) => text(row.number) },
  { header: 'Provider invoice ID', width: 30, cell: (row) => text(row.providerInvoiceId) },
  { header: 'State', width: 13, cell: (row) => text(STATE_LABELS[row.state]) },
  { header: 'Kind', width: 13, cell: (row) => text(KIND_LABELS[row.kind]) },
  { header: 'Currency', width: 9, cell: (row) => text(row.currency) },
  { header: 'Total', width: 14, cell: (row) => money(row.total, row) },
  { header: 'Amount due', width: 14, cell: (row) => money(row.amountDue, row) },
  { header: 'Amount paid', width: 14, cell: (row) => money(row.amountPaid, row) },
  { header: 'Issued', width: 12, cell: (row, dayOf) => ({ kind: 'day', day: dayOf(row.issuedAt) }) },
  { header: 'Due', width: 12, cell: (row, dayOf) => ({ kind: 'day', day: dayOf(row.dueAt) }) },
  { header: 'Paid on', width: 12, cell: (row, dayOf) => ({ kind: 'day', day: dayOf(row.paidAt) }) },
  { header: 'Description', width: 40, cell: (row) => text(row.description) },
  { header: 'Marked paid', width: 12, cell: (row, dayOf) => ({ kind: 'day', day: dayOf(row.markedPaidAt) }) },
  { header: 'Tags', width: 20, cell: (row) => text(row.tags.length === 0 ? null : row.tags.join(', ')) },
];

export const EXPORT_HEADERS = EXPORT_COLUMNS.map((column) => column.header);

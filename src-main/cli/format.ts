import { csvField } from '../core/export/csv';
import { minorToDecimalString, providerName, STATE_LABELS, type Account, type Invoice, type InvoiceState } from '../../src-shared/domain';

/** An invoice as `list` prints it: its state on the user's calendar, whether it counts as due, its local due day. */
export type StatedInvoice = Invoice & { state: InvoiceState; payable: boolean; dueDay: string | null };

/** A plain text table: columns padded to their widest cell, numbers right-aligned. */
export function renderTable(headers: string[], rows: string[][], rightAligned: ReadonlySet<number> = new Set()): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (rightAligned.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}

export const CSV_COLUMNS = [
  'id', 'account_id', 'account_label', 'provider', 'number', 'state', 'status', 'raw_status', 'kind', 'payable', 'currency',
  'total', 'amount_due', 'amount_paid', 'issued_at', 'due_at', 'paid_at', 'description', 'pay_url', 'pdf_url',
] as const;

/** CSV with amounts as exact decimal strings in the invoice's currency ("19.99", JPY "500"). */
export function invoicesToCsv(invoices: StatedInvoice[], accounts: Map<string, Account>): string {
  const rows = invoices.map((inv) =>
    [
      inv.id, inv.accountId, accounts.get(inv.accountId)?.label ?? '', inv.provider, inv.number, inv.state, inv.status, inv.rawStatus,
      inv.kind, inv.payable ? 'yes' : 'no', inv.currency, minorToDecimalString(inv.total, inv.currency), minorToDecimalString(inv.amountDue, inv.currency),
      minorToDecimalString(inv.amountPaid, inv.currency), inv.issuedAt, inv.dueAt, inv.paidAt, inv.description, inv.payUrl, inv.pdfUrl,
    ]
      .map(csvField)
      .join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/** KIND is blank for invoices; credits, refunds, prepayments and other records say what they are. */
const KIND_WORDS: Readonly<Record<Invoice['kind'], string>> = {
  invoice: '',
  credit_note: 'credit note',
  refund: 'refund',
  prepayment: 'prepayment',
  other: 'other',
};

export function invoicesToTable(invoices: StatedInvoice[], accounts: Map<string, Account>): string {
  const rows = invoices.map((inv) => [
    accounts.get(inv.accountId)?.label ?? inv.accountId,
    providerName(inv.provider),
    inv.number ?? inv.providerInvoiceId,
    STATE_LABELS[inv.state],
    KIND_WORDS[inv.kind],
    inv.dueDay ?? '',
    `${minorToDecimalString(inv.amountDue, inv.currency)} ${inv.currency}`,
    `${minorToDecimalString(inv.total, inv.currency)} ${inv.currency}`,
  ]);
  return renderTable(['ACCOUNT', 'PROVIDER', 'NUMBER', 'STATE', 'KIND', 'DUE', 'AMOUNT DUE', 'TOTAL'], rows, new Set([6, 7]));
}

export function accountsToTable(accounts: Account[], lastSynced: Map<string, string | null>): string {
  const rows = accounts.map((a) => [a.id, providerName(a.provider), a.label, a.baseUrl ?? '(default)', lastSynced.get(a.id) ?? 'never']);
  return renderTable(['ID', 'PROVIDER', 'LABEL', 'BASE URL', 'LAST SYNCED'], rows);
}

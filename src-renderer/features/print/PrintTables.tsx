import type { CurrencyTotal, InboxRowView } from '../../../src-shared/domain/inbox-query';
import { providerName } from '../../../src-shared/domain/provider';
import { StatusChip } from '../../components/StatusChip';
import { formatDay } from '../../format/dates';
import { formatMoney } from '../../format/money';

/** A table's header row; names after `numericFrom` are right-aligned amounts and counts. */
export function Head({ names, numericFrom }: { names: readonly string[]; numericFrom: number }) {
  return (
    <thead>
      <tr>
        {names.map((name, n) => (
          <th scope="col" key={name} className={n >= numericFrom ? 'num' : undefined}>
            {name}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** The rows of a printed view: a real table, so the header row repeats on every printed page. */
export function RowsTable({ rows, caption }: { rows: readonly InboxRowView[]; caption: string }) {
  return (
    <table className="print-table print-rows">
      <caption className="visually-hidden">{caption}</caption>
      <Head names={['Account', 'Number', 'Status', 'Issued', 'Due', 'Amount due', 'Total']} numericFrom={5} />
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-invoice-id={row.id}>
            <td>
              {providerName(row.provider)} · {row.accountLabel}
            </td>
            <td>{row.number ?? row.providerInvoiceId}</td>
            <td>
              <StatusChip state={row.state} kind={row.kind} markedPaidAt={row.markedPaidAt} />
            </td>
            <td>{formatDay(row.issuedAt)}</td>
            <td>{formatDay(row.dueAt)}</td>
            <td className="num">{formatMoney(row.amountDue, row.currency)}</td>
            <td className="num">{formatMoney(row.total, row.currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What is due and what was paid, one row per currency (amounts of different currencies never added). */
export function TotalsTable({ totals }: { totals: readonly CurrencyTotal[] }) {
  if (totals.length === 0) return <p>No invoices.</p>;
  return (
    <table className="print-table print-totals">
      <caption className="visually-hidden">Totals per currency</caption>
      <Head names={['Currency', 'Invoices', 'Amount due', 'Bills with money due', 'Paid']} numericFrom={1} />
      <tbody>
        {totals.map((total) => (
          <tr key={total.currency} data-currency={total.currency}>
            <th scope="row">{total.currency}</th>
            <td className="num">{total.count.toLocaleString()}</td>
            <td className="num">{formatMoney(total.dueAmount, total.currency)}</td>
            <td className="num">{total.dueCount.toLocaleString()}</td>
            <td className="num">{formatMoney(total.paidAmount, total.currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

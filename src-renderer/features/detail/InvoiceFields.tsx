import type { AccountView } from '../../../src-shared/contract';
import { KIND_LABELS, type Invoice } from '../../../src-shared/domain/invoice';
import { STATE_LABELS, type InvoiceState } from '../../../src-shared/domain/invoice-state';
import { PROVIDERS } from '../../../src-shared/domain/provider';
import { formatAgo, formatDateTime, formatDay, relativeDue } from '../../format/dates';
import { useCopyText } from '../../app/useCopyText';
import { CopyButton } from '../../components/CopyButton';
import { formatMoney } from '../../format/money';

interface FieldsProps {
  invoice: Invoice;
  state: InvoiceState;
  account: AccountView | null;
  accountLabel: string;
  lastSyncedAt: string | null;
  nowMs: number;
}

const PROVIDER_ID_FIELD = 'Provider’s invoice ID';

function period(start: string | null, end: string | null): string {
  if (start === null && end === null) return '—';
  return `${formatDay(start)} – ${formatDay(end)}`;
}


/** Every field of the normalized invoice, where it came from and when it was last synced. */
export function InvoiceFields({ invoice, state, account, accountLabel, lastSyncedAt, nowMs }: FieldsProps) {
  const money = (minor: number) => formatMoney(minor, invoice.currency);
  const due = relativeDue(invoice.dueAt, state, nowMs);
  const provider = PROVIDERS[invoice.provider];
  const copy = useCopyText();
  // The header copies the number (or this id when there is none); this row copies the provider's id.
  const copyIdToo = invoice.number !== null && invoice.number !== invoice.providerInvoiceId;
  const fields: Array<[string, string]> = [
    ['Number', invoice.number ?? '—'],
    [PROVIDER_ID_FIELD, invoice.providerInvoiceId],
    ['Status', `${STATE_LABELS[state]} (provider says “${invoice.rawStatus}”)`],
    ['Kind', KIND_LABELS[invoice.kind]],
    ['Currency', invoice.currency],
    ['Total', money(invoice.total)],
    ['Amount due', money(invoice.amountDue)],
    ['Amount paid', money(invoice.amountPaid)],
    ['Issued', formatDay(invoice.issuedAt)],
    ['Due', invoice.dueAt === null ? '—' : `${formatDay(invoice.dueAt)}${due ? ` (${due.text})` : ''}`],
    ['Paid', formatDay(invoice.paidAt)],
    ['Service period', period(invoice.periodStart, invoice.periodEnd)],
    ['Description', invoice.description ?? '—'],
    ['Changed at the provider', formatDateTime(invoice.updatedAt)],
    ['Provider', provider.name],
    ['Account', accountLabel],
    ['API address', account?.baseUrl ?? provider.defaultBaseUrl ?? '—'],
    ['Last synced', lastSyncedAt === null ? 'Never' : `${formatDateTime(lastSyncedAt)} (${formatAgo(Date.parse(lastSyncedAt), nowMs)})`],
    ['Payment link', invoice.payUrl === null ? 'None from the provider' : 'Available'],
    ['Receipt', invoice.receiptUrl === null ? 'None from the provider' : 'Available'],
    ['PDF', invoice.pdfUrl === null ? 'None from the provider' : 'Available'],
  ];
  return (
    <>
      <dl className="fields">
        {fields.map(([name, value]) => (
          <div className="field-row" key={name}>
            <dt>{name}</dt>
            <dd>
              {value}
              {name === PROVIDER_ID_FIELD && copyIdToo ? (
                <CopyButton label={`Copy provider’s invoice ID ${value}`} onCopy={() => void copy(value)} />
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      <h3 className="section-title">Line items</h3>
      {invoice.lineItems.length === 0 ? (
        <p className="muted">The provider listed no line items.</p>
      ) : (
        <table className="line-items">
          <caption className="visually-hidden">Line items of this invoice</caption>
          <thead>
            <tr>
              <th scope="col">Description</th>
              <th scope="col" className="num">Qty</th>
              <th scope="col" className="num">Unit</th>
              <th scope="col" className="num">Amount</th>
              <th scope="col">Period</th>
            </tr>
          </thead>
          <tbody>
            {invoice.lineItems.map((item, i) => (
              <tr key={i}>
                <td>{item.description}</td>
                <td className="num">{item.quantity ?? '—'}</td>
                <td className="num">{item.unitAmount === null ? '—' : money(item.unitAmount)}</td>
                <td className="num">{money(item.amount)}</td>
                <td>{period(item.periodStart, item.periodEnd)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

import { useId } from 'react';
import { providerName } from '../../../src-shared/domain/provider';
import { useAccounts, useClock, useInbox, useServices, useSync } from '../../app/context';
import { useCopyText } from '../../app/useCopyText';
import { CopyButton } from '../../components/CopyButton';
import { StatusChip } from '../../components/StatusChip';
import { amountText, formatMoney, KIND_AMOUNT } from '../../format/money';
import { PdfPreview } from '../pdf/PdfPreview';
import { InvoiceFields } from './InvoiceFields';
import { MarkHistory } from './MarkHistory';
import { NoteEditor, TagEditor } from './NoteAndTags';
import { UserMarks } from './UserMarks';
import { noLinkReason, openInvoiceLink, type LinkKind } from './links';

function LinkButton({ label, reason, onClick, shortcut }: { label: string; reason: string | null; onClick: () => void; shortcut?: string }) {
  const reasonId = useId();
  return (
    <div className="action">
      <button
        type="button"
        className={label === 'Pay' ? 'primary' : undefined}
        disabled={reason !== null}
        aria-describedby={reason !== null ? reasonId : undefined}
        aria-keyshortcuts={shortcut}
        onClick={onClick}
      >
        {label}
      </button>
      {reason !== null ? (
        <p className="action-reason" id={reasonId}>
          {reason}
        </p>
      ) : null}
    </div>
  );
}

/** The selected invoice: every field, line items, Pay / Receipt / PDF. */
export function DetailPane() {
  const { api, stores } = useServices();
  const clock = useClock();
  const detail = useInbox((s) => s.detail);
  const detailState = useInbox((s) => s.detailState);
  const pdfOpen = useInbox((s) => s.pdfOpen);
  const closeDetail = useInbox((s) => s.closeDetail);
  const accounts = useAccounts((s) => s.accounts);
  const syncState = useSync((s) => (detail ? s.byAccount[detail.invoice.accountId] : undefined));
  const copy = useCopyText();

  if (detailState === 'loading' && !detail) {
    return (
      <p className="muted detail-empty" role="status">
        Loading the invoice…
      </p>
    );
  }
  if (!detail) {
    return (
      <div className="detail-empty">
        <p className="muted">This invoice is no longer in the inbox.</p>
        <button type="button" onClick={closeDetail}>
          Close
        </button>
      </div>
    );
  }
  const { invoice, accountLabel } = detail;
  const name = providerName(invoice.provider);
  const account = accounts.find((a) => a.id === invoice.accountId) ?? null;
  const lastSyncedAt = syncState?.lastSyncedAt ?? account?.sync.lastSyncedAt ?? null;
  const open = (which: LinkKind) => void openInvoiceLink(api, stores.app, invoice, which, detail.payable && !detail.mark?.markedPaidAt);
  const isCredit = invoice.kind !== 'invoice';
  const pdfReason = invoice.pdfUrl === null ? `${name} gave no PDF for this invoice` : null;
  const title = invoice.number ?? invoice.providerInvoiceId;

  return (
    <article className="detail" aria-labelledby="detail-title">
      <header className="detail-header">
        <div>
          <div className="detail-title-line">
            <h2 id="detail-title">Invoice {title}</h2>
            <CopyButton label={`Copy invoice number ${title}`} onCopy={() => void copy(title)} />
          </div>
          <p className="muted">
            {name} · {accountLabel}
          </p>
        </div>
        <StatusChip state={detail.state} kind={invoice.kind} markedPaidAt={detail.mark?.markedPaidAt ?? null} markState={detail.markState} />
        <button type="button" className="icon-button" aria-label="Close details" aria-keyshortcuts="Escape" onClick={closeDetail}>
          ×
        </button>
      </header>
      <div className="detail-amounts">
        <div>
          <span className="muted">{KIND_AMOUNT[invoice.kind]}</span>
          <strong className={`big-amount${isCredit ? ' amount-credit' : ''}`}>{amountText(invoice.kind, invoice.amountDue, invoice.total, invoice.currency)}</strong>
        </div>
        <div>
          <span className="muted">Total</span>
          <span>{formatMoney(invoice.total, invoice.currency)}</span>
        </div>
      </div>
      <div className="detail-actions">
        <LinkButton label="Pay" reason={noLinkReason(invoice, 'pay')} onClick={() => open('pay')} shortcut="p" />
        <LinkButton label="Receipt" reason={noLinkReason(invoice, 'receipt')} onClick={() => open('receipt')} />
        <LinkButton
          label={pdfOpen && pdfReason === null ? 'Hide PDF' : 'Preview PDF'}
          reason={pdfReason}
          onClick={() => (pdfOpen ? stores.inbox.getState().closePdf() : stores.inbox.getState().openPdf())}
          shortcut="o"
        />
      </div>
      <UserMarks detail={detail} />
      {pdfOpen && pdfReason === null ? <PdfPreview key={invoice.id} invoiceId={invoice.id} onClose={() => stores.inbox.getState().closePdf()} /> : null}
      <InvoiceFields
        invoice={invoice}
        state={detail.state}
        account={account}
        accountLabel={accountLabel}
        lastSyncedAt={lastSyncedAt}
        nowMs={clock()}
      />
      <NoteEditor key={`${invoice.id}:${detail.note?.updatedAt ?? ''}`} detail={detail} />
      <TagEditor detail={detail} />
      <MarkHistory history={detail.history} />
    </article>
  );
}

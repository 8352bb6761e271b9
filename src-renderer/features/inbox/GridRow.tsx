import { memo, type MouseEvent } from 'react';
import type { InboxRowView } from '../../../src-shared/domain/inbox-query';
import { providerName } from '../../../src-shared/domain/provider';
import { StatusChip } from '../../components/StatusChip';
import { formatDay, relativeDue } from '../../format/dates';
import { amountText, CREDIT_KINDS, formatMoney, KIND_AMOUNT } from '../../format/money';
import { NumberCell } from './NumberCell';
import { StaleMarker } from './stale';

/** The amount column: what is owed on a bill; a credit or refund in the user's favour, never as owed. */
function amountCell(row: InboxRowView): { text: string; className: string; title?: string } {
  const text = amountText(row.kind, row.amountDue, row.total, row.currency);
  if (row.kind === 'invoice') return { text, className: '' };
  return { text, className: CREDIT_KINDS.has(row.kind) ? ' amount-credit' : ' muted', title: KIND_AMOUNT[row.kind] };
}

/** How a row joins the selection: on its own (ctrl/cmd-click, its checkbox, x) or as a range from the anchor (shift). */
export type PickHow = 'toggle' | 'range';

export const rowDomId = (invoiceId: string): string => `invoice-row-${invoiceId.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** A checkbox's click decides (with its modifier keys); its change event has nothing more to say. */
const ignoreChange = (): void => undefined;

export const Row = memo(function Row({ row, index, start, selected, checked, multi, nowMs, onOpen, onPick }: {
  row: InboxRowView;
  index: number;
  start: number;
  /** The cursor row. */
  selected: boolean;
  /** Picked for a bulk action. */
  checked: boolean;
  /** Some rows are picked: aria-selected tells the picked rows, else it follows the cursor. */
  multi: boolean;
  nowMs: number;
  onOpen: (invoiceId: string, index: number) => void;
  onPick: (invoiceId: string, index: number, how: PickHow) => void;
}) {
  const due = row.markedPaidAt === null && row.payable ? relativeDue(row.dueAt, row.state, nowMs) : null;
  const amount = amountCell(row);
  const onClick = (event: MouseEvent) => {
    if (event.shiftKey) onPick(row.id, index, 'range');
    else if (event.ctrlKey || event.metaKey) onPick(row.id, index, 'toggle');
    else onOpen(row.id, index);
  };
  return (
    <div
      role="row"
      id={rowDomId(row.id)}
      aria-rowindex={index + 2}
      aria-selected={multi ? checked : selected}
      className={`grid-row${selected ? ' selected' : ''}${checked ? ' checked' : ''}`}
      style={{ transform: `translateY(${start}px)` }}
      onClick={onClick}
      // A shift-click picks rows, not the text of the rows in between.
      onMouseDown={(event) => {
        if (event.shiftKey) event.preventDefault();
      }}
    >
      <div role="gridcell" className="col-select">
        <input
          type="checkbox"
          checked={checked}
          aria-label={`Select ${row.number ?? row.providerInvoiceId}`}
          tabIndex={-1}
          onChange={ignoreChange}
          onClick={(event) => {
            event.stopPropagation();
            onPick(row.id, index, event.shiftKey ? 'range' : 'toggle');
          }}
        />
      </div>
      <div role="gridcell" className="col-account">
        <span className="provider">{providerName(row.provider)}</span> <span className="account">{row.accountLabel}</span>
        <StaleMarker accountId={row.accountId} />
      </div>
      <div role="gridcell" className="col-number">
        <NumberCell number={row.number} providerInvoiceId={row.providerInvoiceId} />
      </div>
      <div role="gridcell" className="col-status">
        <StatusChip state={row.state} kind={row.kind} markedPaidAt={row.markedPaidAt} markState={row.markState} />
      </div>
      <div role="gridcell" className="col-issued">{formatDay(row.issuedAt)}</div>
      <div role="gridcell" className="col-due">{formatDay(row.dueAt)}</div>
      <div role="gridcell" className={`col-when ${due ? `due-${due.tone}` : 'muted'}`}>
        {due?.text ?? ''}
      </div>
      <div role="gridcell" className="col-paid">{row.paidAt === null ? '' : formatDay(row.paidAt)}</div>
      <div role="gridcell" className="col-tags">
        {row.tags.length > 0 ? <TagChips tags={row.tags} /> : null}
        {row.hasNote ? (
          <span className="note-marker" title="Has a note">
            Note
          </span>
        ) : null}
      </div>
      <div role="gridcell" className={`col-amount num${amount.className}`} title={amount.title}>
        {amount.text}
      </div>
      <div role="gridcell" className="col-total num muted-strong">{formatMoney(row.total, row.currency)}</div>
    </div>
  );
});

/** Up to two tags, then "+N" (the full list in the title). */
function TagChips({ tags }: { tags: string[] }) {
  const shown = tags.slice(0, 2);
  return (
    <span className="row-tags" title={tags.join(', ')}>
      {shown.map((tag) => (
        <span key={tag} className="tag tag-small">
          {tag}
        </span>
      ))}
      {tags.length > shown.length ? <span className="muted"> +{tags.length - shown.length}</span> : null}
    </span>
  );
}

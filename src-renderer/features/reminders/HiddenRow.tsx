import type { DueItem } from '../../../src-shared/domain/reminders';
import { formatMoney } from '../../format/money';
import { DueBadge } from './DueBadge';
import { formatLocalDate, invoiceLabel } from './describe';

export interface HiddenRowActions {
  unsnooze(invoiceId: string): void;
  unmute(invoiceId: string): void;
  unmarkPaid(invoiceId: string): void;
  unmuteAccount(accountId: string): void;
}

/** Why an invoice is off the due list, and the undo. */
function whyHidden(item: DueItem, actions: HiddenRowActions): { why: string; undo: string; run: () => void } {
  const account = item.accountLabel ?? item.accountId;
  switch (item.hidden) {
    case 'snoozed':
      return { why: `Snoozed until ${item.snoozedUntil ? formatLocalDate(item.snoozedUntil) : 'later'}`, undo: 'Unsnooze', run: () => actions.unsnooze(item.invoiceId) };
    case 'marked_paid':
      return {
        why: `Marked paid${item.markedPaidAt ? ` on ${formatLocalDate(item.markedPaidAt)}` : ''}; waiting for ${item.providerName} to confirm`,
        undo: 'Not paid yet',
        run: () => actions.unmarkPaid(item.invoiceId),
      };
    case 'account_muted':
      return { why: `All reminders from ${account} are muted`, undo: `Unmute ${account}`, run: () => actions.unmuteAccount(item.accountId) };
    default:
      return { why: 'Muted', undo: 'Unmute', run: () => actions.unmute(item.invoiceId) };
  }
}

/** A snoozed, muted or marked-paid invoice, with the undo. */
export function HiddenRow({ item, busy, actions }: { item: DueItem; busy: boolean; actions: HiddenRowActions }) {
  const name = invoiceLabel(item);
  const { why, undo, run } = whyHidden(item, actions);
  return (
    <li className="due-row due-hidden" aria-label={`Invoice ${name}`}>
      <div className="due-main">
        <DueBadge item={item} quiet />
        <span className="due-name">{name}</span>
        <span className="due-where">{item.providerName}</span>
        <span className="due-why">{why}</span>
        <span className="due-amount">{formatMoney(item.amountDue, item.currency)}</span>
        <button type="button" disabled={busy} onClick={run}>
          {undo}
        </button>
      </div>
    </li>
  );
}

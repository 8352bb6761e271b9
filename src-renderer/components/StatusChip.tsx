import { KIND_LABELS, type InvoiceKind } from '../../src-shared/domain/invoice';
import { STATE_LABELS, type InvoiceState } from '../../src-shared/domain/invoice-state';

export { STATE_LABELS };

/**
 * What an invoice is to the user today, in words (never colour alone): the one status function's
 * state for a bill ("Overdue", "Due today", "No due date"...), the record's kind for what is not a bill
 * ("Credit note", "Prepayment"), "Marked paid" while the user's "I paid this" waits for the provider.
 */
export function StatusChip({
  state,
  kind = 'invoice',
  markedPaidAt = null,
  markState = null,
}: {
  state: InvoiceState;
  kind?: InvoiceKind;
  markedPaidAt?: string | null;
  /** 'contradicted': marked paid long enough ago that the provider should show it paid, and it does not. */
  markState?: 'waiting' | 'contradicted' | null;
}) {
  if (markedPaidAt !== null && (state === 'overdue' || state === 'due_today' || state === 'open' || state === 'no_due_date')) {
    if (markState === 'contradicted') return <span className="chip chip-overdue" title="You marked it paid; the provider still shows it unpaid">Check payment</span>;
    return <span className="chip chip-marked">Marked paid</span>;
  }
  if (kind !== 'invoice') return <span className={`chip chip-kind chip-kind-${kind}`}>{KIND_LABELS[kind]}</span>;
  return <span className={`chip chip-${state.replace('_', '-')}`}>{STATE_LABELS[state]}</span>;
}

import type { InvoiceMarkView } from '../../../src-shared/contract';
import type { InvoiceMark, WorkspaceStore } from '../store/types';
import type { UserMarkView } from './types';

/** What the user said about an invoice and when, as the detail pane and scripts read it. */
export function markViewOf(mark: InvoiceMark): InvoiceMarkView {
  return { markedPaidAt: mark.markedPaidAt, markedPaidBy: mark.markedPaidBy, snoozedUntil: mark.snoozedUntil, muted: mark.muted, expectedDueDate: mark.expectedDueDate };
}

/**
 * What the user said about each marked invoice, and the look-alike each flagged invoice is counted
 * with (none once the user called it a separate bill): `list --format json`.
 */
export function userViewsOf(store: WorkspaceStore): { marks: Map<string, UserMarkView>; duplicates: Map<string, string> } {
  const marks = new Map<string, UserMarkView>();
  for (const mark of store.userData.marks()) marks.set(mark.invoiceId, { ...markViewOf(mark), separateBill: mark.duplicateDecision === 'distinct' });
  return { marks, duplicates: store.inbox.duplicatePairs() };
}

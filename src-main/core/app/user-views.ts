import type { WorkspaceStore } from '../store/types';
import type { UserMarkView } from './types';

/**
 * What the user said about each marked invoice, and the look-alike each flagged invoice is counted
 * with (none once the user called it a separate bill): `list --format json`.
 */
export function userViewsOf(store: WorkspaceStore): { marks: Map<string, UserMarkView>; duplicates: Map<string, string> } {
  const marks = new Map<string, UserMarkView>();
  for (const mark of store.userData.marks()) {
    marks.set(mark.invoiceId, {
      markedPaidAt: mark.markedPaidAt,
      markedPaidBy: mark.markedPaidBy,
      snoozedUntil: mark.snoozedUntil,
      muted: mark.muted,
      expectedDueDate: mark.expectedDueDate,
      separateBill: mark.duplicateDecision === 'distinct',
    });
  }
  const duplicates = new Map([...store.inbox.duplicatePairs()].filter(([id]) => !marks.get(id)?.separateBill));
  return { marks, duplicates };
}

import type { InvoiceDetail } from '../../../src-shared/contract';
import { isPayable } from '../../../src-shared/domain';
import { markStateOf } from '../store/inbox-row-view';
import { marksSinceOf, stateOf, type QueryCalendar } from '../store/inbox-sql';
import type { WorkspaceStore } from '../store/types';
import { markViewOf } from './user-views';

/**
 * One invoice as the detail pane shows it: its state today, its account's name, the user's marks,
 * note and tags, a possible look-alike in another account, and the history of what the user did.
 */
export function invoiceDetail(store: WorkspaceStore, id: string, calendar: QueryCalendar): InvoiceDetail | null {
  const invoice = store.invoices.get(id);
  if (!invoice) return null;
  const mark = store.userData.mark(id);
  const label = (accountId: string): string => store.accounts.find(accountId)?.label ?? accountId;
  const twinId = store.inbox.duplicateOf(id);
  const twin = twinId === null ? null : store.invoices.get(twinId);
  const note = store.annotations.note(id);
  return {
    invoice,
    state: stateOf(invoice, calendar),
    payable: isPayable(invoice),
    accountLabel: label(invoice.accountId),
    mark: mark === null ? null : markViewOf(mark),
    // Waiting or contradicted, by the rule the list uses.
    markState: markStateOf(mark?.markedPaidAt ?? null, marksSinceOf(calendar)),
    possibleDuplicateOf: twin ? { id: twin.id, accountLabel: label(twin.accountId), number: twin.number } : null,
    duplicateDecision: mark?.duplicateDecision ?? null,
    note: note === null ? null : { text: note.text, updatedBy: note.updatedBy, updatedAt: note.updatedAt },
    tags: store.annotations.tags(id),
    history: store.userData.events(id).map((event) => ({ at: event.at, by: event.by, action: event.action, detail: event.detail })),
  };
}

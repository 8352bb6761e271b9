import type { InvoiceDetail } from '../../../src-shared/contract';
import { isPayable } from '../../../src-shared/domain';
import { stateOf, type QueryCalendar } from '../store/inbox-sql';
import type { WorkspaceStore } from '../store/types';

/** One invoice as the detail pane shows it: its state today, its account's name, the user's marks and their history. */
export function invoiceDetail(store: WorkspaceStore, id: string, calendar: QueryCalendar): InvoiceDetail | null {
  const invoice = store.invoices.get(id);
  if (!invoice) return null;
  const mark = store.userData.mark(id);
  return {
    invoice,
    state: stateOf(invoice, calendar),
    payable: isPayable(invoice),
    accountLabel: store.accounts.find(invoice.accountId)?.label ?? invoice.accountId,
    mark:
      mark === null
        ? null
        : { markedPaidAt: mark.markedPaidAt, markedPaidBy: mark.markedPaidBy, snoozedUntil: mark.snoozedUntil, muted: mark.muted, expectedDueDate: mark.expectedDueDate },
    history: store.userData.events(id).map((event) => ({ at: event.at, by: event.by, action: event.action, detail: event.detail })),
  };
}

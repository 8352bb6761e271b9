import type { InboxService } from '../app/types';
import type { PlannedNotification } from './notification-text';
import type { ReminderService } from './reminders-service';

/** Account labels by id, for due items. */
export function accountLabels(inbox: Pick<InboxService, 'listAccounts'>): Record<string, string> {
  return Object.fromEntries(inbox.listAccounts().map((account) => [account.id, account.label]));
}

/** Reads the cached invoices and recomputes reminders (at start and after every sync). */
export async function refreshReminders(
  reminders: ReminderService,
  inbox: Pick<InboxService, 'queryInvoices' | 'listAccounts'>,
): Promise<PlannedNotification[]> {
  const invoices = await inbox.queryInvoices();
  return reminders.recompute(invoices, accountLabels(inbox));
}

/**
 * Recomputes reminders whenever the cached invoices change (a sync saved, an account was removed).
 * Returns the unsubscribe function. Errors go to `onError` (reminders keep their last invoices).
 */
export function followInbox(
  reminders: ReminderService,
  inbox: Pick<InboxService, 'queryInvoices' | 'listAccounts' | 'on'>,
  onError: (error: unknown) => void = () => undefined,
): () => void {
  return inbox.on('inboxChanged', () => {
    refreshReminders(reminders, inbox).catch(onError);
  });
}

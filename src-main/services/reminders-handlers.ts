import type { InboxService } from '../core/app/types';
import type { ReminderService } from '../core/reminders/reminders-service';
import { CommandFailure } from './failures';
import { findInvoice } from './invoice-lookup';
import type { ReminderHandlers } from './types';

export interface ReminderHandlerDeps {
  reminders: ReminderService;
  inbox: Pick<InboxService, 'invoice' | 'listAccounts'>;
}

/**
 * The reminder commands. The due list is computed from the cache at call time with the same
 * computeDue the CLI `due` command, the tray and notifications use. Setting a reminder on an invoice
 * that is not in the inbox is refused (not_found); undoing one is always allowed.
 */
export function createReminderHandlers(deps: ReminderHandlerDeps): ReminderHandlers {
  const { reminders, inbox } = deps;
  return {
    'reminders:list': async ({ withinDays, includeHidden }) =>
      reminders.due({ ...(withinDays !== undefined ? { withinDays } : {}), includeHidden: includeHidden ?? false }),
    'reminders:snooze': async ({ invoiceId, until }) => {
      findInvoice(inbox, invoiceId);
      return { snoozedUntil: await reminders.snooze(invoiceId, until) };
    },
    'reminders:unsnooze': async ({ invoiceId }) => {
      await reminders.unsnooze(invoiceId);
      return null;
    },
    'reminders:mute': async ({ invoiceId, muted }) => {
      if (muted) findInvoice(inbox, invoiceId);
      await reminders.mute(invoiceId, muted);
      return null;
    },
    'reminders:muteAccount': async ({ accountId, muted }) => {
      if (muted && !inbox.listAccounts().some((account) => account.id === accountId)) {
        throw new CommandFailure('not_found', 'That account is no longer in the inbox.');
      }
      await reminders.muteAccount(accountId, muted);
      return null;
    },
    'reminders:markPaid': async ({ invoiceId, paid }) => {
      const seen = paid ? findInvoice(inbox, invoiceId) : null;
      await reminders.markPaid(invoiceId, paid, seen?.status);
      return null;
    },
    'reminders:expectDue': async ({ invoiceId, day }) => {
      if (day !== null) findInvoice(inbox, invoiceId);
      await reminders.expectDue(invoiceId, day);
      return null;
    },
    'reminders:pause': async ({ until }) => ({ pausedUntil: await reminders.pause(until) }),
    'reminders:getPreferences': async () => reminders.preferences(),
    'reminders:setPreferences': async (patch) => reminders.setPreferences(patch),
  };
}

/**
 * Where reminders keep what they remember: the marks the user set (snooze, mute, "I paid this"),
 * account mutes, fired reminder keys, the last check, and the reminder preferences. Over the
 * workspace store every change is a small write of its own, so two windows never undo each other;
 * an in-memory one serves tests.
 */
import type { ReminderPreferences } from '../../../src-shared/domain';
import type { MarkPatch, WorkspaceStore } from '../store/types';
import { readPreferences } from './preferences';
import { FIRED_RETENTION_MS, type InvoiceReminderState, type ReminderState, type StateChange, STATE_VERSION } from './state';

export interface MarkChange {
  invoiceId: string;
  patch: MarkPatch;
  /** Who did it (the OS user name) and what, for the invoice's audit trail. */
  by: string;
  action: string;
  detail?: string | null;
}

export interface ReminderStore {
  /** The marks, mutes, fired keys and last check as one value for the pure planner. */
  state(): ReminderState;
  /** Applies the planner's changes in one transaction; returns the fired keys this call recorded. */
  apply(changes: readonly StateChange[], at: string): string[];
  mark(change: MarkChange, at: string): void;
  setAccountMuted(accountId: string, muted: boolean, at: string): void;
  preferences(): ReminderPreferences;
  savePreferences(prefs: ReminderPreferences, at: string): void;
  /** Runs `work` with the workspace locked for writing (plan and apply without another process between). */
  exclusive<T>(work: () => T): T;
}

export const PREFERENCES_KEY = 'reminders.preferences';

/** The account an invoice id belongs to (`<accountId>:<providerInvoiceId>`; account ids hold no colon). */
export function accountOf(invoiceId: string): string {
  const colon = invoiceId.indexOf(':');
  return colon > 0 ? invoiceId.slice(0, colon) : invoiceId;
}

/** Reminder state over the workspace database. */
export class WorkspaceReminderStore implements ReminderStore {
  constructor(private readonly store: WorkspaceStore) {}

  state(): ReminderState {
    const invoices: Record<string, InvoiceReminderState> = {};
    for (const mark of this.store.userData.marks()) {
      const entry: InvoiceReminderState = {};
      if (mark.snoozedUntil !== null) entry.snoozedUntil = mark.snoozedUntil;
      if (mark.muted) entry.muted = true;
      if (mark.markedPaidAt !== null) entry.markedPaidAt = mark.markedPaidAt;
      if (mark.markedStatus !== null) entry.markedStatus = mark.markedStatus;
      if (mark.expectedDueDate !== null) entry.expectedDueDate = mark.expectedDueDate;
      if (Object.keys(entry).length > 0) invoices[mark.invoiceId] = entry;
    }
    const accounts: Record<string, { muted: boolean }> = {};
    for (const id of this.store.userData.mutedAccounts()) accounts[id] = { muted: true };
    return { version: STATE_VERSION, fired: this.store.userData.firedKeys(), invoices, accounts, lastCheckAt: this.store.userData.lastCheckAt() };
  }

  apply(changes: readonly StateChange[], at: string): string[] {
    return this.store.transaction(() => {
      const { userData } = this.store;
      const fired: string[] = [];
      for (const change of changes) {
        if (change.type === 'fired') fired.push(change.key);
        else if (change.type === 'checked') userData.setLastCheckAt(change.at);
        else {
          userData.updateMark(change.invoiceId, accountOf(change.invoiceId), { markedPaidAt: null, markedPaidBy: null, markedStatus: null }, {
            at,
            by: 'Invoice Inbox',
            action: 'paid_confirmed',
            detail: 'The provider now shows this invoice settled.',
          });
        }
      }
      const recorded = fired.length > 0 ? userData.recordFired(fired, at) : [];
      userData.forgetFiredBefore(new Date(Date.parse(at) - FIRED_RETENTION_MS).toISOString());
      for (const mark of userData.marks()) {
        if (mark.snoozedUntil !== null && mark.snoozedUntil <= at) {
          userData.updateMark(mark.invoiceId, mark.accountId, { snoozedUntil: null }, { at, by: 'Invoice Inbox', action: 'snooze_ended', detail: null });
        }
      }
      return recorded;
    });
  }

  mark(change: MarkChange, at: string): void {
    this.store.userData.updateMark(change.invoiceId, accountOf(change.invoiceId), change.patch, {
      at,
      by: change.by,
      action: change.action,
      detail: change.detail ?? null,
    });
  }

  setAccountMuted(accountId: string, muted: boolean, at: string): void {
    this.store.userData.setAccountMuted(accountId, muted, at);
  }

  preferences(): ReminderPreferences {
    return readPreferences(this.store.settings.get(PREFERENCES_KEY));
  }

  savePreferences(prefs: ReminderPreferences, at: string): void {
    this.store.settings.set({ [PREFERENCES_KEY]: prefs }, at);
  }

  exclusive<T>(work: () => T): T {
    return this.store.transaction(work);
  }
}

/**
 * The reminder state as the planner sees it: which reminders have fired (so a restart never repeats
 * one) and what the user said about invoices and accounts (snooze, mute, "I paid this"). Pure values:
 * the ReminderStore (reminder-store.ts) reads it from the workspace and applies the planner's changes.
 * The schema below also reads the reminders.json of data dirs from before the workspace database.
 */
import { z } from 'zod';
import { INVOICE_STATUSES, type InvoiceStatus } from '../../../src-shared/domain';

export const STATE_VERSION = 1;

export interface InvoiceReminderState {
  /** Hidden from reminders until this moment (ISO). */
  snoozedUntil?: string;
  muted?: boolean;
  /** "I paid this": when the user said so (ISO)... */
  markedPaidAt?: string;
  /** ...and the provider status the invoice had then. */
  markedStatus?: InvoiceStatus;
  /** When the user expects an invoice without a due date to fall due (YYYY-MM-DD, their estimate). */
  expectedDueDate?: string;
}

export interface ReminderState {
  version: typeof STATE_VERSION;
  /**
   * Reminder keys that have fired, with when (ISO): `${invoiceId}:lead:7`, `${invoiceId}:overdue:2026-11-21`,
   * `${invoiceId}:paid-check:<markedPaidAt>`, `digest:2026-W47`.
   */
  fired: Record<string, string>;
  invoices: Record<string, InvoiceReminderState>;
  accounts: Record<string, { muted: boolean }>;
  /** The last time reminders were checked (ISO); a long gap since means the machine slept. */
  lastCheckAt: string | null;
}

export function emptyState(): ReminderState {
  return { version: STATE_VERSION, fired: {}, invoices: {}, accounts: {}, lastCheckAt: null };
}

const iso = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'not a date-time');

const stateSchema = z.object({
  version: z.literal(STATE_VERSION),
  fired: z.record(z.string(), iso),
  invoices: z.record(
    z.string(),
    z.object({
      snoozedUntil: iso.optional(),
      muted: z.boolean().optional(),
      markedPaidAt: iso.optional(),
      markedStatus: z.enum(INVOICE_STATUSES).optional(),
    }),
  ),
  accounts: z.record(z.string(), z.object({ muted: z.boolean() })),
  lastCheckAt: iso.nullable(),
});

/** A state read from an older data dir's reminders.json, or a reason it cannot be used. */
export function parseState(raw: unknown): { ok: true; state: ReminderState } | { ok: false; reason: string } {
  const parsed = stateSchema.safeParse(raw);
  if (parsed.success) return { ok: true, state: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `${issue?.path.map(String).join('.') || 'file'}: ${issue?.message ?? 'invalid'}` };
}

/** What planning decided to remember; applied with applyChanges. */
export type StateChange =
  | { type: 'fired'; key: string; at: string }
  | { type: 'clearMark'; invoiceId: string }
  | { type: 'checked'; at: string };

export function applyChanges(state: ReminderState, changes: readonly StateChange[]): ReminderState {
  let next = state;
  for (const change of changes) {
    if (change.type === 'fired') next = { ...next, fired: { ...next.fired, [change.key]: change.at } };
    else if (change.type === 'checked') next = { ...next, lastCheckAt: change.at };
    else next = updateInvoice(next, change.invoiceId, { markedPaidAt: undefined, markedStatus: undefined });
  }
  return next;
}

/** Sets (or, with undefined values, removes) fields of one invoice's entry; drops empty entries. */
export function updateInvoice(state: ReminderState, invoiceId: string, patch: Partial<InvoiceReminderState>): ReminderState {
  const entry: InvoiceReminderState = { ...state.invoices[invoiceId] };
  for (const [key, value] of Object.entries(patch) as [keyof InvoiceReminderState, unknown][]) {
    if (value === undefined || value === false) delete entry[key];
    else (entry as Record<string, unknown>)[key] = value;
  }
  const invoices = { ...state.invoices };
  if (Object.keys(entry).length === 0) delete invoices[invoiceId];
  else invoices[invoiceId] = entry;
  return { ...state, invoices };
}

export function setAccountMuted(state: ReminderState, accountId: string, muted: boolean): ReminderState {
  const accounts = { ...state.accounts };
  if (muted) accounts[accountId] = { muted: true };
  else delete accounts[accountId];
  return { ...state, accounts };
}

export function isAccountMuted(state: ReminderState, accountId: string): boolean {
  return state.accounts[accountId]?.muted === true;
}

/** Fired keys are kept this long, then forgotten (the file stays small). */
export const FIRED_RETENTION_MS = 180 * 86_400_000;

/**
 * Drops fired keys older than the retention and snoozes that have ended. Keys of invoices that left
 * the cache are kept until they age out: an account whose cache is briefly unreadable must not have its
 * reminders repeat when it comes back.
 */

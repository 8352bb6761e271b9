/**
 * One action (I paid this, snooze, mute, tag, and their opposites) applied to many invoices in one
 * transaction, recording exactly what each invoice was before, so the whole action can be undone.
 * Plain functions over the workspace store; MarksService keeps the undo records and tells hosts.
 */
import { isPayable, type Invoice, type InvoiceStatus, type MarkAction } from '../../../src-shared/domain';
import type { InvoiceMark, MarkPatch, WorkspaceStore } from '../store/types';

export interface MarkContext {
  /** Who does it (the OS user name) and when (ISO). */
  by: string;
  at: string;
  /** When a snooze ends (ISO), resolved on the user's calendar by the caller. */
  snoozedUntil?: string;
}

/** What one invoice was before the action (the fields the action touched). */
export type UndoEntry =
  | { invoiceId: string; accountId: string; field: 'mark'; before: MarkPatch }
  | { invoiceId: string; accountId: string; field: 'tag'; tag: string; had: boolean };

export interface AppliedAction {
  changed: number;
  unchanged: number;
  notApplicable: number;
  undo: UndoEntry[];
}

/** "I paid this" as a mark: who, when, and the status the provider showed then (a sync compares later). */
export function paidPatch(status: InvoiceStatus, by: string, at: string): MarkPatch {
  return { markedPaidAt: at, markedPaidBy: by, markedStatus: status };
}

export const UNPAID_PATCH: MarkPatch = { markedPaidAt: null, markedPaidBy: null, markedStatus: null };

const AUDIT: Record<MarkAction['kind'], string> = {
  paid: 'marked_paid',
  unpaid: 'unmarked_paid',
  snooze: 'snoozed',
  unsnooze: 'unsnoozed',
  mute: 'muted',
  unmute: 'unmuted',
  tag: 'tagged',
  untag: 'untagged',
};

type Step = { kind: 'skip'; why: 'unchanged' | 'not_applicable' } | { kind: 'mark'; patch: MarkPatch; before: MarkPatch };

/** What the action does to one invoice given its current mark. */
function planMark(action: MarkAction, invoice: Invoice, mark: InvoiceMark | null, context: MarkContext): Step {
  const payable = isPayable(invoice);
  switch (action.kind) {
    case 'paid':
      if (!payable) return { kind: 'skip', why: 'not_applicable' };
      if (mark?.markedPaidAt) return { kind: 'skip', why: 'unchanged' };
      return { kind: 'mark', patch: paidPatch(invoice.status, context.by, context.at), before: UNPAID_PATCH };
    case 'unpaid':
      if (!mark?.markedPaidAt) return { kind: 'skip', why: 'unchanged' };
      return { kind: 'mark', patch: UNPAID_PATCH, before: { markedPaidAt: mark.markedPaidAt, markedPaidBy: mark.markedPaidBy, markedStatus: mark.markedStatus } };
    case 'snooze': {
      if (!payable) return { kind: 'skip', why: 'not_applicable' };
      const until = context.snoozedUntil ?? null;
      if (until === null) throw new Error('A snooze needs the day it ends.');
      if (mark?.snoozedUntil === until) return { kind: 'skip', why: 'unchanged' };
      return { kind: 'mark', patch: { snoozedUntil: until }, before: { snoozedUntil: mark?.snoozedUntil ?? null } };
    }
    case 'unsnooze':
      if (!mark?.snoozedUntil) return { kind: 'skip', why: 'unchanged' };
      return { kind: 'mark', patch: { snoozedUntil: null }, before: { snoozedUntil: mark.snoozedUntil } };
    case 'mute':
      if (!payable) return { kind: 'skip', why: 'not_applicable' };
      if (mark?.muted) return { kind: 'skip', why: 'unchanged' };
      return { kind: 'mark', patch: { muted: true }, before: { muted: false } };
    case 'unmute':
      if (!mark?.muted) return { kind: 'skip', why: 'unchanged' };
      return { kind: 'mark', patch: { muted: false }, before: { muted: true } };
    case 'tag':
    case 'untag':
      throw new Error('tags are not marks');
  }
}

/** Applies the action to every invoice in `ids` (unknown ids are not applicable), in one transaction. */
export function applyMarkAction(store: WorkspaceStore, ids: readonly string[], action: MarkAction, context: MarkContext): AppliedAction {
  return store.transaction((): AppliedAction => {
    const result: AppliedAction = { changed: 0, unchanged: 0, notApplicable: 0, undo: [] };
    for (const invoiceId of new Set(ids)) {
      const invoice = store.invoices.get(invoiceId);
      if (!invoice) {
        result.notApplicable++;
        continue;
      }
      if (action.kind === 'tag' || action.kind === 'untag') {
        const done =
          action.kind === 'tag'
            ? store.annotations.addTag(invoiceId, action.tag, context.by, context.at)
            : store.annotations.removeTag(invoiceId, action.tag, context.by, context.at);
        if (!done) result.unchanged++;
        else {
          result.changed++;
          result.undo.push({ invoiceId, accountId: invoice.accountId, field: 'tag', tag: action.tag, had: action.kind === 'untag' });
        }
        continue;
      }
      const step = planMark(action, invoice, store.userData.mark(invoiceId), context);
      if (step.kind === 'skip') {
        if (step.why === 'unchanged') result.unchanged++;
        else result.notApplicable++;
        continue;
      }
      const detail = action.kind === 'snooze' ? `until ${context.snoozedUntil ?? ''}` : null;
      store.userData.updateMark(invoiceId, invoice.accountId, step.patch, { at: context.at, by: context.by, action: AUDIT[action.kind], detail });
      result.changed++;
      result.undo.push({ invoiceId, accountId: invoice.accountId, field: 'mark', before: step.before });
    }
    return result;
  });
}

/** Puts every invoice back as it was before an action (recorded in its history as undone). */
export function undoMarkAction(store: WorkspaceStore, undo: readonly UndoEntry[], context: MarkContext, what: MarkAction['kind']): number {
  return store.transaction((): number => {
    let restored = 0;
    for (const entry of undo) {
      if (entry.field === 'tag') {
        const done = entry.had
          ? store.annotations.addTag(entry.invoiceId, entry.tag, context.by, context.at)
          : store.annotations.removeTag(entry.invoiceId, entry.tag, context.by, context.at);
        if (done) restored++;
        continue;
      }
      store.userData.updateMark(entry.invoiceId, entry.accountId, entry.before, { at: context.at, by: context.by, action: 'undone', detail: AUDIT[what] });
      restored++;
    }
    return restored;
  });
}

/**
 * The user's marks, notes and tags as hosts use them: one action on one invoice or many (a selection,
 * or every invoice of a view), each undoable for a while; notes saved with who and when. Every change
 * is recorded in the invoice's history. Plain Node: store, clock, calendar and user are injected.
 */
import { describeMarkOutcome, type InboxFilter, type MarkAction, type MarkOutcome, type RemindersChangeReason } from '../../../src-shared/domain';
import { resolveSnooze } from '../reminders/snooze';
import type { TimeZone } from '../reminders/local-time';
import type { QueryCalendar, TagCount, WorkspaceStore } from '../store/types';
import { applyMarkAction, undoMarkAction, type UndoEntry } from './mark-actions';

/** Which invoices an action applies to: the ones picked, or every invoice a filter shows. */
export type MarkTarget = { ids: readonly string[] } | { filter: InboxFilter };

export interface MarksServiceOptions {
  store: WorkspaceStore;
  clock: { now(): number };
  zone: TimeZone;
  calendar: () => QueryCalendar;
  /** Who marks are recorded as (the OS user name). */
  user: string;
  /** Marks changed (reminders and the inbox follow); notes and tags changed ('annotations'). */
  onChanged: (reason: RemindersChangeReason | 'annotations') => void;
}

export class MarkNotFoundError extends Error {
  constructor() {
    super('That invoice is no longer in the inbox. Sync again to refresh the list.');
    this.name = 'MarkNotFoundError';
  }
}

/** Undo is offered for the last few actions of this session. */
const UNDO_KEPT = 20;

const REASON: Record<MarkAction['kind'], RemindersChangeReason | 'annotations'> = {
  paid: 'mark_paid',
  unpaid: 'mark_paid',
  snooze: 'snooze',
  unsnooze: 'snooze',
  mute: 'mute',
  unmute: 'mute',
  tag: 'annotations',
  untag: 'annotations',
};

export class MarksService {
  private readonly undos = new Map<string, { action: MarkAction; entries: UndoEntry[] }>();
  private nextUndo = 1;

  constructor(private readonly options: MarksServiceOptions) {}

  /** Applies one action to the target's invoices in one transaction; the outcome says what changed. */
  apply(target: MarkTarget, action: MarkAction): MarkOutcome {
    const { store, clock, zone } = this.options;
    const ids = 'ids' in target ? target.ids : store.inbox.ids(target.filter, this.options.calendar());
    const nowMs = clock.now();
    const context = {
      by: this.options.user,
      at: new Date(nowMs).toISOString(),
      ...(action.kind === 'snooze' ? { snoozedUntil: resolveSnooze(action.until, nowMs, zone) } : {}),
    };
    const applied = applyMarkAction(store, ids, action, context);
    let undoId: string | null = null;
    if (applied.changed > 0) {
      undoId = `undo-${this.nextUndo++}`;
      this.undos.set(undoId, { action, entries: applied.undo });
      while (this.undos.size > UNDO_KEPT) this.undos.delete(this.undos.keys().next().value as string);
      this.options.onChanged(REASON[action.kind]);
    }
    return { changed: applied.changed, unchanged: applied.unchanged, notApplicable: applied.notApplicable, undoId, message: describeMarkOutcome(action, applied) };
  }

  /** Undoes an earlier action of this session (once); the number of invoices put back. */
  undo(undoId: string): { restored: number; message: string } {
    const record = this.undos.get(undoId);
    if (!record) return { restored: 0, message: 'That can no longer be undone.' };
    this.undos.delete(undoId);
    const restored = undoMarkAction(this.options.store, record.entries, { by: this.options.user, at: new Date(this.options.clock.now()).toISOString() }, record.action.kind);
    if (restored > 0) this.options.onChanged(REASON[record.action.kind]);
    return { restored, message: `Undone: ${restored === 1 ? '1 invoice is' : `${restored.toLocaleString('en-US')} invoices are`} back as they were.` };
  }

  /** Saves the invoice's note (empty text removes it). */
  setNote(invoiceId: string, text: string): void {
    const saved = this.options.store.annotations.setNote(invoiceId, text, this.options.user, new Date(this.options.clock.now()).toISOString());
    if (!saved) throw new MarkNotFoundError();
    this.options.onChanged('annotations');
  }

  tags(): TagCount[] {
    return this.options.store.annotations.allTags();
  }
}

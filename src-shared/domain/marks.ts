/**
 * What the user can do to one invoice or many at once (the detail pane, keys, the prompt after Pay,
 * bulk actions on a selection): each is undoable, recorded with who and when.
 */
import type { SnoozeUntil } from './reminders';

export type MarkAction =
  | { kind: 'paid' }
  | { kind: 'unpaid' }
  | { kind: 'snooze'; until: SnoozeUntil }
  | { kind: 'unsnooze' }
  | { kind: 'mute' }
  | { kind: 'unmute' }
  | { kind: 'tag'; tag: string }
  | { kind: 'untag'; tag: string };

export interface MarkOutcome {
  /** Invoices whose marks changed. */
  changed: number;
  /** Invoices that already were that way. */
  unchanged: number;
  /** Invoices the action does not apply to ("I paid this", snooze or mute on a credit note or a paid bill). */
  notApplicable: number;
  /** Undoes exactly these changes (null when nothing changed). */
  undoId: string | null;
  /** One sentence for the user: "Marked 3 invoices paid. 1 was not a bill to pay." */
  message: string;
}

function invoices(n: number): string {
  return n === 1 ? '1 invoice' : `${n.toLocaleString('en-US')} invoices`;
}

/** What an action did, in words (the toast after it, with Undo). */
export function describeMarkOutcome(action: MarkAction, counts: Pick<MarkOutcome, 'changed' | 'unchanged' | 'notApplicable'>): string {
  const { changed, unchanged, notApplicable } = counts;
  const what = ((): string => {
    switch (action.kind) {
      case 'paid':
        return `Marked ${invoices(changed)} paid`;
      case 'unpaid':
        return `Took back "I paid this" on ${invoices(changed)}`;
      case 'snooze':
        return `Snoozed ${invoices(changed)}`;
      case 'unsnooze':
        return `Ended the snooze on ${invoices(changed)}`;
      case 'mute':
        return `Muted reminders for ${invoices(changed)}`;
      case 'unmute':
        return `Unmuted reminders for ${invoices(changed)}`;
      case 'tag':
        return `Tagged ${invoices(changed)} "${action.tag}"`;
      case 'untag':
        return `Removed the tag "${action.tag}" from ${invoices(changed)}`;
    }
  })();
  const notes = [
    unchanged > 0 ? `${invoices(unchanged)} already ${unchanged === 1 ? 'was' : 'were'} that way` : null,
    notApplicable > 0 ? `${invoices(notApplicable)} ${notApplicable === 1 ? 'is' : 'are'} not a bill with money owed` : null,
  ].filter((note): note is string => note !== null);
  return notes.length === 0 ? `${what}.` : `${what}. ${notes.map((note) => `${note[0]?.toUpperCase()}${note.slice(1)}`).join('. ')}.`;
}

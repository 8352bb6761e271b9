import type { InvoiceHistoryEntry } from '../../../src-shared/contract';
import { formatDateTime } from '../../format/dates';

const WORDS: Record<string, string> = {
  marked_paid: 'said “I paid this”',
  unmarked_paid: 'took back “I paid this”',
  paid_confirmed: 'saw the provider confirm the payment',
  snoozed: 'snoozed reminders',
  unsnoozed: 'ended the snooze',
  snooze_ended: 'ended the snooze (the day came)',
  muted: 'muted reminders',
  unmuted: 'unmuted reminders',
  expected_due_set: 'set the expected due date',
  expected_due_cleared: 'forgot the expected due date',
  not_a_duplicate: 'said it is a separate bill, not a duplicate',
  possible_duplicate_again: 'counted it once again with its look-alike',
  note_saved: 'saved the note',
  note_removed: 'removed the note',
  tagged: 'added the tag',
  untagged: 'removed the tag',
  undone: 'undid',
};

/** One history line in words ("dana said “I paid this”"; "Invoice Inbox ended the snooze"). */
export function historyText(entry: InvoiceHistoryEntry): string {
  const what = WORDS[entry.action] ?? entry.action.replace(/_/g, ' ');
  if (entry.action === 'undone') return `${entry.by} undid: ${WORDS[entry.detail ?? ''] ?? entry.detail ?? ''}`;
  return `${entry.by} ${what}${entry.detail ? ` (${entry.detail})` : ''}`;
}

/** Who did what to this invoice and when, newest first (kept in the workspace, never rewritten). */
export function MarkHistory({ history }: { history: InvoiceHistoryEntry[] }) {
  if (history.length === 0) return null;
  return (
    <details className="detail-history">
      <summary>History ({history.length})</summary>
      <ol>
        {[...history].reverse().map((entry, n) => (
          <li key={`${entry.at}-${n}`}>
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> — {historyText(entry)}
          </li>
        ))}
      </ol>
    </details>
  );
}

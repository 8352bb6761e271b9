import { useEffect, useRef } from 'react';
import type { DueItem } from '../../../src-shared/domain/reminders';
import { DueRow, type DueRowActions } from './DueRow';
import { HiddenRow, type HiddenRowActions } from './HiddenRow';
import { urgencyOf } from './describe';

interface Props {
  items: DueItem[];
  hidden: DueItem[];
  loaded: boolean;
  withinDays: number;
  busy: readonly string[];
  tomorrow: string;
  rowActions: DueRowActions;
  undoActions: HiddenRowActions;
}

/** "3 overdue, 1 more than a month late, longest by 45 days · 1 due today · 3 coming up". */
function summarize(items: readonly DueItem[]): string {
  const count = { critical: 0, overdue: 0, late: 0, today: 0, soon: 0 };
  let longest = 0;
  for (const item of items) {
    count[urgencyOf(item)] += 1;
    if (item.state === 'overdue' && item.daysUntilDue !== null) longest = Math.max(longest, -item.daysUntilDue);
  }
  const overdue = count.critical + count.overdue + count.late;
  const parts: string[] = [];
  if (overdue > 0) {
    const critical = count.critical > 0 ? `, ${count.critical} more than a month late` : '';
    parts.push(`${overdue} overdue${critical}${longest > 0 ? `, longest by ${longest} ${longest === 1 ? 'day' : 'days'}` : ''}`);
  }
  if (count.today > 0) parts.push(`${count.today} due today`);
  if (count.soon > 0) parts.push(`${count.soon} coming up`);
  return parts.join(' · ');
}

/**
 * The due list (most urgent first, as main sorts it) and what is hidden, with the undo. When an
 * action takes the focused row off the list, focus moves to the row that took its place.
 */
export function DuePanel({ items, hidden, loaded, withinDays, busy, tomorrow, rowActions, undoActions }: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  /** The place of the row an action was last taken on, until the list changes. */
  const actedOn = useRef<number | null>(null);

  useEffect(() => {
    const index = actedOn.current;
    actedOn.current = null;
    const rows = listRef.current?.children;
    // Only when the focus went down with the row: never pull it away from where the user put it.
    if (index === null || !rows || rows.length === 0 || (document.activeElement !== document.body && document.activeElement !== null)) return;
    const next = rows[Math.min(index, rows.length - 1)];
    if (next instanceof HTMLElement) next.focus();
  }, [items]);

  const remember = (invoiceId: string) => {
    actedOn.current = items.findIndex((item) => item.invoiceId === invoiceId);
  };
  const actions: DueRowActions = {
    open: rowActions.open,
    snooze: (id, until) => (remember(id), rowActions.snooze(id, until)),
    mute: (id) => (remember(id), rowActions.mute(id)),
    markPaid: (id) => (remember(id), rowActions.markPaid(id)),
    muteAccount: (accountId) => {
      actedOn.current = items.findIndex((item) => item.accountId === accountId);
      rowActions.muteAccount(accountId);
    },
  };

  if (!loaded) return <p className="muted">Loading reminders…</p>;
  return (
    <>
      {items.length === 0 ? (
        <p className="muted">Nothing is overdue or due within {withinDays} days.</p>
      ) : (
        <>
          <p className="due-summary">{summarize(items)}</p>
          <p className="due-keys muted" id="due-keys-hint">
            On a row: <kbd>Enter</kbd> open · <kbd>P</kbd> I paid this · <kbd>S</kbd> snooze a day · <kbd>W</kbd> until next week · <kbd>D</kbd> until a date ·{' '}
            <kbd>M</kbd> mute · <kbd>J</kbd>/<kbd>K</kbd> move
          </p>
          <ul
            className="due-list"
            aria-label="Due invoices"
            aria-describedby="due-keys-hint"
            ref={listRef}
          >
            {items.map((item) => (
              <DueRow key={item.invoiceId} item={item} busy={busy.includes(item.invoiceId)} tomorrow={tomorrow} actions={actions} />
            ))}
          </ul>
        </>
      )}
      {hidden.length > 0 ? (
        <>
          <h2 className="section-title">Snoozed, muted or marked paid</h2>
          <ul className="due-list" aria-label="Hidden reminders">
            {hidden.map((item) => (
              <HiddenRow key={item.invoiceId} item={item} busy={busy.includes(item.invoiceId) || busy.includes(`account:${item.accountId}`)} actions={undoActions} />
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

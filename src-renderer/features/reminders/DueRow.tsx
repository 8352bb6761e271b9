import { useRef, useState, type KeyboardEvent } from 'react';
import type { DueItem, SnoozeUntil } from '../../../src-shared/domain/reminders';
import { isTypingTarget } from '../../app/keys';
import { Menu, type MenuEntry } from '../../components/Menu';
import { formatDay } from '../../format/dates';
import { formatMoney } from '../../format/money';
import { DueBadge } from './DueBadge';
import { invoiceLabel, urgencyOf } from './describe';
import { ROW_KEYS, ROW_KEYSHORTCUTS, rowCommandFor, type RowCommand } from './row-keys';
import { SnoozeDateForm } from './SnoozeDateForm';

export interface DueRowActions {
  open(invoiceId: string): void;
  snooze(invoiceId: string, until: SnoozeUntil): void;
  mute(invoiceId: string): void;
  markPaid(invoiceId: string): void;
  muteAccount(accountId: string): void;
}

/** Moves focus to a sibling row (j/k, arrows, Home/End). */
function focusRow(row: HTMLElement, command: 'next' | 'prev' | 'first' | 'last'): void {
  const list = row.parentElement;
  const target =
    command === 'next' ? row.nextElementSibling : command === 'prev' ? row.previousElementSibling : command === 'first' ? list?.firstElementChild : list?.lastElementChild;
  if (target instanceof HTMLElement) target.focus();
}

/**
 * One due invoice on one line: when (icon and words), what, where, how much, and one primary action
 * ("I paid this"). Everything else is in the row's menu and on keys, told by aria-keyshortcuts.
 */
export function DueRow({ item, busy, tomorrow, actions }: { item: DueItem; busy: boolean; tomorrow: string; actions: DueRowActions }) {
  const [choosingDate, setChoosingDate] = useState(false);
  const rowRef = useRef<HTMLLIElement>(null);
  const name = invoiceLabel(item);
  const where = item.accountLabel ? `${item.providerName} · ${item.accountLabel}` : item.providerName;
  const account = item.accountLabel ?? item.accountId;
  const id = item.invoiceId;

  const run = (command: Exclude<RowCommand, 'next' | 'prev' | 'first' | 'last'>) => {
    if (command === 'open') return actions.open(id);
    if (busy) return;
    if (command === 'paid') actions.markPaid(id);
    else if (command === 'snooze_tomorrow') actions.snooze(id, 'tomorrow');
    else if (command === 'snooze_next_week') actions.snooze(id, 'next_week');
    else if (command === 'snooze_date') setChoosingDate(true);
    else actions.mute(id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    const target = event.target as HTMLElement;
    // Keys typed in the menu (a portal) or in the date form bubble here through React: not ours.
    if (!event.currentTarget.contains(target) || isTypingTarget(target) || target.closest('form')) return;
    const command = rowCommandFor(event.nativeEvent);
    if (command === null || (command === 'open' && target !== event.currentTarget)) return;
    event.preventDefault();
    if (command === 'next' || command === 'prev' || command === 'first' || command === 'last') focusRow(event.currentTarget, command);
    else run(command);
  };

  const menu: MenuEntry[] = [
    { label: 'Open in the inbox', onSelect: () => run('open'), shortcut: ROW_KEYS.open },
    'separator',
    { label: 'Snooze until tomorrow', onSelect: () => run('snooze_tomorrow'), shortcut: ROW_KEYS.snooze_tomorrow, disabled: busy },
    { label: 'Snooze until next week', onSelect: () => run('snooze_next_week'), shortcut: ROW_KEYS.snooze_next_week, disabled: busy },
    { label: 'Snooze until a date…', onSelect: () => run('snooze_date'), shortcut: ROW_KEYS.snooze_date, disabled: busy },
    { label: 'Mute this invoice', onSelect: () => run('mute'), shortcut: ROW_KEYS.mute, disabled: busy },
    { label: `Mute all reminders from ${account}`, onSelect: () => actions.muteAccount(item.accountId), disabled: busy },
  ];

  return (
    <li
      ref={rowRef}
      // Not "due-<state>": the inbox grid styles those classes (bold, coloured text) for its own cells.
      className={`due-row urgency-${urgencyOf(item)}`}
      data-state={item.state}
      aria-label={`Invoice ${name}`}
      aria-keyshortcuts={ROW_KEYSHORTCUTS}
      tabIndex={0}
      data-invoice-id={id}
      onKeyDown={onKeyDown}
    >
      <div className="due-main">
        <DueBadge item={item} />
        <button type="button" className="link-button due-name" onClick={() => actions.open(id)} aria-label={`Open invoice ${name}`} title={name}>
          {name}
        </button>
        <span className="due-where">{where}</span>
        <span className="due-date muted">{item.dueDay ? `due ${formatDay(item.dueDay)}` : 'no due date'}</span>
        <span className="due-amount">{formatMoney(item.amountDue, item.currency)}</span>
        <button type="button" className="due-primary" disabled={busy} onClick={() => run('paid')} aria-keyshortcuts={ROW_KEYS.paid}>
          I paid this
        </button>
        <Menu label={`More actions for ${name}`} items={menu} />
      </div>
      {item.note ? (
        <p className="due-note" role="note">
          {item.note}
        </p>
      ) : null}
      {choosingDate ? (
        <SnoozeDateForm
          name={name}
          tomorrow={tomorrow}
          busy={busy}
          onSnooze={(day) => actions.snooze(id, day)}
          onClose={() => {
            setChoosingDate(false);
            rowRef.current?.focus();
          }}
        />
      ) : null}
    </li>
  );
}

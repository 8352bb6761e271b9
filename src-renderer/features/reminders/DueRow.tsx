import { useState } from 'react';
import type { DueItem, SnoozeUntil } from '../../../src-shared/domain/reminders';
import { formatDay } from '../../format/dates';
import { formatMoney } from '../../format/money';
import { describeDue, formatLocalDate, invoiceLabel } from './describe';

export interface DueRowActions {
  open(invoiceId: string): void;
  snooze(invoiceId: string, until: SnoozeUntil): void;
  mute(invoiceId: string): void;
  markPaid(invoiceId: string): void;
  muteAccount(accountId: string): void;
}

/** One due invoice: when, what, how much, and what the user can say about it. */
export function DueRow({ item, busy, tomorrow, actions }: { item: DueItem; busy: boolean; tomorrow: string; actions: DueRowActions }) {
  const [date, setDate] = useState('');
  const name = invoiceLabel(item);
  const where = item.accountLabel ? `${item.providerName} · ${item.accountLabel}` : item.providerName;
  return (
    <li className={`due-row due-${item.state}`} aria-label={`Invoice ${name}`}>
      <div className="due-main">
        <span className={`due-badge due-badge-${item.state}`}>{describeDue(item)}</span>
        <button type="button" className="link" onClick={() => actions.open(item.invoiceId)} aria-label={`Open invoice ${name}`}>
          {name}
        </button>
        <span className="due-where">{where}</span>
        <span className="due-amount">{formatMoney(item.amountDue, item.currency)}</span>
        <span className="due-date muted">{item.dueDay ? `due ${formatDay(item.dueDay)}` : 'no due date'}</span>
      </div>
      {item.note ? (
        <p className="due-note" role="note">
          {item.note}
        </p>
      ) : null}
      <div className="due-actions">
        <details className="snooze">
          <summary>Snooze</summary>
          <div className="snooze-options">
            <button type="button" disabled={busy} onClick={() => actions.snooze(item.invoiceId, 'tomorrow')}>
              Until tomorrow
            </button>
            <button type="button" disabled={busy} onClick={() => actions.snooze(item.invoiceId, 'next_week')}>
              Until next week
            </button>
            <label>
              Until
              <input type="date" min={tomorrow} value={date} aria-label={`Snooze ${name} until date`} onChange={(e) => setDate(e.target.value)} />
            </label>
            <button type="button" disabled={busy || !/^\d{4}-\d{2}-\d{2}$/.test(date)} onClick={() => actions.snooze(item.invoiceId, date)}>
              Snooze to date
            </button>
          </div>
        </details>
        <button type="button" disabled={busy} onClick={() => actions.mute(item.invoiceId)}>
          Mute
        </button>
        <button type="button" disabled={busy} onClick={() => actions.markPaid(item.invoiceId)}>
          I paid this
        </button>
        <button type="button" disabled={busy} className="quiet" onClick={() => actions.muteAccount(item.accountId)}>
          Mute {item.accountLabel ?? item.accountId}
        </button>
      </div>
    </li>
  );
}

export interface HiddenRowActions {
  unsnooze(invoiceId: string): void;
  unmute(invoiceId: string): void;
  unmarkPaid(invoiceId: string): void;
  unmuteAccount(accountId: string): void;
}

/** A snoozed, muted or marked-paid invoice, with the undo. */
export function HiddenRow({ item, busy, actions }: { item: DueItem; busy: boolean; actions: HiddenRowActions }) {
  const name = invoiceLabel(item);
  let why = '';
  let undo: { label: string; run: () => void } = { label: 'Unmute', run: () => actions.unmute(item.invoiceId) };
  if (item.hidden === 'snoozed') {
    why = `Snoozed until ${item.snoozedUntil ? formatLocalDate(item.snoozedUntil) : 'later'}`;
    undo = { label: 'Unsnooze', run: () => actions.unsnooze(item.invoiceId) };
  } else if (item.hidden === 'marked_paid') {
    why = `Marked paid${item.markedPaidAt ? ` on ${formatLocalDate(item.markedPaidAt)}` : ''}; waiting for ${item.providerName} to confirm`;
    undo = { label: 'Not paid yet', run: () => actions.unmarkPaid(item.invoiceId) };
  } else if (item.hidden === 'account_muted') {
    why = `All reminders from ${item.accountLabel ?? item.accountId} are muted`;
    undo = { label: `Unmute ${item.accountLabel ?? item.accountId}`, run: () => actions.unmuteAccount(item.accountId) };
  } else {
    why = 'Muted';
  }
  return (
    <li className="due-row due-hidden" aria-label={`Invoice ${name}`}>
      <div className="due-main">
        <span className="due-badge">{describeDue(item)}</span>
        <span>{name}</span>
        <span className="due-where">{item.providerName}</span>
        <span className="due-amount">{formatMoney(item.amountDue, item.currency)}</span>
        <span className="muted">{why}</span>
      </div>
      <div className="due-actions">
        <button type="button" disabled={busy} onClick={undo.run}>
          {undo.label}
        </button>
      </div>
    </li>
  );
}

import { useId, useState } from 'react';
import type { InvoiceDetail } from '../../../src-shared/contract';
import { providerName } from '../../../src-shared/domain/provider';
import { useServices } from '../../app/context';
import { Menu } from '../../components/Menu';
import { formatDateTime, formatDay } from '../../format/dates';
import { messageOf } from '../../stores/types';
import { runMarkAction } from '../marks/run-mark';

/** "Marked paid on 14 Jun 2026, 09:30 by dana, waiting for Commet to confirm" (or why it counts again). */
export function paidMarkText(detail: InvoiceDetail): string | null {
  const mark = detail.mark;
  if (!mark?.markedPaidAt) return null;
  const who = mark.markedPaidBy ? ` by ${mark.markedPaidBy}` : '';
  const provider = providerName(detail.invoice.provider);
  const base = `Marked paid on ${formatDateTime(mark.markedPaidAt)}${who}`;
  if (detail.markState === 'contradicted') return `${base}, but ${provider} still shows it unpaid: it counts as owed again. Check the payment.`;
  return `${base}, waiting for ${provider} to confirm.`;
}

/**
 * What the user says about this invoice: "I paid this" (with who and when, and undo), snooze, mute,
 * the expected due date of a bill without one, and whether a look-alike is a separate bill.
 */
export function UserMarks({ detail }: { detail: InvoiceDetail }) {
  const { api, stores } = useServices();
  const { invoice, mark } = detail;
  const target = { ids: [invoice.id] };
  const act = (action: Parameters<typeof runMarkAction>[3]) => void runMarkAction(api, stores.app, target, action);
  const paidText = paidMarkText(detail);
  const snoozed = mark?.snoozedUntil ?? null;
  const title = invoice.number ?? invoice.providerInvoiceId;

  return (
    <section className="detail-marks" aria-label="What you said about this invoice">
      {paidText !== null ? (
        <p className={`mark-line${detail.markState === 'contradicted' ? ' mark-contradicted' : ''}`} role="status">
          {paidText}
        </p>
      ) : null}
      {snoozed !== null ? <p className="mark-line">Reminders snoozed until {formatDateTime(snoozed)}.</p> : null}
      {mark?.muted ? <p className="mark-line">Reminders muted for this invoice.</p> : null}
      <div className="detail-mark-actions">
        {paidText !== null ? (
          <button type="button" onClick={() => act({ kind: 'unpaid' })} aria-keyshortcuts="i">
            Undo “I paid this”
          </button>
        ) : detail.payable ? (
          <button type="button" className="primary" onClick={() => act({ kind: 'paid' })} aria-keyshortcuts="i">
            I paid this
          </button>
        ) : null}
        {detail.payable ? (
          <Menu
            label={`Snooze reminders for ${title}`}
            className="button-like"
            items={[
              { label: 'Until tomorrow', onSelect: () => act({ kind: 'snooze', until: 'tomorrow' }), shortcut: 's' },
              { label: 'Until next week', onSelect: () => act({ kind: 'snooze', until: 'next_week' }) },
              ...(snoozed !== null ? ['separator' as const, { label: 'End the snooze', onSelect: () => act({ kind: 'unsnooze' }) }] : []),
            ]}
          >
            {snoozed !== null ? 'Snoozed ▾' : 'Snooze ▾'}
          </Menu>
        ) : null}
        {detail.payable || mark?.muted ? (
          <button type="button" onClick={() => act({ kind: mark?.muted ? 'unmute' : 'mute' })} aria-pressed={mark?.muted ?? false} aria-keyshortcuts="m">
            {mark?.muted ? 'Unmute reminders' : 'Mute reminders'}
          </button>
        ) : null}
      </div>
      {detail.payable && invoice.dueAt === null ? <ExpectedDue detail={detail} /> : null}
      {detail.possibleDuplicateOf ? <Duplicate detail={detail} /> : null}
    </section>
  );
}

/** A bill without a due date: the day the user expects it to fall due (kept as their mark). */
function ExpectedDue({ detail }: { detail: InvoiceDetail }) {
  const { api, stores } = useServices();
  const id = useId();
  const saved = detail.mark?.expectedDueDate ?? null;
  const [day, setDay] = useState(saved ?? '');
  const save = async (value: string | null) => {
    try {
      await api.call('reminders:expectDue', { invoiceId: detail.invoice.id, day: value });
      stores.app.getState().notify(value === null ? 'Forgot the expected due date.' : `Expected due date set to ${formatDay(value)}.`);
    } catch (error) {
      stores.app.getState().notify(messageOf(error), 'error');
    }
  };
  return (
    <form
      className="expected-due"
      onSubmit={(event) => {
        event.preventDefault();
        void save(day === '' ? null : day);
      }}
    >
      <p className="muted">
        {providerName(detail.invoice.provider)} gave no due date.{' '}
        {saved !== null ? `You expect it due on ${formatDay(saved)} (your date).` : 'Reminders count from the issue date until you set one.'}
      </p>
      <label htmlFor={id}>Expected due date</label>
      <input id={id} type="date" value={day} onChange={(event) => setDay(event.target.value)} />
      <button type="submit" disabled={day === (saved ?? '')}>
        Save date
      </button>
      {saved !== null ? (
        <button
          type="button"
          onClick={() => {
            setDay('');
            void save(null);
          }}
        >
          Forget it
        </button>
      ) : null}
    </form>
  );
}

/** A look-alike in another account: counted once until the user says it is a separate bill. */
function Duplicate({ detail }: { detail: InvoiceDetail }) {
  const { api, stores } = useServices();
  const twin = detail.possibleDuplicateOf;
  if (!twin) return null;
  const distinct = detail.duplicateDecision === 'distinct';
  const decide = async (value: boolean) => {
    try {
      await api.call('invoices:decideDuplicate', { invoiceId: detail.invoice.id, distinct: value });
    } catch (error) {
      stores.app.getState().notify(messageOf(error), 'error');
    }
  };
  const name = `${twin.number ?? twin.id} in ${twin.accountLabel}`;
  return (
    <div className="duplicate-note" role="note">
      {distinct ? (
        <>
          <p>You said this is a separate bill from {name}: both count.</p>
          <button type="button" onClick={() => void decide(false)}>
            Count them once again
          </button>
        </>
      ) : (
        <>
          <p>
            Possible duplicate of {name}: counted once in what is owed until you decide.
          </p>
          <button type="button" onClick={() => void decide(true)}>
            It is a separate bill
          </button>
        </>
      )}
    </div>
  );
}

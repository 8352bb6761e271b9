import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { addDays, dayOf } from '../../../src-shared/domain/dates';
import { useAppState, useClock, useServices, useSettings } from '../../app/context';
import { formatDateTime } from '../../format/dates';
import { remindersStoreFor } from '../../stores/reminders';
import { DueRow, HiddenRow, type DueRowActions, type HiddenRowActions } from './DueRow';
import { ReminderPreferencesForm } from './ReminderPreferencesForm';
import './reminders.css';

const WITHIN_CHOICES = [7, 14, 30, 90];

/**
 * The reminders panel: what 'reminders:list' returns (the same list `cli due` prints), with snooze,
 * mute and "I paid this"; what is hidden, with the undo; and the reminder preferences.
 */
export function RemindersScreen() {
  const { api, stores } = useServices();
  const clock = useClock();
  const store = useMemo(() => remindersStoreFor(api), [api]);
  const state = useStore(store);
  const settings = useSettings((s) => s.settings);
  const info = useAppState((s) => s.info);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void store.getState().load();
    const reload = () => void store.getState().load();
    const offs = [api.on('reminders:changed', reload), api.on('inbox:changed', reload)];
    return () => offs.forEach((off) => off());
  }, [api, store]);

  const { items, hidden, preferences, busy } = state;
  const tomorrow = addDays(dayOf(clock()), 1);
  const paused = preferences?.pausedUntil && Date.parse(preferences.pausedUntil) > clock() ? preferences.pausedUntil : null;

  const rowActions: DueRowActions = {
    open: (invoiceId) => {
      stores.app.getState().navigate('inbox');
      stores.inbox.getState().reveal(invoiceId);
    },
    snooze: (invoiceId, until) => void state.snooze(invoiceId, until),
    mute: (invoiceId) => void state.mute(invoiceId, true),
    markPaid: (invoiceId) => void state.markPaid(invoiceId, true),
    muteAccount: (accountId) => void state.muteAccount(accountId, true),
  };
  const undoActions: HiddenRowActions = {
    unsnooze: (invoiceId) => void state.unsnooze(invoiceId),
    unmute: (invoiceId) => void state.mute(invoiceId, false),
    unmarkPaid: (invoiceId) => void state.markPaid(invoiceId, false),
    unmuteAccount: (accountId) => void state.muteAccount(accountId, false),
  };

  return (
    <section className="reminders" aria-labelledby="reminders-title">
      <header className="screen-header">
        <h1 id="reminders-title">Reminders</h1>
        <label>
          Show what is due within{' '}
          <select value={state.withinDays} onChange={(e) => void state.setWithinDays(Number(e.target.value))}>
            {WITHIN_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n} days
              </option>
            ))}
          </select>
        </label>
      </header>

      <div className="reminder-pause" role="group" aria-label="Pause reminders">
        {paused ? (
          <>
            <span role="status">Reminders are paused until {formatDateTime(paused)}.</span>
            <button type="button" onClick={() => void state.pause(null)}>
              Resume reminders
            </button>
          </>
        ) : (
          <>
            <button type="button" onClick={() => void state.pause('one_hour')}>
              Pause for 1 hour
            </button>
            <button type="button" onClick={() => void state.pause('tomorrow')}>
              Pause until tomorrow
            </button>
          </>
        )}
      </div>

      {state.error ? (
        <p className="error-box" role="alert">
          {state.error}
        </p>
      ) : null}

      {!state.loaded ? (
        <p className="muted">Loading reminders…</p>
      ) : items.length === 0 ? (
        <p className="muted">Nothing is overdue or due within {state.withinDays} days.</p>
      ) : (
        <ul className="due-list" aria-label="Due invoices">
          {items.map((item) => (
            <DueRow key={item.invoiceId} item={item} busy={busy.includes(item.invoiceId)} tomorrow={tomorrow} actions={rowActions} />
          ))}
        </ul>
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

      <h2 className="section-title">Reminder preferences</h2>
      {preferences ? (
        <ReminderPreferencesForm
          key={JSON.stringify({ ...preferences, pausedUntil: null })}
          preferences={preferences}
          settings={settings}
          info={info}
          onSave={async (patch) => {
            await state.savePreferences(patch);
            setSaved(store.getState().error === null);
          }}
          saved={saved}
          onEdit={() => setSaved(false)}
          onSettings={(patch) => void stores.settings.getState().update(patch)}
        />
      ) : null}
    </section>
  );
}

import * as Tabs from '@radix-ui/react-tabs';
import { useState } from 'react';
import { addDays, dayOf } from '../../../src-shared/domain/dates';
import { useClock, useReminders, useServices } from '../../app/context';
import { Icon } from '../../components/Icon';
import { formatDateTime } from '../../format/dates';
import { DuePanel } from './DuePanel';
import type { DueRowActions } from './DueRow';
import type { HiddenRowActions } from './HiddenRow';
import { ReminderPreferencesForm } from './ReminderPreferencesForm';
import './reminders.css';

const WITHIN_CHOICES = [7, 14, 30, 90];

/**
 * The reminders screen: what 'reminders:list' returns (the same list `cli due` prints) with "I paid
 * this", snooze and mute; what is hidden, with the undo; and, on its own tab, the reminder
 * preferences. Background sync and start at login are in Settings only; this screen links there.
 */
export function RemindersScreen() {
  const { stores } = useServices();
  const clock = useClock();
  // Created in createStores and kept fresh by startApp ('reminders:changed', 'inbox:changed').
  const store = stores.reminders;
  const state = useReminders((s) => s);
  const [saved, setSaved] = useState(false);
  const [tab, setTab] = useState('due');

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
        <div className="reminder-pause" role="group" aria-label="Pause reminders">
          {paused ? (
            <>
              <span role="status">
                <Icon name="quiet" /> Reminders are paused until {formatDateTime(paused)}.
              </span>
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
      </header>

      {state.actionError || state.loadError ? (
        <p className="error-box" role="alert">
          {state.actionError ?? state.loadError}
        </p>
      ) : null}

      <Tabs.Root value={tab} onValueChange={setTab} className="reminder-tabs">
        <Tabs.List className="tab-list" aria-label="Reminders">
          <Tabs.Trigger value="due" className="tab">
            Due{state.loaded ? ` (${items.length})` : ''}
          </Tabs.Trigger>
          <Tabs.Trigger value="preferences" className="tab">
            Preferences
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="due" className="tab-panel">
          <label className="due-window">
            Show what is due within{' '}
            <select value={state.withinDays} onChange={(e) => void state.setWithinDays(Number(e.target.value))}>
              {WITHIN_CHOICES.map((n) => (
                <option key={n} value={n}>
                  {n} days
                </option>
              ))}
            </select>
          </label>
          <DuePanel
            items={items}
            hidden={hidden}
            loaded={state.loaded}
            withinDays={state.withinDays}
            busy={busy}
            tomorrow={tomorrow}
            rowActions={rowActions}
            undoActions={undoActions}
          />
        </Tabs.Content>
        <Tabs.Content value="preferences" className="tab-panel">
          {preferences ? (
            <ReminderPreferencesForm
              key={JSON.stringify({ ...preferences, pausedUntil: null })}
              preferences={preferences}
              onSave={async (patch) => {
                await state.savePreferences(patch);
                setSaved(store.getState().actionError === null);
              }}
              saved={saved}
              onEdit={() => setSaved(false)}
            />
          ) : (
            <p className="muted">Loading preferences…</p>
          )}
          <p className="settings-pointer">
            <Icon name="info" /> Background sync, starting at login and the tray icon are set in Settings.{' '}
            <button type="button" className="link-button" onClick={() => stores.app.getState().navigate('settings')}>
              Open Settings
            </button>
          </p>
        </Tabs.Content>
      </Tabs.Root>
    </section>
  );
}

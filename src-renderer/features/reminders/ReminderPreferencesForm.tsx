import { useState, type FormEvent } from 'react';
import type { ReminderPreferences } from '../../../src-shared/domain/reminders';
import { LEAD_DAY_CHOICES, WEEKDAYS, leadDayLabel } from './describe';

interface Props {
  preferences: ReminderPreferences;
  onSave(patch: Partial<Omit<ReminderPreferences, 'pausedUntil'>>): Promise<void>;
  /** True right after a save (the form remounts with the saved values, so the parent keeps this). */
  saved: boolean;
  /** The user changed something since the last save. */
  onEdit(): void;
}

/** Reminder preferences, saved together. Background sync and start at login live in Settings only. */
export function ReminderPreferencesForm({ preferences, onSave, saved, onEdit }: Props) {
  const [draft, setDraft] = useState(preferences);
  const choices = [...new Set([...LEAD_DAY_CHOICES, ...preferences.leadDays])].sort((a, b) => b - a);
  const quiet = draft.quietHours;

  const toggleLead = (n: number, on: boolean) => {
    onEdit();
    setDraft({ ...draft, leadDays: on ? [...draft.leadDays, n] : draft.leadDays.filter((d) => d !== n) });
  };
  const edit = (patch: Partial<ReminderPreferences>) => {
    onEdit();
    setDraft({ ...draft, ...patch });
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { leadDays, overdueDaily, digest, quietHours, paidCheckDays } = draft;
    await onSave({ leadDays, overdueDaily, digest, quietHours, paidCheckDays });
  };

  return (
    <form className="reminder-preferences" aria-label="Reminder preferences" onSubmit={(e) => void submit(e)}>
      <fieldset>
        <legend>Remind me</legend>
        {choices.map((n) => (
          <label key={n} className="check">
            <input type="checkbox" checked={draft.leadDays.includes(n)} onChange={(e) => toggleLead(n, e.target.checked)} />
            {leadDayLabel(n)}
          </label>
        ))}
        <label className="check">
          <input type="checkbox" checked={draft.overdueDaily} onChange={(e) => edit({ overdueDaily: e.target.checked })} />
          Every day while an invoice is overdue
        </label>
      </fieldset>
      <fieldset>
        <legend>Weekly digest</legend>
        <label className="check">
          <input type="checkbox" checked={draft.digest.enabled} onChange={(e) => edit({ digest: { ...draft.digest, enabled: e.target.checked } })} />
          Send a weekly digest of what falls due
        </label>
        <div className="field-row">
          <label>
            Day
            <select
              value={draft.digest.weekday}
              disabled={!draft.digest.enabled}
              onChange={(e) => edit({ digest: { ...draft.digest, weekday: Number(e.target.value) } })}
            >
              {WEEKDAYS.map((day, i) => (
                <option key={day} value={i + 1}>
                  {day}
                </option>
              ))}
            </select>
          </label>
          <label>
            Time
            <input
              type="time"
              value={draft.digest.time}
              disabled={!draft.digest.enabled}
              onChange={(e) => e.target.value && edit({ digest: { ...draft.digest, time: e.target.value } })}
            />
          </label>
        </div>
      </fieldset>
      <fieldset>
        <legend>Quiet hours</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={quiet !== null}
            onChange={(e) => edit({ quietHours: e.target.checked ? { start: '22:00', end: '07:00' } : null })}
          />
          No notifications during quiet hours (they wait until the quiet hours end)
        </label>
        {quiet ? (
          <div className="field-row">
            <label>
              From
              <input type="time" value={quiet.start} onChange={(e) => e.target.value && edit({ quietHours: { ...quiet, start: e.target.value } })} />
            </label>
            <label>
              Until
              <input type="time" value={quiet.end} onChange={(e) => e.target.value && edit({ quietHours: { ...quiet, end: e.target.value } })} />
            </label>
          </div>
        ) : null}
      </fieldset>
      <div className="field">
        <label htmlFor="paid-check-days">After “I paid this”, remind me again if the provider still shows it open after (days)</label>
        <input
          id="paid-check-days"
          type="number"
          min={1}
          max={60}
          value={draft.paidCheckDays}
          onChange={(e) => {
            const n = Math.round(Number(e.target.value));
            if (Number.isFinite(n) && n >= 1 && n <= 60) edit({ paidCheckDays: n });
          }}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="primary">
          Save reminder preferences
        </button>
        {saved ? <span role="status">Saved.</span> : null}
      </div>
    </form>
  );
}

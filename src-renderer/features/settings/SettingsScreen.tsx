import { useState } from 'react';
import type { AppSettings } from '../../../src-shared/contract';
import { useAccounts, useAppState, useServices, useSettings } from '../../app/context';
import { ConfirmDialog } from '../../components/Dialog';
import { messageOf } from '../../stores/types';

const THEMES: Array<{ value: AppSettings['theme']; label: string }> = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function SettingsScreen() {
  const { api, stores } = useServices();
  const settings = useSettings((s) => s.settings);
  const views = useSettings((s) => s.views);
  const error = useSettings((s) => s.error);
  const info = useAppState((s) => s.info);
  const hasDemo = useAccounts((s) => s.accounts.some((a) => a.demo));
  const [leaving, setLeaving] = useState(false);
  const [leaveError, setLeaveError] = useState<string | null>(null);
  const update = stores.settings.getState().update;

  const leaveDemo = async () => {
    try {
      await api.call('demo:leave', {});
      setLeaving(false);
      await Promise.all([stores.accounts.getState().load(), stores.inbox.getState().load(), stores.app.getState().loadInfo()]);
    } catch (e) {
      setLeaveError(messageOf(e));
      setLeaving(false);
    }
  };

  return (
    <section className="settings" aria-labelledby="settings-title">
      <header className="screen-header">
        <h1 id="settings-title">Settings</h1>
      </header>
      {error ? (
        <p className="error-box" role="alert">
          {error}
        </p>
      ) : null}
      {settings ? (
        <div className="settings-body">
          <fieldset>
            <legend>Theme</legend>
            {THEMES.map((t) => (
              <label key={t.value} className="check">
                <input type="radio" name="theme" checked={settings.theme === t.value} onChange={() => void update({ theme: t.value })} />
                {t.label}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="sync-interval">Sync in the background every (minutes, 0 = never)</label>
            <input
              id="sync-interval"
              type="number"
              min={0}
              max={1440}
              value={settings.syncIntervalMinutes}
              onChange={(e) => {
                const minutes = Math.round(Number(e.target.value));
                if (Number.isFinite(minutes) && minutes >= 0 && minutes <= 1440) void update({ syncIntervalMinutes: minutes });
              }}
            />
          </div>
          <label className="check">
            <input type="checkbox" checked={settings.startAtLogin} onChange={(e) => void update({ startAtLogin: e.target.checked })} />
            Start Invoice Inbox when I log in
          </label>
          <h2 className="section-title">Your saved views</h2>
          {views.length === 0 ? (
            <p className="muted">None yet: set filters in the inbox and choose “Save current view…”.</p>
          ) : (
            <ul className="plain-list">
              {views.map((v) => (
                <li key={v.id}>
                  {v.name}{' '}
                  <button type="button" onClick={() => void stores.settings.getState().deleteView(v.id).catch(() => undefined)}>
                    Delete “{v.name}”
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <p className="muted">Loading settings…</p>
      )}
      {hasDemo || info?.demo ? (
        <>
          <h2 className="section-title">Demo workspace</h2>
          <button type="button" className="danger" onClick={() => setLeaving(true)}>
            Leave the demo workspace
          </button>
          {leaveError ? <p className="field-error">{leaveError}</p> : null}
        </>
      ) : null}
      {info ? (
        <p className="muted about">
          Invoice Inbox {info.version} · {info.host === 'web' ? 'web host (for testing and development)' : 'desktop'}
          {info.tray.available ? '' : ` · no tray icon${info.tray.reason ? `: ${info.tray.reason}` : ''}`}
        </p>
      ) : null}
      {leaving ? (
        <ConfirmDialog title="Leave the demo workspace?" confirmLabel="Leave the demo" onCancel={() => setLeaving(false)} onConfirm={() => void leaveDemo()} danger>
          The five demo accounts and their invoices are removed. Your own accounts stay.
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

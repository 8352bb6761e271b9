import { useState } from 'react';
import type { AppSettings } from '../../../src-shared/contract';
import { useAccounts, useAppState, useServices, useSettings } from '../../app/context';
import { ConfirmDialog } from '../../components/Dialog';
import { messageOf } from '../../stores/types';
import { BackgroundSettings } from './BackgroundSettings';

const THEMES: Array<{ value: AppSettings['theme']; label: string }> = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function SettingsScreen() {
  const { api, stores } = useServices();
  const settings = useSettings((s) => s.settings);
  const views = useSettings((s) => s.views);
  const error = useSettings((s) => s.actionError ?? s.loadError);
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
          <BackgroundSettings settings={settings} info={info} onChange={(patch) => void update(patch)} />
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

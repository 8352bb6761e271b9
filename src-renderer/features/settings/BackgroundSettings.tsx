import type { AppInfo, AppSettings } from '../../../src-shared/contract';

type Patch = Partial<Pick<AppSettings, 'syncIntervalMinutes' | 'startAtLogin'>>;

const SYNC_CHOICES = [
  { minutes: 0, label: 'Never (sync by hand)' },
  { minutes: 15, label: 'Every 15 minutes' },
  { minutes: 30, label: 'Every 30 minutes' },
  { minutes: 60, label: 'Every hour' },
  { minutes: 240, label: 'Every 4 hours' },
];

/** The choices, plus the stored interval when it is none of them (set by an older version or by hand). */
function syncChoices(current: number) {
  return SYNC_CHOICES.some((c) => c.minutes === current) ? SYNC_CHOICES : [...SYNC_CHOICES, { minutes: current, label: `Every ${current} minutes` }];
}

/**
 * The one place for what runs without the window: background sync, start at login, and why there is
 * no tray icon when the desktop has none (reminders still arrive as notifications).
 */
export function BackgroundSettings({ settings, info, onChange }: { settings: AppSettings; info: AppInfo | null; onChange: (patch: Patch) => void }) {
  return (
    <fieldset>
      <legend>Running in the background</legend>
      <div className="field">
        <label htmlFor="sync-interval">Background sync</label>
        <select id="sync-interval" value={settings.syncIntervalMinutes} onChange={(e) => onChange({ syncIntervalMinutes: Number(e.target.value) })}>
          {syncChoices(settings.syncIntervalMinutes).map((c) => (
            <option key={c.minutes} value={c.minutes}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <label className="check">
        <input type="checkbox" checked={settings.startAtLogin} onChange={(e) => onChange({ startAtLogin: e.target.checked })} />
        Start Invoice Inbox when I log in (hidden in the tray)
      </label>
      {info && !info.tray.available ? (
        <p className="tray-missing" role="note">
          <strong>Why there is no tray icon:</strong> {info.tray.reason ?? 'this desktop has no system tray.'} Reminders still arrive as notifications.
        </p>
      ) : null}
    </fieldset>
  );
}

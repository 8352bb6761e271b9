import type { AppSettings } from '../../../src-shared/contract';
import type { SettingsRepo, StoredView } from '../store/types';

export const DEFAULT_APP_SETTINGS: Omit<AppSettings, 'savedViews' | 'developerMode'> = {
  theme: 'system',
  syncIntervalMinutes: 30,
  startAtLogin: false,
};

type SettingKey = keyof typeof DEFAULT_APP_SETTINGS;

/** Each setting's stored value, checked before it is trusted (a hand edit or a newer app never crashes). */
const VALID: { [K in SettingKey]: (value: unknown) => value is AppSettings[K] } = {
  theme: (v): v is AppSettings['theme'] => v === 'system' || v === 'light' || v === 'dark',
  syncIntervalMinutes: (v): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 24 * 60,
  startAtLogin: (v): v is boolean => typeof v === 'boolean',
};

const KEY_PREFIX = 'app.';
const DEVELOPER_MODE_KEY = 'app.developerMode';

/**
 * The app's settings and saved views in the workspace: one stored row per setting and per view, so
 * two windows changing different things never undo each other.
 */
export class SettingsService {
  constructor(
    private readonly repo: SettingsRepo,
    private readonly now: () => number,
  ) {}

  get(): AppSettings {
    const settings = { ...DEFAULT_APP_SETTINGS } as Record<SettingKey, unknown>;
    for (const key of Object.keys(DEFAULT_APP_SETTINGS) as SettingKey[]) {
      const stored = this.repo.get(`${KEY_PREFIX}${key}`);
      if (VALID[key](stored)) settings[key] = stored;
    }
    return { ...(settings as Omit<AppSettings, 'savedViews' | 'developerMode'>), savedViews: this.views(), developerMode: this.repo.get(DEVELOPER_MODE_KEY) === true };
  }

  /**
   * Developer mode is set by the host (a menu click in main, a command-line flag), never through
   * `update`: a page must not be able to widen where main sends requests.
   */
  setDeveloperMode(on: boolean): AppSettings {
    this.repo.set({ [DEVELOPER_MODE_KEY]: on }, this.stamp());
    return this.get();
  }

  /** Writes only the fields given; returns the whole result. */
  update(patch: Partial<Omit<AppSettings, 'savedViews' | 'developerMode'>>): AppSettings {
    const values: Record<string, unknown> = {};
    for (const key of Object.keys(DEFAULT_APP_SETTINGS) as SettingKey[]) {
      if (patch[key] !== undefined) values[`${KEY_PREFIX}${key}`] = patch[key];
    }
    if (Object.keys(values).length > 0) this.repo.set(values, this.stamp());
    return this.get();
  }

  /** The user's saved views as stored: `{id, name, filter, sort}` (the renderer checks every field). */
  views(): unknown[] {
    return this.repo.views().map((view) => ({ ...(isRecord(view.definition) ? view.definition : {}), id: view.id, name: view.name }));
  }

  saveView(view: { id: string; name: string; filter: unknown; sort: unknown }): AppSettings {
    const stored: StoredView = { id: view.id, name: view.name, definition: { filter: view.filter, sort: view.sort } };
    this.repo.saveView(stored, this.stamp());
    return this.get();
  }

  deleteView(id: string): AppSettings {
    this.repo.deleteView(id);
    return this.get();
  }

  private stamp(): string {
    return new Date(this.now()).toISOString();
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

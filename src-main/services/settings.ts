import type { AppSettings } from '../../src-shared/contract';
import type { KeyValueStore } from './types';

export const DEFAULT_APP_SETTINGS: AppSettings = {
  theme: 'system',
  syncIntervalMinutes: 30,
  startAtLogin: false,
  savedViews: [],
  developerMode: false,
};

/** The stored settings over the defaults (a store written by an older version may lack keys). */
export function readSettings(store: KeyValueStore<AppSettings>): AppSettings {
  return { ...DEFAULT_APP_SETTINGS, ...store.get() };
}

/** Applies the fields given (undefined ones are left as they are) and returns the whole result. */
export function writeSettings(store: KeyValueStore<AppSettings>, patch: Partial<AppSettings>): AppSettings {
  const next: AppSettings = { ...readSettings(store) };
  for (const key of Object.keys(patch) as Array<keyof AppSettings>) {
    if (patch[key] !== undefined) Object.assign(next, { [key]: patch[key] });
  }
  store.set(next);
  return next;
}

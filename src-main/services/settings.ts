import type { AppSettings } from '../../src-shared/contract';
import type { KeyValueStore } from './types';

export const DEFAULT_APP_SETTINGS: AppSettings = {
  theme: 'system',
  syncIntervalMinutes: 30,
  startAtLogin: false,
  savedViews: [],
};

/** The stored settings over the defaults (a store written by an older version may lack keys). */
export function readSettings(store: KeyValueStore<AppSettings>): AppSettings {
  return { ...DEFAULT_APP_SETTINGS, ...store.store };
}

export function writeSettings(store: KeyValueStore<AppSettings>, patch: Partial<AppSettings>): AppSettings {
  for (const key of Object.keys(patch) as Array<keyof AppSettings>) {
    const value = patch[key];
    if (value !== undefined) store.set(key, value);
  }
  return readSettings(store);
}

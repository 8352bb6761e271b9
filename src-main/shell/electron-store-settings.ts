import Store from 'electron-store';
import type { KeyValueStore } from './key-value';

/**
 * electron-store backed implementations of the core's KeyValueStore<T>
 * (src-main/core/accounts/settings-store.ts): a JSON file in the data dir, written atomically by
 * conf, readable by the CLI and the web host (which open the same file through conf).
 */
export type SettingsFile<T extends Record<string, unknown> = Record<string, unknown>> = Store<T>;

/** `name` is the file name without .json. */
export function openSettingsFile<T extends Record<string, unknown> = Record<string, unknown>>(options: {
  cwd: string;
  name: string;
  defaults?: T;
}): SettingsFile<T> {
  return new Store<T>({
    cwd: options.cwd,
    name: options.name,
    ...(options.defaults ? { defaults: options.defaults } : {}),
    // A corrupt preferences file is reset rather than stopping the app at start.
    clearInvalidConfig: true,
    configFileMode: 0o600,
  });
}

/** The whole file as one document (app settings): get() returns a plain copy, set() replaces it. */
export function electronStoreDocument<T extends Record<string, unknown>>(file: SettingsFile<T>): KeyValueStore<T> {
  return {
    get: () => ({ ...file.store }),
    set: (value) => {
      file.store = value;
    },
  };
}

/**
 * One key of the file as a KeyValueStore<T> (window state). The stored value is checked by `parse` on
 * every read, so a hand-edited or corrupt entry falls back to `fallback` instead of reaching the app.
 */
export function electronStoreValue<T>(
  file: SettingsFile,
  key: string,
  fallback: T,
  parse: (raw: unknown) => T | null = (raw) => (raw === undefined ? null : (raw as T)),
): KeyValueStore<T> {
  return {
    get() {
      const value = parse(file.get(key));
      return value === null ? fallback : value;
    },
    set(value) {
      file.set(key, value);
    },
  };
}

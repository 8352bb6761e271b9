import Store from 'electron-store';
import type { KeyValueStore } from './key-value';

/**
 * An electron-store file (JSON in the data dir, written atomically by conf) holding one value per
 * key, each exposed as a KeyValueStore<T>. The stored value is checked by `parse` on every read, so a
 * hand-edited or corrupt entry falls back to `fallback` instead of reaching the app.
 */
export type SettingsFile = Store<Record<string, unknown>>;

/** `name` is the file name without .json; do not reuse the core's files (settings.json holds the accounts). */
export function openSettingsFile(options: { cwd: string; name: string }): SettingsFile {
  return new Store<Record<string, unknown>>({
    cwd: options.cwd,
    name: options.name,
    // A corrupt file is reset rather than crashing the app at start.
    clearInvalidConfig: true,
  });
}

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

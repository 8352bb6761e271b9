import Store from 'electron-store';
import type { KeyValueStore } from './key-value';

/**
 * The desktop shell's own small state (window position, "close to tray explained") in an electron-store
 * JSON file in the data dir, written atomically by conf (openWorkspace removes the temps of a killed
 * write). Everything the user owns lives in the workspace database instead.
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

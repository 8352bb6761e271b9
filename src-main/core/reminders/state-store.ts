/**
 * Where reminder state and reminder preferences live: `<dataDir>/reminders.json` and
 * `<dataDir>/reminder-preferences.json`, each replaced atomically (temp + fsync + rename). A damaged
 * file is set aside and reported through problems(); reminders start from a clean state, never crash.
 */
import path from 'node:path';
import type { ReminderPreferences } from '../../../src-shared/domain';
import type { AtomicFs } from '../cache/atomic-write';
import { readJsonFile, writeJsonFile } from './json-file';
import { defaultPreferences, readPreferences } from './preferences';
import { emptyState, parseState, type ReminderState } from './state';

export interface ReminderStateStore {
  load(): Promise<ReminderState>;
  save(state: ReminderState): Promise<void>;
  /** Files set aside since start, in words for the user. */
  problems(): string[];
}

export interface PreferencesStore {
  load(): Promise<ReminderPreferences>;
  save(prefs: ReminderPreferences): Promise<void>;
}

export const STATE_FILE = 'reminders.json';
export const PREFERENCES_FILE = 'reminder-preferences.json';

export interface FileStoreOptions {
  now?: () => number;
  fs?: AtomicFs;
}

export class FileReminderStateStore implements ReminderStateStore {
  readonly file: string;
  private readonly found: string[] = [];

  constructor(
    dataDir: string,
    private readonly options: FileStoreOptions = {},
  ) {
    this.file = path.join(path.resolve(dataDir), STATE_FILE);
  }

  async load(): Promise<ReminderState> {
    const read = await readJsonFile(this.file, (this.options.now ?? Date.now)(), (value) => {
      const parsed = parseState(value);
      return parsed.ok ? null : parsed.reason;
    });
    if (read.kind === 'ok') {
      const parsed = parseState(read.value);
      if (parsed.ok) return parsed.state;
    }
    if (read.kind === 'set_aside') {
      this.found.push(
        `The reminder history could not be read (${read.reason})${read.setAsideAs ? ` and was set aside as ${read.setAsideAs}` : ''}; reminders start afresh.`,
      );
    }
    return emptyState();
  }

  async save(state: ReminderState): Promise<void> {
    await writeJsonFile(this.file, state, this.options.fs ? { fs: this.options.fs } : {});
  }

  problems(): string[] {
    return [...this.found];
  }
}

/** Preferences file: read leniently (a bad field falls back to its default), written atomically. */
export class FilePreferencesStore implements PreferencesStore {
  readonly file: string;

  constructor(
    dataDir: string,
    private readonly options: FileStoreOptions = {},
  ) {
    this.file = path.join(path.resolve(dataDir), PREFERENCES_FILE);
  }

  async load(): Promise<ReminderPreferences> {
    const read = await readJsonFile(this.file, (this.options.now ?? Date.now)());
    return read.kind === 'ok' ? readPreferences(read.value) : defaultPreferences();
  }

  async save(prefs: ReminderPreferences): Promise<void> {
    await writeJsonFile(this.file, prefs, this.options.fs ? { fs: this.options.fs } : {});
  }
}

/** In memory, for tests and the demo. */
export class MemoryReminderStateStore implements ReminderStateStore {
  saves = 0;
  constructor(private state: ReminderState = emptyState()) {}
  async load(): Promise<ReminderState> {
    return structuredClone(this.state);
  }
  async save(state: ReminderState): Promise<void> {
    this.saves++;
    this.state = structuredClone(state);
  }
  problems(): string[] {
    return [];
  }
}

export class MemoryPreferencesStore implements PreferencesStore {
  constructor(private prefs: ReminderPreferences = defaultPreferences()) {}
  async load(): Promise<ReminderPreferences> {
    return structuredClone(this.prefs);
  }
  async save(prefs: ReminderPreferences): Promise<void> {
    this.prefs = structuredClone(prefs);
  }
}

/** Preferences kept in a host's key-value settings store (`{get(): T; set(v: T): void}`). */
export function preferencesFromKeyValue(store: { get(): unknown; set(value: ReminderPreferences): void }): PreferencesStore {
  return {
    load: async () => readPreferences(store.get()),
    save: async (prefs) => store.set(prefs),
  };
}

import Conf from 'conf';
import * as fs from 'node:fs';
import path from 'node:path';

/**
 * A whole settings document read and written at once. Account settings (never secrets) live behind it:
 * `ConfKeyValueStore` under Node (CLI, web host, tests), an electron-store implementation in the shell.
 */
export interface KeyValueStore<T> {
  get(): T;
  set(value: T): void;
}

/** For tests and the demo workspace: nothing on disk; values are copied in and out. */
export class MemoryKeyValueStore<T> implements KeyValueStore<T> {
  private value: T;

  constructor(initial: T) {
    this.value = structuredClone(initial);
  }

  get(): T {
    return structuredClone(this.value);
  }

  set(value: T): void {
    this.value = structuredClone(value);
  }
}

export interface ConfKeyValueStoreOptions<T> {
  /** The app's data directory; the file is `<dataDir>/<configName>.json`. */
  dataDir: string;
  /** Default "settings". */
  configName?: string;
  /** The document when the file does not exist yet; missing top-level keys are filled from it. */
  defaults: T;
  /** Clock for the set-aside file name. */
  now?: () => number;
}

/**
 * A KeyValueStore in `<dataDir>/settings.json` through `conf` (what electron-store wraps; conf writes
 * atomically). conf is ESM-only; Node >= 20.19 loads it from CommonJS too (require(esm)), so it is
 * imported statically and the API stays synchronous.
 *
 * A settings file that is not valid JSON at start-up is renamed aside to
 * `settings.corrupt-<time>.json` (never deleted) and the store starts from the defaults; `problem`
 * then holds a sentence for the user.
 */
export class ConfKeyValueStore<T extends Record<string, unknown>> implements KeyValueStore<T> {
  readonly path: string;
  /** Set when an unreadable settings file was set aside at start-up. */
  readonly problem: { file: string; setAsideAs: string; message: string } | null = null;
  private readonly conf: Conf<T>;

  constructor(options: ConfKeyValueStoreOptions<T>) {
    const configName = options.configName ?? 'settings';
    const confOptions = {
      cwd: path.resolve(options.dataDir),
      configName,
      defaults: options.defaults,
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
      watch: false,
      configFileMode: 0o600,
    } as const;
    let conf: Conf<T>;
    try {
      conf = new Conf<T>(confOptions);
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      const file = path.join(confOptions.cwd, `${configName}.json`);
      const stamp = new Date((options.now ?? Date.now)()).toISOString().replace(/[:.]/g, '-');
      const setAsideAs = freeName(path.join(confOptions.cwd, `${configName}.corrupt-${stamp}`), '.json');
      fs.renameSync(file, setAsideAs);
      this.problem = {
        file,
        setAsideAs,
        message: `Your account settings could not be read and were set aside as ${setAsideAs}; add your accounts again (saved credentials stay in the keychain).`,
      };
      conf = new Conf<T>(confOptions);
    }
    this.conf = conf;
    this.path = conf.path;
  }

  get(): T {
    // conf returns a null-prototype object; hand out a plain one.
    return { ...this.conf.store };
  }

  set(value: T): void {
    this.conf.store = value;
  }
}

function freeName(base: string, ext: string): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${base}${ext}` : `${base}-${n}${ext}`;
    if (!fs.existsSync(candidate)) return candidate;
  }
}

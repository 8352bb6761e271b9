import * as fs from 'node:fs/promises';
import path from 'node:path';
import { atomicWrite, nodeAtomicFs, removeStrayTemps, type AtomicFs } from './atomic-write';
import { assertSafeAccountId } from './safe-name';
import { checkSnapshot } from './snapshot-check';
import type { AccountSnapshot, CacheProblem, SnapshotStore } from './types';

export interface FileSnapshotStoreOptions {
  /** File-system calls used for writes (tests inject failures). Default node:fs/promises. */
  fs?: AtomicFs;
  /** Clock for the set-aside file names. */
  now?: () => number;
  /**
   * A temp file left by a crashed save is removed by the next save of that account once it is older
   * than this (another process may be mid-write on a younger one). Default one minute.
   */
  strayTempMaxAgeMs?: number;
}

type BadFileKind = 'corrupt' | 'unknown-version';

/**
 * Offline snapshots as `<dataDir>/cache/<accountId>.json`, one file per account, replaced atomically.
 * A file that cannot be read is renamed aside (never deleted), reported through problems(), and load
 * returns null as if there were no cache; the next sync rebuilds it. Operations on one account run one
 * at a time, so a load setting a bad file aside never races a save of a good one.
 */
export class FileSnapshotStore implements SnapshotStore {
  readonly dir: string;
  private readonly fs: AtomicFs;
  private readonly now: () => number;
  private readonly strayTempMaxAgeMs: number;
  private readonly found: CacheProblem[] = [];
  private readonly queues = new Map<string, Promise<void>>();

  constructor(dataDir: string, options: FileSnapshotStoreOptions = {}) {
    this.dir = path.join(path.resolve(dataDir), 'cache');
    this.fs = options.fs ?? nodeAtomicFs;
    this.now = options.now ?? Date.now;
    this.strayTempMaxAgeMs = options.strayTempMaxAgeMs ?? 60_000;
  }

  /** The snapshot file of an account; throws a RangeError for an unsafe id. */
  pathFor(accountId: string): string {
    assertSafeAccountId(accountId);
    return path.join(this.dir, `${accountId}.json`);
  }

  async load(accountId: string): Promise<AccountSnapshot | null> {
    const file = this.pathFor(accountId);
    return this.serially(accountId, () => this.loadFile(accountId, file));
  }

  async save(snapshot: AccountSnapshot): Promise<void> {
    const file = this.pathFor(snapshot.accountId);
    return this.serially(snapshot.accountId, async () => {
      await fs.mkdir(this.dir, { recursive: true });
      // Before writing: a crashed save's temp may be as large as the new file and cost the disk space.
      await removeStrayTemps(file, { fs: this.fs, olderThanMs: this.strayTempMaxAgeMs, nowMs: this.now() });
      await atomicWrite(file, JSON.stringify(snapshot), { fs: this.fs });
    });
  }

  async remove(accountId: string): Promise<void> {
    const file = this.pathFor(accountId);
    return this.serially(accountId, async () => {
      await unlinkIfPresent(file);
      // The account is gone, so any temp of it is stray whatever its age. Set-aside files stay.
      await removeStrayTemps(file, { fs: this.fs, olderThanMs: 0, nowMs: Number.POSITIVE_INFINITY });
    });
  }

  problems(): CacheProblem[] {
    return this.found.map((problem) => ({ ...problem }));
  }

  private async loadFile(accountId: string, file: string): Promise<AccountSnapshot | null> {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return this.setAside(accountId, file, 'corrupt', 'not valid JSON (damaged or cut short)');
    }
    const check = checkSnapshot(parsed, accountId);
    if (check.ok) return check.snapshot;
    return this.setAside(accountId, file, check.reason === 'unknown_version' ? 'unknown-version' : 'corrupt', check.detail);
  }

  private async setAside(accountId: string, file: string, kind: BadFileKind, detail: string): Promise<null> {
    const stamp = new Date(this.now()).toISOString().replace(/[:.]/g, '-');
    let target = '';
    try {
      target = await freeName(path.join(this.dir, `${accountId}.${kind}-${stamp}`), '.json');
      await fs.rename(file, target);
    } catch (error) {
      this.found.push({
        accountId,
        file,
        setAsideAs: '',
        message: `The saved invoices for this account could not be read (${detail}) and could not be moved aside (${errorCode(error) ?? 'error'}); sync again to rebuild them.`,
      });
      return null;
    }
    const message =
      kind === 'unknown-version'
        ? `The saved invoices for this account were written by another version of Invoice Inbox (${detail}) and were set aside as ${target}; sync again to rebuild them.`
        : `The saved invoices for this account could not be read and were set aside as ${target}; sync again to rebuild them.`;
    this.found.push({ accountId, file, setAsideAs: target, message });
    return null;
  }

  private serially<T>(accountId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(accountId) ?? Promise.resolve();
    const result = previous.then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(accountId, tail);
    void tail.then(() => {
      if (this.queues.get(accountId) === tail) this.queues.delete(accountId);
    });
    return result;
  }
}

/** `<base><ext>`, or `<base>-2<ext>`, `-3`... when a file of that name exists (never overwrite one). */
async function freeName(base: string, ext: string): Promise<string> {
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? `${base}${ext}` : `${base}-${n}${ext}`;
    try {
      await fs.lstat(candidate);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return candidate;
      throw error;
    }
  }
  throw new Error(`no free name for ${base}${ext}`);
}

async function unlinkIfPresent(file: string): Promise<void> {
  try {
    await fs.unlink(file);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

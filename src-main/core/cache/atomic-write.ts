import * as nodeFs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/** The part of an open file atomicWrite uses (a subset of node's FileHandle). */
export interface AtomicFileHandle {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The few file-system calls atomicWrite needs, so tests can fail any step (ENOSPC, EACCES) or simulate a
 * crash between steps. node:fs/promises satisfies it.
 */
export interface AtomicFs {
  open(file: string, flags: string, mode?: number): Promise<AtomicFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  readdir(dir: string): Promise<string[]>;
  stat(file: string): Promise<{ mtimeMs: number }>;
}

export const nodeAtomicFs: AtomicFs = {
  open: (file, flags, mode) => nodeFs.open(file, flags, mode),
  rename: (from, to) => nodeFs.rename(from, to),
  unlink: (file) => nodeFs.unlink(file),
  readdir: (dir) => nodeFs.readdir(dir),
  stat: (file) => nodeFs.stat(file),
};

export interface AtomicWriteOptions {
  fs?: AtomicFs;
  /** File mode of the new file (the rename keeps it). Default 0o600: user data stays the user's. */
  mode?: number;
}

const TEMP_SUFFIX = '.tmp';

/** `<dir>/<name>.<random>.tmp`: same directory as the target, so the rename never crosses devices. */
export function tempPathFor(target: string): string {
  return `${target}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
}

/**
 * Replaces `target` with `data` so a reader sees either the old file or the new one, never a torn mix:
 * write a temp file in the same directory, fsync it, rename it over the target, fsync the directory.
 * A failure before the rename removes the temp file and rethrows; the previous file is untouched.
 * The directory fsync is best effort (Windows cannot open a directory; some file systems refuse).
 */
export async function atomicWrite(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeAtomicFs;
  const temp = tempPathFor(target);
  let handle: AtomicFileHandle | null = null;
  try {
    handle = await fs.open(temp, 'wx', options.mode ?? 0o600);
    await handle.writeFile(data);
    await handle.sync();
    const opened = handle;
    handle = null;
    await opened.close();
    await fs.rename(temp, target);
  } catch (error) {
    if (handle !== null) await handle.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(fs, path.dirname(target));
}

async function syncDirectory(fs: AtomicFs, dir: string): Promise<void> {
  let handle: AtomicFileHandle;
  try {
    handle = await fs.open(dir, 'r');
  } catch {
    return;
  }
  try {
    await handle.sync();
  } catch {
    // Best effort: the rename is done; a file system that cannot fsync a directory is not an error.
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * Temp files a killed write leaves behind: atomicWrite's `<name>.<12 hex>.tmp`, and those of conf's
 * atomic writer (`<name>.tmp-<10 digits><6 hex>`: electron-store files such as window-state.json, and
 * the accounts and settings files of data dirs from before the workspace database).
 */
const STRAY_TEMP = /^.+\.(?:[0-9a-f]{12}\.tmp|tmp-\d{10}[0-9a-f]{6})$/;

/** True for a name a killed atomic write (ours or conf's) leaves. */
export function isStrayTempName(name: string): boolean {
  return STRAY_TEMP.test(name);
}

export interface StrayTempOptions {
  fs?: AtomicFs;
  /**
   * Only temps at least this old go, so a concurrent writer in another process (CLI and app at once)
   * keeps its in-flight temp. Default 0.
   */
  olderThanMs?: number;
  nowMs?: number;
}

/** Removes every temp a killed atomic write left in `dir` (not below it). Returns the removed paths; never throws. */
export async function removeStrayTempsIn(dir: string, options: StrayTempOptions = {}): Promise<string[]> {
  const fs = options.fs ?? nodeAtomicFs;
  const cutoff = (options.nowMs ?? Date.now()) - (options.olderThanMs ?? 0);
  let entries: string[];
  try {
    entries = await fs.readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const entry of entries) {
    if (!isStrayTempName(entry)) continue;
    const file = path.join(dir, entry);
    try {
      const { mtimeMs } = await fs.stat(file);
      if (mtimeMs > cutoff) continue;
      await fs.unlink(file);
      removed.push(file);
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}

import * as fs from 'node:fs/promises';
import path from 'node:path';
import { atomicWrite, type AtomicFs } from '../cache/atomic-write';

/** What reading a small JSON settings file found. */
export type JsonRead =
  | { kind: 'missing' }
  | { kind: 'ok'; value: unknown }
  /** The file could not be parsed; it was renamed to `setAsideAs` (empty when even that failed). */
  | { kind: 'set_aside'; setAsideAs: string; reason: string };

/**
 * Reads `file` as JSON. A damaged file is renamed aside (`<name>.corrupt-<stamp>.json`), never deleted
 * and never a crash; the caller starts from defaults and reports it. `check` may refuse a parsed value
 * (wrong shape) with a reason; that file is set aside too.
 */
export async function readJsonFile(
  file: string,
  nowMs: number,
  check: (value: unknown) => string | null = () => null,
): Promise<JsonRead> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  let value: unknown;
  let reason: string | null;
  try {
    value = JSON.parse(text);
    reason = check(value);
  } catch {
    reason = 'not valid JSON (damaged or cut short)';
  }
  if (reason === null) return { kind: 'ok', value };
  return { kind: 'set_aside', setAsideAs: await setAside(file, nowMs), reason };
}

/** Atomically replaces `file` with `value` as JSON (temp file, fsync, rename), creating its directory. */
export async function writeJsonFile(file: string, value: unknown, options: { fs?: AtomicFs } = {}): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await atomicWrite(file, `${JSON.stringify(value, null, 2)}\n`, options.fs ? { fs: options.fs } : {});
}

async function setAside(file: string, nowMs: number): Promise<string> {
  const ext = path.extname(file);
  const base = file.slice(0, file.length - ext.length);
  const stamp = new Date(nowMs).toISOString().replace(/[:.]/g, '-');
  for (let n = 1; n < 100; n++) {
    const target = `${base}.corrupt-${stamp}${n === 1 ? '' : `-${n}`}${ext}`;
    try {
      await fs.lstat(target);
      continue;
    } catch {
      // Free name.
    }
    try {
      await fs.rename(file, target);
      return target;
    } catch {
      return '';
    }
  }
  return '';
}

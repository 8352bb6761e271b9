import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { nodeAtomicFs, type AtomicFileHandle, type AtomicFs } from './atomic-write';

/** A fresh real directory under the OS temp dir; remove it with `fs.rm(dir, { recursive: true })`. */
export function makeTempDir(prefix = 'invoice-inbox-cache-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

export type FailStep = 'open' | 'write' | 'sync' | 'close' | 'rename';

function fsError(code: string, syscall: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: simulated failure, ${syscall}`);
  error.code = code;
  error.syscall = syscall;
  return error;
}

/**
 * Real fs, except the given step of writing a temp file fails with `code`. A failing write first puts
 * half the bytes on disk, like a disk that fills up mid-write.
 */
export function failingFs(step: FailStep, code = 'ENOSPC'): AtomicFs {
  const isTemp = (file: string): boolean => file.endsWith('.tmp');
  return {
    ...nodeAtomicFs,
    async open(file, flags, mode) {
      if (step === 'open' && isTemp(file)) throw fsError(code, 'open');
      const handle = await nodeAtomicFs.open(file, flags, mode);
      if (!isTemp(file)) return handle;
      return {
        async writeFile(data) {
          if (step === 'write') {
            await handle.writeFile(data.slice(0, Math.floor(data.length / 2)));
            throw fsError(code, 'write');
          }
          await handle.writeFile(data);
        },
        async sync() {
          if (step === 'sync') throw fsError(code, 'fsync');
          await handle.sync();
        },
        async close() {
          await handle.close();
          if (step === 'close') throw fsError(code, 'close');
        },
      } satisfies AtomicFileHandle;
    },
    async rename(from, to) {
      if (step === 'rename') throw fsError(code, 'rename');
      await nodeAtomicFs.rename(from, to);
    },
  };
}

export class SimulatedCrash extends Error {
  constructor() {
    super('simulated crash');
    this.name = 'SimulatedCrash';
  }
}

/**
 * Real fs until the temp file is written and fsynced; then the "process dies": the rename and every
 * later call (including the cleanup of the temp) fail, so the temp is left behind as after a crash.
 */
export function crashBeforeRenameFs(): AtomicFs {
  let dead = false;
  const guard = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (dead) throw new SimulatedCrash();
      return fn(...args);
    };
  return {
    open: guard(nodeAtomicFs.open),
    readdir: guard(nodeAtomicFs.readdir),
    stat: guard(nodeAtomicFs.stat),
    unlink: guard(nodeAtomicFs.unlink),
    rename: async () => {
      dead = true;
      throw new SimulatedCrash();
    },
  };
}

/** Names in a directory, sorted. */
export async function listDir(dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).sort();
}

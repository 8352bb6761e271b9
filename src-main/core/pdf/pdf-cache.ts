import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { atomicWrite, type AtomicFs } from '../cache/atomic-write';
import { startsWithMagic } from './download';

/**
 * The on-disk PDF cache: `<dataDir>/pdf/<sha256 of invoice id>.pdf`. The hash keeps provider ids (which
 * may hold any character) out of file names. Writes are atomic, so a reader sees the old or the new
 * copy, never a torn one.
 */
export class PdfCache {
  readonly dir: string;

  constructor(
    dataDir: string,
    /** The file system writes go through (tests fail a write: a full disk). */
    private readonly fs?: AtomicFs,
  ) {
    this.dir = path.join(dataDir, 'pdf');
  }

  pathFor(invoiceId: string): string {
    return path.join(this.dir, `${createHash('sha256').update(invoiceId, 'utf8').digest('hex')}.pdf`);
  }

  /** The cached copy, or null when there is none (or it is not a PDF: never serve a bad file). */
  async read(invoiceId: string): Promise<Buffer | null> {
    const file = this.pathFor(invoiceId);
    // Most PDFs opened are not cached yet: one stat says so without a failed read's round trip.
    if (!existsSync(file)) return null;
    try {
      const bytes = await readFile(file);
      return startsWithMagic(bytes) ? bytes : null;
    } catch {
      return null;
    }
  }

  async write(invoiceId: string, bytes: Buffer): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    await atomicWrite(this.pathFor(invoiceId), bytes, this.fs ? { fs: this.fs } : {});
  }

  async remove(invoiceIds: readonly string[]): Promise<void> {
    await Promise.all(invoiceIds.map((id) => rm(this.pathFor(id), { force: true })));
  }
}

/**
 * Exports in the web host: the file is written under `<dataDir>/downloads/` and registered under a
 * random id; the page fetches it from GET /api/download/<id> with its token in a header (like every
 * API call) and hands it to the browser's downloads.
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, rm, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { ChooseExportTarget } from '../services/types';

export interface DownloadEntry {
  file: string;
  fileName: string;
}

/** How many finished exports the page can still fetch (older ones stay on disk, no longer served). */
const KEPT = 50;
export const DOWNLOAD_PATH_PREFIX = '/api/download/';

export class DownloadRegistry {
  private readonly entries = new Map<string, DownloadEntry>();

  add(entry: DownloadEntry): string {
    const id = randomBytes(16).toString('base64url');
    this.entries.set(id, entry);
    if (this.entries.size > KEPT) this.entries.delete(this.entries.keys().next().value as string);
    return id;
  }

  get(id: string): DownloadEntry | null {
    return this.entries.get(id) ?? null;
  }
}

/** Moves `from` to a name in `dir` that is not taken ("x.csv", "x (2).csv", ...), never overwriting. */
async function placeUnder(from: string, dir: string, fileName: string): Promise<string> {
  const ext = path.extname(fileName);
  const stem = fileName.slice(0, fileName.length - ext.length);
  for (let n = 1; n < 1000; n += 1) {
    const target = path.join(dir, n === 1 ? fileName : `${stem} (${n})${ext}`);
    try {
      await link(from, target);
      await unlink(from);
      return target;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error('Too many files with this name in the downloads folder.');
}

export function webExportTarget(dataDir: string, registry: DownloadRegistry): ChooseExportTarget {
  const dir = path.join(dataDir, 'downloads');
  return async ({ suggestedName }) => {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const tempPath = path.join(dir, `.export-${randomBytes(8).toString('hex')}.part`);
    return {
      tempPath,
      commit: async () => {
        const file = await placeUnder(tempPath, dir, suggestedName);
        const fileName = path.basename(file);
        const id = registry.add({ file, fileName });
        return { path: file, download: { url: `${DOWNLOAD_PATH_PREFIX}${id}`, fileName } };
      },
      discard: () => rm(tempPath, { force: true }),
    };
  };
}

/** `attachment` with the name as plain ASCII and as UTF-8 (RFC 6266). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

import path from 'node:path';
import { removeStrayTempsIn, type StrayTempOptions } from '../cache/atomic-write';
import { PdfCache } from '../pdf/pdf-cache';

/** A temp younger than this may belong to a write another process (the CLI, a second window) is doing now. */
export const STRAY_TEMP_MIN_AGE_MS = 60_000;

/**
 * Removes the temp files killed atomic writes left in a data dir: the PDF cache's, the data dir's own
 * (window-state.json and the JSON-era accounts and settings files, written by conf) and the JSON-era
 * invoice cache's. Every host does it when it opens the workspace (openWorkspace). Never throws.
 */
export async function removeStrayTempsOf(dataDir: string, options: Omit<StrayTempOptions, 'olderThanMs'> = {}): Promise<string[]> {
  const dirs = [dataDir, path.join(dataDir, 'cache'), new PdfCache(dataDir).dir];
  const removed = await Promise.all(dirs.map((dir) => removeStrayTempsIn(dir, { ...options, olderThanMs: STRAY_TEMP_MIN_AGE_MS })));
  return removed.flat();
}

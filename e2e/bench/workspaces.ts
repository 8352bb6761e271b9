/**
 * The seeded workspaces the renderer and store benchmarks share in one run: 1,000 and 100,000
 * synthetic invoices (synthetic.ts), each seeded once, removed when the run ends. `npm run bench`
 * runs each suite in a process of its own and names a folder for the seeds in SEEDS_ENV, so the
 * suites share them; a suite run on its own seeds in a temporary folder of its own.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedSyntheticDataDir } from './synthetic';

/** The folder the suites of one run keep their seeded workspaces in (set by run.ts). */
export const SEEDS_ENV = 'INVOICE_INBOX_BENCH_SEEDS';
const SEEDED_MARK = '.seeded';

export const SMALL = 1_000;
export const LARGE = 100_000;

const seeded = new Map<number, Promise<string>>();

/** A data dir holding `count` synthetic invoices (seeded on first use in this run). */
export function seededWorkspace(count: number): Promise<string> {
  let dir = seeded.get(count);
  if (!dir) {
    dir = (async () => {
      const shared = process.env[SEEDS_ENV];
      const dataDir = shared ? join(shared, String(count)) : await mkdtemp(join(tmpdir(), `ii-bench-${count}-`));
      if (shared && existsSync(join(dataDir, SEEDED_MARK))) return dataDir;
      await mkdir(dataDir, { recursive: true });
      const started = performance.now();
      seedSyntheticDataDir(dataDir, count);
      await writeFile(join(dataDir, SEEDED_MARK), '');
      process.stderr.write(`  seeded ${count.toLocaleString('en')} invoices in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
      return dataDir;
    })();
    seeded.set(count, dir);
  }
  return dir;
}

/** Removes the workspaces this process seeded in a folder of its own (the run removes the shared ones). */
export async function removeSeededWorkspaces(): Promise<void> {
  if (!process.env[SEEDS_ENV]) for (const dir of seeded.values()) await rm(await dir, { recursive: true, force: true });
  seeded.clear();
}

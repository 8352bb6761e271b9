/**
 * The seeded workspaces the renderer and store benchmarks share in one run: 1,000 and 100,000
 * synthetic invoices (synthetic.ts), each seeded once, removed when the run ends.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedSyntheticDataDir } from './synthetic';

export const SMALL = 1_000;
export const LARGE = 100_000;

const seeded = new Map<number, Promise<string>>();

/** A data dir holding `count` synthetic invoices (seeded on first use in this run). */
export function seededWorkspace(count: number): Promise<string> {
  let dir = seeded.get(count);
  if (!dir) {
    dir = (async () => {
      const dataDir = await mkdtemp(join(tmpdir(), `ii-bench-${count}-`));
      const started = performance.now();
      seedSyntheticDataDir(dataDir, count);
      process.stderr.write(`  seeded ${count.toLocaleString('en')} invoices in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
      return dataDir;
    })();
    seeded.set(count, dir);
  }
  return dir;
}

export async function removeSeededWorkspaces(): Promise<void> {
  for (const dir of seeded.values()) await rm(await dir, { recursive: true, force: true });
  seeded.clear();
}

/**
 * `npm run bench [-- suite...]`: every benchmark, printed as ratios against baselines measured in the
 * same run (one verdict line per figure, see report.ts). Exits 1 when a figure misses its target.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forkBench } from './child';
import { formatRows, meets, type BenchRow } from './report';
import { SUITES } from './suites';
import { SEEDS_ENV } from './workspaces';

/** Runs one suite in a fresh process (suite-process.ts) and returns its rows. */
async function runSuite(name: string): Promise<BenchRow[]> {
  const child = forkBench('suite-process.ts');
  try {
    await child.next('loaded');
    return (await child.ask<{ rows: BenchRow[] }>({ type: 'run', suite: name }, 'rows')).rows;
  } finally {
    await child.close();
  }
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const unknown = only.filter((name) => !SUITES.some(([suite]) => suite === name));
  if (unknown.length > 0) throw new Error(`unknown suite ${unknown.join(', ')}; choose from ${SUITES.map(([name]) => name).join(', ')}`);
  const rows: BenchRow[] = [];
  // The suites' processes seed the synthetic workspaces once, here, for all of them (workspaces.ts).
  const seeds = await mkdtemp(join(tmpdir(), 'ii-bench-seeds-'));
  process.env[SEEDS_ENV] = seeds;
  try {
    for (const [name] of SUITES) {
      if (only.length > 0 && !only.includes(name)) continue;
      process.stderr.write(`running ${name}...\n`);
      const started = performance.now();
      rows.push(...(await runSuite(name)));
      process.stderr.write(`  ${name} took ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
    }
  } finally {
    await rm(seeds, { recursive: true, force: true });
  }
  process.stdout.write(formatRows(rows));
  if (rows.some((row) => !meets(row))) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});

/**
 * `npm run bench [-- suite...]`: every benchmark, printed as ratios against baselines measured in the
 * same run (one verdict line per figure, see report.ts). Exits 1 when a figure misses its target.
 */
import { benchDbOpen } from './db-open-bench';
import { formatRows, meets, type BenchRow } from './report';
import { benchPdf } from './pdf-bench';
import { benchRenderer } from './renderer-bench';
import { benchResyncWrites } from './resync-bench';
import { benchSync } from './sync-bench';
import { removeSeededWorkspaces } from './workspaces';

const SUITES: ReadonlyArray<[string, () => Promise<BenchRow[]>]> = [
  ['sync', benchSync],
  ['pdf', benchPdf],
  ['store', async () => [...(await benchDbOpen()), ...(await benchResyncWrites())]],
  ['renderer', benchRenderer],
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const unknown = only.filter((name) => !SUITES.some(([suite]) => suite === name));
  if (unknown.length > 0) throw new Error(`unknown suite ${unknown.join(', ')}; choose from ${SUITES.map(([name]) => name).join(', ')}`);
  const rows: BenchRow[] = [];
  try {
    for (const [name, run] of SUITES) {
      if (only.length > 0 && !only.includes(name)) continue;
      process.stderr.write(`running ${name}...\n`);
      const started = performance.now();
      rows.push(...(await run()));
      process.stderr.write(`  ${name} took ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
    }
  } finally {
    await removeSeededWorkspaces();
  }
  process.stdout.write(formatRows(rows));
  if (rows.some((row) => !meets(row))) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});

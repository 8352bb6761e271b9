/**
 * `npm run bench [-- suite...]`: every benchmark, printed as ratios against baselines measured in the
 * same run (one verdict line per figure, see report.ts). Exits 1 when a figure misses its target.
 */
import { forkBench } from './child';
import { formatRows, meets, type BenchRow } from './report';
import { SUITES } from './suites';

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
  for (const [name] of SUITES) {
    if (only.length > 0 && !only.includes(name)) continue;
    process.stderr.write(`running ${name}...\n`);
    const started = performance.now();
    rows.push(...(await runSuite(name)));
    process.stderr.write(`  ${name} took ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  }
  process.stdout.write(formatRows(rows));
  if (rows.some((row) => !meets(row))) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});

/** `npm run bench`: every benchmark, printed as ratios against baselines measured in the same run. */
import { benchCache } from './cache-bench';
import { formatRows, type BenchRow } from './report';
import { benchRenderer } from './renderer-bench';
import { benchSync } from './sync-bench';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const suites: [string, () => Promise<BenchRow[]>][] = [
    ['sync', benchSync],
    ['cache', benchCache],
    ['renderer', benchRenderer],
  ];
  const rows: BenchRow[] = [];
  for (const [name, run] of suites) {
    if (only.length > 0 && !only.includes(name)) continue;
    process.stderr.write(`running ${name}...\n`);
    rows.push(...(await run()));
  }
  process.stdout.write(formatRows(rows));
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

import { forkBench } from './child';
import type { DbOpenTiming } from './db-open-probe';
import { buildBenchProbe } from './probe-build';
import { median, ms, type BenchRow } from './report';
import { LARGE, seededWorkspace } from './workspaces';

const ROUNDS = 15;

/**
 * One round in a new process of the bundled probe: `app` (openWorkspace + the renderer's first window)
 * or `bare` (a plain SELECT).
 */
async function round(probe: string, mode: 'app' | 'bare', dataDir: string): Promise<DbOpenTiming> {
  const child = forkBench(probe);
  try {
    await child.next('loaded');
    return (await child.ask<{ timing: DbOpenTiming }>({ type: 'run', mode, dataDir }, 'timing')).timing;
  } finally {
    await child.close();
  }
}

/**
 * Opening a workspace of 100,000 invoices as a host does and reading the first window the renderer
 * paints (openWorkspace, then the first 100 rows in the default order with their state, marks and
 * labels), against a bare better-sqlite3 connection running a plain SELECT of the same 100 rows on the
 * same file. Each in a fresh process, the two alternating; the median of the rounds' ratios. The probe
 * runs bundled, as the hosts ship (probe-build.ts).
 */
export async function benchDbOpen(): Promise<BenchRow[]> {
  const dataDir = await seededWorkspace(LARGE);
  const probe = await buildBenchProbe('db-open-probe.ts');
  const app: DbOpenTiming[] = [];
  const bare: DbOpenTiming[] = [];
  for (let n = 0; n < ROUNDS; n++) {
    app.push(await round(probe, 'app', dataDir));
    bare.push(await round(probe, 'bare', dataDir));
  }
  if ([...app, ...bare].some((timing) => timing.rows !== 100)) throw new Error('db-open: a first window did not hold 100 rows');
  const of = (list: DbOpenTiming[], key: keyof DbOpenTiming): number => median(list.map((timing) => timing[key] ?? 0));
  return [
    {
      name: 'db-open',
      // Paired: each round's app open over the bare open run right after it (the machine's load shifts
      // between rounds more than within one), the median of those ratios.
      ratio: median(app.map((timing, n) => timing.firstRows / (bare[n]?.firstRows ?? Number.NaN))),
      target: 3,
      details: [
        `open a ${LARGE.toLocaleString('en')}-invoice workspace and read the first window the inbox paints / a bare connection's SELECT of the same 100 rows right after it (fresh process each, the probe bundled as the hosts ship, median of ${ROUNDS} rounds' ratios)`,
        `app ${ms(of(app, 'firstRows'))} (openWorkspace ${ms(of(app, 'open'))}, first window ${ms(of(app, 'window'))}, the same window again ${ms(of(app, 'windowAgain'))}); bare ${ms(of(bare, 'firstRows'))}`,
        `after the first rows, not in the ratio: count and figures of the whole inbox ${ms(of(app, 'figures'))}, reminders ${ms(of(app, 'reminders'))}`,
        `process start-up before the clock on both sides (first time-zone lookup, SQLite addon): ${ms(of([...app, ...bare], 'warmUp'))}`,
      ],
    },
  ];
}

/**
 * The inbox's views at scale: the first window of every filter a finance user opens (the inbox, the
 * state and due views, one account, paid lately, a long and a short search) in every sort, read through
 * the workspace's queries in this process, with 100,000 invoices against 1,000.
 */
import { EMPTY_FILTER, SORT_KEYS, type InboxFilter, type InboxSort } from '../../src-shared/domain';
import { MemoryCredentialStore } from '../../src-main/core/credentials/memory-store';
import { openWorkspace, type Workspace } from '../../src-main/core/workspace/open-workspace';
import { median, ms, percentile, type BenchRow } from './report';
import { LARGE, seededWorkspace, SMALL } from './workspaces';

const SORTS: InboxSort[] = SORT_KEYS.flatMap((key) => [{ key, dir: 'asc' as const }, { key, dir: 'desc' as const }]);
/** Reads of each view, after one that warms its statements; the median counts. */
const READS = 5;

/** The views a finance user opens: the inbox, its state and due views, one account, paid lately, a search. */
function views(accountId: string): [string, Partial<InboxFilter>][] {
  return [
    ['inbox', {}],
    ['overdue', { states: ['overdue'] }],
    ['open', { states: ['open', 'due_today', 'overdue'] }],
    ['this month', { due: { kind: 'thisMonth' } }],
    ['one account', { accountIds: [accountId] }],
    ['paid in 30 days', { paidWithinDays: 30 }],
    ['search "research"', { search: 'research' }],
    ['search "gr"', { search: 'gr' }],
  ];
}

/** The first window of every view in every sort, in ms (the median of READS reads each). */
async function windowTimes(workspace: Workspace): Promise<Map<string, number>> {
  const accountId = workspace.store.accounts.list()[0]?.id ?? '';
  const times = new Map<string, number>();
  for (const [name, narrowing] of views(accountId)) {
    for (const sort of SORTS) {
      const read = (): number => {
        const started = performance.now();
        workspace.inbox.window({ filter: { ...EMPTY_FILTER, ...narrowing }, sort, offset: 0, limit: 100, count: false, aggregates: false });
        return performance.now() - started;
      };
      read();
      times.set(`${name}, ${sort.key} ${sort.dir}`, median(Array.from({ length: READS }, read)));
    }
  }
  return times;
}

async function measure(count: number): Promise<Map<string, number>> {
  const workspace = await openWorkspace(await seededWorkspace(count), { credentials: new MemoryCredentialStore(), watchIntervalMs: 0 });
  try {
    return await windowTimes(workspace);
  } finally {
    await workspace.close();
  }
}

/**
 * The median of the views' ratios must stay near 1 (what most views cost does not grow with the
 * workspace); the p90 and the slowest views are printed beside it: views whose rows must be found
 * across the workspace and sorted (a short search in the provider sort) still grow with it.
 */
export async function benchViews(): Promise<BenchRow[]> {
  const small = await measure(SMALL);
  const large = await measure(LARGE);
  const ratios = [...large].map(([name, time]) => ({ name, time, ratio: time / Math.max(small.get(name) ?? Number.NaN, 0.05) }));
  const worst = [...ratios].sort((a, b) => b.time - a.time).slice(0, 3);
  const times = ratios.map((entry) => entry.time);
  return [
    {
      name: 'inbox-views-scale',
      ratio: median(ratios.map((entry) => entry.ratio)),
      target: 3,
      details: [
        `the first window (100 rows) of ${ratios.length} views (${views('').length} filters and searches x ${SORTS.length} sorts), ${LARGE.toLocaleString('en')} invoices / ${SMALL.toLocaleString('en')}: the median of the views' ratios (median of ${READS} reads each, statements warm)`,
        `at ${LARGE.toLocaleString('en')}: median ${ms(median(times))}, p90 ${ms(percentile(times, 90))}, slowest ${worst.map((entry) => `${entry.name} ${ms(entry.time)}`).join('; ')}`,
        `p90 of the ratios ${percentile(ratios.map((entry) => entry.ratio), 90).toFixed(1)}`,
      ],
    },
  ];
}

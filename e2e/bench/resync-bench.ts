import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROVIDER_IDS, type ProviderId } from '../../src-shared/domain';
import { MemoryCredentialStore } from '../../src-main/core/credentials/memory-store';
import { SqliteWorkspaceStore } from '../../src-main/core/store/sqlite-store';
import { openWorkspace } from '../../src-main/core/workspace/open-workspace';
import { startRemoteSimulator } from './remote-sim';
import { ms, type BenchRow } from './report';
import { TEAMS } from './synthetic';
import { LARGE } from './workspaces';

/** Two accounts per provider, 10,000 invoices each. */
const PER_ACCOUNT = LARGE / (PROVIDER_IDS.length * TEAMS.length);

/**
 * Rows written by an unchanged re-sync of 100,000 invoices against rows written by the full sync that
 * stored them, both through the real sync engine (openWorkspace, developer mode) from the simulator in
 * its own process. The re-sync is a full one (every page fetched again, every invoice compared): the
 * hardest case for "only what changed is written". Rows are counted by SQLite itself on the
 * workspace's connection (total_changes(): every table, line items and the search index included).
 */
export async function benchResyncWrites(): Promise<BenchRow[]> {
  const secret = (provider: ProviderId, team: string): string => `bench-${provider}-${team}`;
  const sim = await startRemoteSimulator({
    // Syncing 100,000 invoices twice in a minute is far beyond the providers' real limits: off here.
    gpuoutletRateLimit: false,
    commetRateLimit: false,
    tenants: PROVIDER_IDS.flatMap((provider, p) => TEAMS.map((team, t) => ({ provider, secret: secret(provider, team), invoiceCount: PER_ACCOUNT, seed: 200 + p * 2 + t }))),
  });
  const dataDir = await mkdtemp(join(tmpdir(), 'ii-bench-resync-'));
  // Each sync in a workspace of its own, as two runs of `invoice-inbox sync --full` would be: the
  // engine's per-account rate limiter (GPU Outlet allows 100 requests a minute) starts afresh.
  const open = () => openWorkspace(dataDir, { credentials, developerMode: true, watchIntervalMs: 0 });
  const credentials = new MemoryCredentialStore();
  const sync = async (): Promise<{ rows: number; wall: number; invoices: number }> => {
    const workspace = await open();
    try {
      const { store } = workspace;
      if (!(store instanceof SqliteWorkspaceStore)) throw new Error('resync-writes counts rows of the SQLite store');
      const before = store.writtenRows();
      const started = performance.now();
      const results = await workspace.inbox.sync({ full: true });
      const failed = results.filter((result) => !result.ok || result.discarded !== undefined);
      if (failed.length > 0) throw new Error(`resync-writes: sync failed: ${failed.map((result) => result.error?.message ?? result.discarded).join('; ')}`);
      return { rows: store.writtenRows() - before, wall: performance.now() - started, invoices: store.invoices.count() };
    } finally {
      await workspace.close();
    }
  };
  try {
    const setup = await open();
    for (const provider of PROVIDER_IDS) {
      for (const team of TEAMS) await setup.inbox.addAccount({ provider, label: `${provider} ${team}`, baseUrl: sim.baseUrl(provider), secret: secret(provider, team) });
    }
    await setup.close();
    const full = await sync();
    if (full.invoices !== LARGE) throw new Error(`resync-writes: the full sync stored ${full.invoices} invoices, not ${LARGE}`);
    const again = await sync();
    return [
      {
        name: 'resync-writes',
        ratio: again.rows / full.rows,
        target: 0.01,
        details: [
          `rows written by an unchanged full re-sync of ${full.invoices.toLocaleString('en')} invoices (${PROVIDER_IDS.length * TEAMS.length} accounts, real sync engine, simulator) / rows written by the full sync that stored them (SQLite total_changes)`,
          `re-sync ${again.rows.toLocaleString('en')} rows in ${ms(again.wall)}; full sync ${full.rows.toLocaleString('en')} rows in ${ms(full.wall)}`,
        ],
      },
    ];
  } finally {
    await sim.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

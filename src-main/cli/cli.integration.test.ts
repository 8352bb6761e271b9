import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROVIDER_IDS, type Invoice, type InvoiceState, type ProviderId } from '../../src-shared/domain';
import { startSimulator, type Simulator } from '../simulator/testing';
import { MemoryCredentialStore } from '../core/credentials/memory-store';
import { runCliCaptured, testWorkspaceOpener, type CliRun } from './test-support';

const NOW = Date.parse('2026-11-21T12:00:00Z');
const COUNT = 120;
const secretOf = (p: ProviderId): string => `cli-test-${p}-secret`;

let sim: Simulator;
let dataDir: string;
const credentials = new MemoryCredentialStore();

function cli(args: string[], stdin = ''): Promise<CliRun> {
  // Developer mode: the simulator serves every provider on this computer, not at their own addresses.
  return runCliCaptured(['--data-dir', dataDir, '--developer-mode', ...args], {
    stdin,
    openWorkspace: testWorkspaceOpener(credentials, { engine: { random: () => 0 } }),
  });
}

beforeAll(async () => {
  sim = await startSimulator({
    now: NOW,
    tenants: PROVIDER_IDS.map((provider, i) => ({ provider, secret: secretOf(provider), invoiceCount: COUNT, seed: 11 + i })),
  });
  dataDir = await mkdtemp(join(tmpdir(), 'ii-cli-'));
});

afterAll(async () => {
  await sim.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('CLI against the provider simulator', () => {
  const ids = new Map<ProviderId, string>();

  it('adds one account of each provider; the secret goes to the keychain, never to stdout', async () => {
    for (const provider of PROVIDER_IDS) {
      const result = await cli(['accounts', 'add', '--provider', provider, '--label', `My ${provider}`, '--base-url', sim.baseUrl(provider), '--secret-stdin'], `${secretOf(provider)}\n`);
      expect(result.code, result.err).toBe(0);
      const id = result.out.trim();
      expect(id).toMatch(/^acct_[a-z2-7]{12}$/);
      expect(result.out + result.err).not.toContain(secretOf(provider));
      expect(await credentials.get(id)).toBe(secretOf(provider));
      ids.set(provider, id);
    }
    const listed = await cli(['accounts', 'list', '--json']);
    expect(JSON.parse(listed.out).map((a: { provider: string }) => a.provider)).toEqual([...PROVIDER_IDS]);
    // The workspace database (and its write-ahead log) holds no secret: they are in the keychain only.
    const stored = Buffer.concat([await readFile(join(dataDir, 'workspace.db')), await readFile(join(dataDir, 'workspace.db-wal')).catch(() => Buffer.alloc(0))]).toString('latin1');
    for (const p of PROVIDER_IDS) expect(stored).not.toContain(secretOf(p));
  });

  it('syncs every account and lists every invoice once, with the right status, amount and currency', async () => {
    const synced = await cli(['sync']);
    expect(synced.code, synced.err).toBe(0);
    const list = await cli(['list', '--format', 'json', '--tz', 'UTC']);
    const invoices = JSON.parse(list.out) as Array<Invoice & { state: InvoiceState; payable: boolean }>;
    const today = new Date().toISOString().slice(0, 10);
    expect(new Set(invoices.map((i) => i.id)).size).toBe(invoices.length);

    const gpu = invoices.filter((i) => i.provider === 'gpuoutlet');
    const wireGpu = sim.invoices('gpuoutlet', secretOf('gpuoutlet'));
    expect(gpu).toHaveLength(wireGpu.length); // drafts are never returned by GPU Outlet
    for (const wire of wireGpu) {
      const inv = gpu.find((i) => i.providerInvoiceId === wire.id);
      expect(inv?.total).toBe(wire.amountCents);
      expect(inv?.currency).toBe(wire.currency);
      // Overdue from the first (UTC, as asked) calendar day after the due day; due today on it.
      const dueDay = wire.dueAt?.slice(0, 10) ?? null;
      const open = wire.status === 'open';
      expect(inv?.status).toBe(wire.status);
      if (open) expect(inv?.state).toBe(dueDay === null ? 'no_due_date' : dueDay < today ? 'overdue' : dueDay === today ? 'due_today' : 'open');
      expect(inv?.payable).toBe(open && wire.reason !== 'topup_failed' && wire.amountCents > 0);
    }

    const opterius = invoices.filter((i) => i.provider === 'opterius');
    const wireOpt = sim.invoices('opterius', secretOf('opterius'));
    expect(opterius).toHaveLength(wireOpt.length);
    for (const wire of wireOpt) {
      const inv = opterius.find((i) => i.providerInvoiceId === String(wire.id));
      expect(inv?.amountDue).toBe(wire.amount_due);
      expect(inv?.currency).toBe(wire.currency_code);
      expect(inv?.dueAt).toBe(wire.due_date);
      const map: Record<string, string> = { unpaid: 'open', overdue: 'overdue', paid: 'paid', cancelled: 'void' };
      if (wire.status !== 'unpaid') expect(inv?.status).toBe(map[wire.status]);
    }

    const vast = invoices.filter((i) => i.provider === 'vastai');
    for (const wire of sim.invoices('vastai', secretOf('vastai'))) {
      const inv = vast.find((i) => i.providerInvoiceId === String(wire.metadata.invoice_id));
      expect(inv?.total).toBe(Math.round(Math.abs(wire.amount) * 100));
      expect(inv?.status).toBe(wire.end === null ? 'open' : 'paid');
      // Vast's ledger holds no bills: nothing in it is ever due.
      expect(inv?.payable).toBe(false);
    }
    for (const provider of PROVIDER_IDS) {
      expect(invoices.filter((i) => i.provider === provider).length).toBeGreaterThan(0);
    }
    expect(invoices.some((i) => i.currency === 'JPY')).toBe(true);
  });

  it('filters by status, account and due date, and prints csv', async () => {
    const gpuId = ids.get('gpuoutlet') as string;
    const open = JSON.parse((await cli(['list', '--status', 'open,overdue', '--account', gpuId, '--format', 'json'])).out) as Invoice[];
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((i) => i.accountId === gpuId && (i.status === 'open' || i.status === 'overdue'))).toBe(true);
    const due = JSON.parse((await cli(['list', '--due-before', '2026-11-21', '--format', 'json'])).out) as Invoice[];
    expect(due.every((i) => i.dueAt !== null && i.dueAt.slice(0, 10) <= '2026-11-21')).toBe(true);
    const csv = (await cli(['list', '--format', 'csv'])).out.split('\r\n');
    expect(csv[0]).toMatch(/^id,account_id,account_label,provider/);
  });

  it('a fault in one account leaves the others synced and its last good data intact', async () => {
    const before = JSON.parse((await cli(['list', '--format', 'json'])).out) as Invoice[];
    sim.addInvoice('commet', secretOf('commet'), {});
    sim.addInvoice('onepin', secretOf('onepin'), {});
    sim.faults.add({ provider: 'onepin', kind: 'schemaDrift', change: 'amountAsString', allItems: true });
    const result = await cli(['sync', '--full']);
    sim.faults.clear();
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/FAILED My onepin: OnePin sent a response we could not read/);
    const after = JSON.parse((await cli(['list', '--format', 'json'])).out) as Invoice[];
    const onepinBefore = before.filter((i) => i.provider === 'onepin');
    expect(after.filter((i) => i.provider === 'onepin')).toEqual(onepinBefore);
    expect(after.filter((i) => i.provider === 'commet').length).toBe(before.filter((i) => i.provider === 'commet').length + 1);
  });


  it('removes an account with its secret and its cache', async () => {
    const id = ids.get('vastai') as string;
    expect((await cli(['accounts', 'remove', id])).code).toBe(0);
    expect(await credentials.get(id)).toBeNull();
    const left = JSON.parse((await cli(['list', '--format', 'json'])).out) as Invoice[];
    expect(left.some((i) => i.accountId === id)).toBe(false);
  });

  it('a damaged database is set aside, said on every command until dismissed, never an empty inbox that looks normal', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'ii-cli-damaged-'));
    const damaged = (args: string[]) => runCliCaptured(['--data-dir', copy, ...args], { openWorkspace: testWorkspaceOpener(credentials) });
    await writeFile(join(copy, 'workspace.db'), Buffer.from('this is not a database, it was cut short by a disk error'.repeat(200)));
    const first = await damaged(['list', '--format', 'json']);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toEqual([]);
    expect(first.err).toMatch(/^warning: The workspace database could not be read .* set aside as .*workspace\.damaged-.*\.db/m);
    expect((await readdir(copy)).some((name) => name.startsWith('workspace.damaged-'))).toBe(true);
    const again = await damaged(['accounts', 'list']);
    expect(again.err).toMatch(/set aside/);
    const listed = await damaged(['notices']);
    const id = /^(\d+) /.exec(listed.out)?.[1];
    expect((await damaged(['notices', '--dismiss', id ?? 'x'])).code).toBe(0);
    expect((await damaged(['accounts', 'list'])).err).not.toMatch(/set aside/);
    await rm(copy, { recursive: true, force: true });
  });

  it('refuses bad arguments with exit 2 and one line', async () => {
    for (const args of [['bogus'], ['list', '--format', 'xml'], ['list', '--due-before', '2026-13-01'], ['list', '--tz', 'Nowhere/Special'], ['accounts', 'add', '--provider', 'nope', '--label', 'x', '--secret-env', 'X'], ['sync', '--account', 'acct_missing']]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });
});

/**
 * Many processes, one workspace: the CLI in processes of its own (with the real keychain, inside the
 * test Secret Service) side by side with a running app (a workspace opened here, watching for changes).
 * Each case lost data with exit 0 when the workspace was JSON files.
 */
import keytar from 'keytar';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EMPTY_FILTER, type Invoice } from '../../src-shared/domain';
import { KEYCHAIN_SERVICE } from '../core/credentials/types';
import { KeytarCredentialStore } from '../core/credentials/keytar-store';
import { openWorkspace, type Workspace } from '../core/workspace/open-workspace';
import { startSimulator, type Simulator } from '../simulator/testing';
import { runCliProcess } from './cli-process';

const SECRET = 'concurrent-commet-key';
let sim: Simulator;
let dataDir: string;
const cli = (args: string[], stdin?: string) => runCliProcess(['--data-dir', dataDir, '--developer-mode', ...args], stdin === undefined ? {} : { stdin });

beforeAll(async () => {
  sim = await startSimulator({ commetRateLimit: false, tenants: [{ provider: 'commet', secret: SECRET, invoiceCount: 60, seed: 7 }] });
});
afterAll(async () => {
  await sim.close();
});
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'ii-concurrent-'));
  sim.faults.clear();
});
afterEach(async () => {
  for (const entry of await keytar.findCredentials(KEYCHAIN_SERVICE)) await keytar.deletePassword(KEYCHAIN_SERVICE, entry.account);
  await rm(dataDir, { recursive: true, force: true });
});

async function addCommet(label = 'Commet'): Promise<string> {
  const added = await cli(['accounts', 'add', '--provider', 'commet', '--label', label, '--base-url', sim.baseUrl('commet'), '--secret-stdin'], `${SECRET}\n`);
  expect(added.code, added.err).toBe(0);
  return added.out.trim();
}

const listed = async (args: string[] = []): Promise<Invoice[]> => JSON.parse((await cli(['list', '--format', 'json', ...args])).out) as Invoice[];

describe('many processes on one workspace', () => {
  it('ten `accounts add` at once keep ten accounts, each with its secret', async () => {
    const runs = await Promise.all(
      Array.from({ length: 10 }, (_, n) => cli(['accounts', 'add', '--provider', 'onepin', '--label', `Team ${n}`, '--base-url', sim.baseUrl('onepin'), '--secret-stdin'], `onepin-key-${n}\n`)),
    );
    for (const run of runs) expect(run.code, run.err).toBe(0);
    const accounts = JSON.parse((await cli(['accounts', 'list', '--json'])).out) as Array<{ id: string; label: string }>;
    expect(accounts.map((account) => account.label).sort()).toEqual(Array.from({ length: 10 }, (_, n) => `Team ${n}`).sort());
    const secrets = await keytar.findCredentials(KEYCHAIN_SERVICE);
    expect(secrets.map((entry) => entry.account).sort()).toEqual(accounts.map((account) => account.id).sort());
  });

  it('a sync that started earlier and finishes later never overwrites the newer one', async () => {
    const id = await addCommet();
    expect((await cli(['sync'])).code).toBe(0);
    const target = (await listed()).find((invoice) => invoice.status === 'open');
    if (!target) throw new Error('the simulator has no open invoice');
    // The first sync is slow (its pages take 1.5 s each); meanwhile the provider marks the invoice paid
    // and a second sync, started later, saves that.
    sim.faults.add({ provider: 'commet', kind: 'latency', ms: 1500, times: 1 });
    const slow = cli(['sync', '--full']);
    await new Promise((resolve) => setTimeout(resolve, 800));
    sim.setStatus('commet', SECRET, target.providerInvoiceId, 'paid');
    const fast = await cli(['sync', '--full']);
    expect(fast.code, fast.err).toBe(0);
    const late = await slow;
    expect(late.code, late.err).toBe(0);
    expect(late.err).toMatch(/a newer sync \(another window or command\) already saved this account/);
    const after = (await listed(['--account', id])).find((invoice) => invoice.id === target.id);
    expect(after?.status).toBe('paid');
  });

  it('a sync of an account removed meanwhile is discarded: nothing of it comes back', async () => {
    const id = await addCommet();
    sim.faults.add({ provider: 'commet', kind: 'latency', ms: 1500, times: 1 });
    const slow = cli(['sync']);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await cli(['accounts', 'remove', id])).code).toBe(0);
    await slow;
    expect(await listed()).toEqual([]);
    expect(JSON.parse((await cli(['accounts', 'list', '--json'])).out)).toEqual([]);
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, id)).toBeNull();
    expect((await readdir(dataDir)).filter((name) => name === 'cache')).toEqual([]);
  });

  it('what the user says in one process is never undone by another (ten marks at once, all kept)', async () => {
    await addCommet();
    expect((await cli(['sync'])).code).toBe(0);
    const open = (await listed()).filter((invoice) => invoice.status === 'open').slice(0, 10);
    expect(open.length).toBeGreaterThanOrEqual(6);
    const marks = open.map((invoice, n) => (n % 2 === 0 ? ['mark', invoice.id, '--mute'] : ['mark', invoice.id, '--paid']));
    const runs = await Promise.all(marks.map((args) => cli(args)));
    for (const run of runs) expect(run.code, run.err).toBe(0);
    const app = await openWorkspace(dataDir, { credentials: new KeytarCredentialStore(), watchIntervalMs: 0 });
    try {
      for (const [n, invoice] of open.entries()) {
        const mark = app.store.userData.mark(invoice.id);
        if (n % 2 === 0) expect(mark?.muted).toBe(true);
        else expect(mark?.markedPaidAt).not.toBeNull();
      }
    } finally {
      await app.close();
    }
  });

  it('a running app sees a sync made by the CLI within two seconds, without a restart', async () => {
    await addCommet();
    const app: Workspace = await openWorkspace(dataDir, { credentials: new KeytarCredentialStore(), watchIntervalMs: 250 });
    try {
      const before = app.inbox.window({ filter: EMPTY_FILTER, sort: { key: 'due', dir: 'asc' }, offset: 0, limit: 0, aggregates: false }).count;
      expect(before).toBe(0);
      const noticed = new Promise<number>((resolve) => {
        const off = app.inbox.on('inboxChanged', (reason) => {
          if (reason !== 'external') return;
          off();
          resolve(Date.now());
        });
      });
      const synced = await cli(['sync']);
      const finished = Date.now();
      expect(synced.code, synced.err).toBe(0);
      expect((await noticed) - finished).toBeLessThan(2000);
      expect(app.inbox.window({ filter: EMPTY_FILTER, sort: { key: 'due', dir: 'asc' }, offset: 0, limit: 0, aggregates: false }).count).toBe(60);
    } finally {
      await app.close();
    }
  });
});

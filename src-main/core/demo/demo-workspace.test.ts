import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROVIDER_IDS } from '../../../src-shared/domain';
import { createInboxService } from '../app/create-inbox';
import type { InboxService } from '../app/types';
import type { CredentialStore } from '../credentials/types';
import { createPdfService } from '../pdf';
import type { PdfService } from '../pdf/types';
import { DemoCredentialStore } from './demo-credentials';
import { createDemoWorkspace } from './demo-workspace';
import { DEMO_ACCOUNTS, startDemoSimulator } from './simulator-host';
import type { DemoWorkspace } from './types';

/** A machine without a Secret Service: every keychain call fails. */
const noKeychain: CredentialStore = {
  get: () => Promise.reject(new Error('no keychain')),
  set: () => Promise.reject(new Error('no keychain')),
  delete: () => Promise.reject(new Error('no keychain')),
};

let dataDir: string;
const open: DemoWorkspace[] = [];

async function boot(): Promise<{ inbox: InboxService; demo: DemoWorkspace; pdf: PdfService }> {
  const credentials = new DemoCredentialStore(noKeychain, DEMO_ACCOUNTS.map((tenant) => tenant.secret));
  const inbox = await createInboxService({ dataDir, credentials });
  const pdf = createPdfService({ dataDir, accountOf: (id) => inbox.listAccounts().find((account) => account.id === id) ?? null });
  const demo = createDemoWorkspace({ inbox, credentials, pdf, startSimulator: startDemoSimulator, tenants: DEMO_ACCOUNTS });
  open.push(demo);
  return { inbox, demo, pdf };
}

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'demo-test-'));
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((demo) => demo.close()));
  await rm(dataDir, { recursive: true, force: true });
});

describe('demo workspace (against the real simulator)', () => {
  it('starts: five demo accounts on loopback, synced, every status and several currencies, without a keychain', async () => {
    const { inbox, demo } = await boot();
    expect(demo.isActive()).toBe(false);
    const accounts = await demo.start();
    expect(accounts.map((account) => account.provider).sort()).toEqual([...PROVIDER_IDS].sort());
    for (const account of accounts) {
      expect(account.demo).toBe(true);
      expect(account.baseUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/${account.provider}$`));
    }
    expect(demo.isActive()).toBe(true);
    expect(inbox.syncStates().every((state) => state.phase === 'ok')).toBe(true);
    const invoices = await inbox.queryInvoices();
    expect(invoices.length).toBeGreaterThan(200);
    const statuses = new Set(invoices.map((invoice) => invoice.status));
    for (const status of ['open', 'overdue', 'paid', 'void'] as const) expect(statuses).toContain(status);
    expect(new Set(invoices.map((invoice) => invoice.currency)).size).toBeGreaterThanOrEqual(3);
  });

  it('a second start reuses the demo accounts', async () => {
    const { inbox, demo } = await boot();
    await demo.start();
    await demo.start();
    expect(inbox.listAccounts()).toHaveLength(5);
  });

  it('on the next app start, restarts the simulator and re-points the accounts (new port)', async () => {
    const first = await boot();
    await first.demo.start();
    const before = first.inbox.listAccounts().map((account) => account.baseUrl);
    await first.demo.close();

    const second = await boot();
    expect(second.demo.isActive()).toBe(true);
    expect((await second.inbox.queryInvoices()).length).toBeGreaterThan(200);
    await second.demo.resume();
    const after = second.inbox.listAccounts().map((account) => account.baseUrl);
    expect(after).not.toEqual(before);
    const results = await second.inbox.sync();
    expect(results.map((result) => result.error?.message ?? 'ok')).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
  });

  it('serves real PDFs, and leave() removes the accounts, their cache and PDFs, and stops the simulator', async () => {
    const { inbox, demo, pdf } = await boot();
    await demo.start();
    expect((await readdir(path.join(dataDir, 'cache'))).length).toBe(5);
    const invoice = (await inbox.queryInvoices()).find((candidate) => candidate.pdfUrl !== null);
    if (!invoice?.pdfUrl) throw new Error('the demo has no PDF');
    const fetched = await pdf.fetchPdf(invoice);
    expect(fetched.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const baseUrl = inbox.listAccounts()[0]?.baseUrl ?? '';

    await demo.leave();
    expect(inbox.listAccounts()).toEqual([]);
    expect(demo.isActive()).toBe(false);
    expect(await inbox.queryInvoices()).toEqual([]);
    expect(await pdf.cachedPath(invoice.id)).toBeNull();
    const left = await readdir(dataDir, { recursive: true });
    expect(left.filter((file) => file.startsWith(`cache${path.sep}`) || file.endsWith('.pdf'))).toEqual([]);
    await expect(fetch(baseUrl)).rejects.toThrow();
  });
});

describe('DemoCredentialStore', () => {
  it('keeps demo tokens in memory and delegates everything else to the real store', async () => {
    const real = new Map<string, string>();
    const store = new DemoCredentialStore(
      {
        get: async (id) => real.get(id) ?? null,
        set: async (id, secret) => void real.set(id, secret),
        delete: async (id) => real.delete(id),
      },
      ['demo-token'],
    );
    await store.set('demo1', 'demo-token');
    await store.set('real1', 'user-secret');
    expect(real.has('demo1')).toBe(false);
    expect(real.get('real1')).toBe('user-secret');
    expect(await store.get('demo1')).toBe('demo-token');
    expect(await store.get('real1')).toBe('user-secret');
    expect(await store.delete('demo1')).toBe(true);
    expect(await store.get('demo1')).toBeNull();
    expect(() => store.remember('x', 'user-secret')).toThrow();
  });
});

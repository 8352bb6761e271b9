import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SORT, EMPTY_FILTER, PROVIDER_IDS } from '../../../src-shared/domain';
import type { InboxService } from '../app/types';
import type { CredentialStore } from '../credentials/types';
import type { PdfService } from '../pdf/types';
import { openTestWorkspace } from '../testing/test-workspace';
import type { Workspace } from '../workspace/open-workspace';
import { DemoCredentialStore } from './demo-credentials';
import type { DemoWorkspace } from './types';

/** A machine without a Secret Service: every keychain call fails. */
const noKeychain: CredentialStore = {
  get: () => Promise.reject(new Error('no keychain')),
  set: () => Promise.reject(new Error('no keychain')),
  delete: () => Promise.reject(new Error('no keychain')),
};

let dataDir: string;
const open: Workspace[] = [];

/** The workspace as a host opens it, on a machine without a Secret Service. */
async function boot(): Promise<{ inbox: InboxService; demo: DemoWorkspace; pdf: PdfService; workspace: Workspace }> {
  const workspace = await openTestWorkspace(dataDir, { credentials: noKeychain });
  open.push(workspace);
  return { inbox: workspace.inbox, demo: workspace.demo, pdf: workspace.pdf, workspace };
}

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'demo-test-'));
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((workspace) => workspace.close()));
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
    for (const status of ['open', 'paid', 'void'] as const) expect(statuses).toContain(status);
    const { count, aggregates } = inbox.window({ filter: { ...EMPTY_FILTER, states: ['overdue'] }, sort: DEFAULT_SORT, offset: 0, limit: 0 });
    expect(count).toBeGreaterThan(0);
    expect(aggregates?.byCurrency.some((entry) => entry.dueAmount > 0)).toBe(true);
    expect(new Set(invoices.map((invoice) => invoice.currency)).size).toBeGreaterThanOrEqual(3);
  });

  it('a second start reuses the demo accounts', async () => {
    const { inbox, demo } = await boot();
    await demo.start();
    await demo.start();
    expect(inbox.listAccounts()).toHaveLength(5);
  });

  it('another process (the next app start, the CLI) syncs the demo against a simulator of its own', async () => {
    const first = await boot();
    await first.demo.start();
    const count = first.inbox.queryInvoices().length;
    await first.workspace.close();

    const second = await boot();
    expect(second.demo.isActive()).toBe(true);
    expect(second.inbox.queryInvoices()).toHaveLength(count);
    const results = await second.inbox.sync({ full: true });
    expect(results.map((result) => result.error?.message ?? 'ok')).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    expect(second.inbox.queryInvoices()).toHaveLength(count);
  });

  it('a demo PDF link made by another process\'s simulator is fetched from this one', async () => {
    const first = await boot();
    await first.demo.start();
    await first.workspace.close();
    const second = await boot();
    const invoice = second.inbox.queryInvoices().find((candidate) => candidate.pdfUrl !== null);
    if (!invoice) throw new Error('the demo has no PDF');
    const fetched = await second.pdf.fetchPdf(invoice);
    expect(fetched.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('serves real PDFs, and leave() removes the accounts, their cache and PDFs, and stops the simulator', async () => {
    const { inbox, demo, pdf } = await boot();
    await demo.start();
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
    expect(left.filter((file) => file.endsWith('.pdf'))).toEqual([]);
    await expect(fetch(baseUrl)).rejects.toThrow();
  });
});

describe('DemoCredentialStore', () => {
  it('answers demo accounts with their public token (never the keychain) and delegates every other account', async () => {
    const real = new Map<string, string>();
    const store = new DemoCredentialStore(
      {
        get: async (id) => real.get(id) ?? null,
        set: async (id, secret) => void real.set(id, secret),
        delete: async (id) => real.delete(id),
      },
      (id) => (id === 'demo1' ? 'demo-token' : null),
    );
    await store.set('demo1', 'whatever was typed');
    await store.set('real1', 'user-secret');
    expect(real.has('demo1')).toBe(false);
    expect(real.get('real1')).toBe('user-secret');
    expect(await store.get('demo1')).toBe('demo-token');
    expect(await store.get('real1')).toBe('user-secret');
    expect(await store.delete('demo1')).toBe(true);
    expect(store.isDemo('demo1')).toBe(true);
    expect(store.isDemo('real1')).toBe(false);
  });
});

import { providerName, type Account } from '../../../src-shared/domain';
import type { InboxService } from '../app/types';
import type { PdfService } from '../pdf/types';
import type { DemoCredentialStore } from './demo-credentials';
import type { DemoSimulator, DemoTenant, StartDemoSimulator } from './simulator-host';
import type { DemoSync, DemoWorkspace } from './types';

export interface DemoWorkspaceDeps {
  inbox: InboxService;
  credentials: DemoCredentialStore;
  startSimulator: StartDemoSimulator;
  tenants: readonly DemoTenant[];
  /** Forgets the demo's cached PDFs on leave. */
  pdf?: Pick<PdfService, 'evict'>;
}

/**
 * The demo workspace: the provider simulator runs in this process on 127.0.0.1, and five demo accounts
 * (Account.demo = true) point at it. The simulator's port changes every run, so resume() re-points the
 * accounts' base URLs at app start.
 */
export function createDemoWorkspace(deps: DemoWorkspaceDeps): DemoWorkspace {
  const { inbox, credentials } = deps;
  let simulator: Promise<DemoSimulator> | null = null;

  const demoAccounts = (): Account[] => inbox.listAccounts().filter((account) => account.demo);

  function ensureSimulator(): Promise<DemoSimulator> {
    simulator ??= deps.startSimulator().catch((error: unknown) => {
      simulator = null;
      throw error;
    });
    return simulator;
  }

  /** Points existing demo accounts at the running simulator and registers their public tokens. */
  async function repoint(sim: DemoSimulator): Promise<Account[]> {
    const accounts: Account[] = [];
    for (const account of demoAccounts()) {
      const tenant = deps.tenants.find((candidate) => candidate.provider === account.provider);
      if (!tenant) continue;
      credentials.remember(account.id, tenant.secret);
      const baseUrl = sim.baseUrl(account.provider);
      // The new port is another site: the public demo token goes along, as a credential must (origin binding).
      accounts.push(account.baseUrl === baseUrl ? account : await inbox.updateAccount(account.id, { baseUrl, secret: tenant.secret }));
    }
    return accounts;
  }

  async function close(): Promise<void> {
    const running = simulator;
    simulator = null;
    if (running) await (await running.catch(() => null))?.close();
  }

  return {
    isActive: () => demoAccounts().length > 0,

    async start(options: { sync?: DemoSync } = {}) {
      const sim = await ensureSimulator();
      const accounts = await repoint(sim);
      for (const tenant of deps.tenants) {
        if (accounts.some((account) => account.provider === tenant.provider)) continue;
        accounts.push(
          await inbox.addAccount({
            provider: tenant.provider,
            label: `Demo ${providerName(tenant.provider)}`,
            baseUrl: sim.baseUrl(tenant.provider),
            secret: tenant.secret,
            demo: true,
          }),
        );
      }
      const sync = options.sync ?? ((request) => inbox.sync(request));
      // Only the demo's accounts: a user who also has real accounts does not get them synced by surprise.
      if (inbox.listAccounts().every((account) => account.demo)) await sync({});
      else for (const account of accounts) await sync({ accountId: account.id });
      const ids = new Set(accounts.map((account) => account.id));
      return demoAccounts().filter((account) => ids.has(account.id));
    },

    async resume() {
      if (demoAccounts().length === 0) return;
      await repoint(await ensureSimulator());
    },

    async leave() {
      for (const account of demoAccounts()) {
        const invoiceIds = (await inbox.queryInvoices({ accountIds: [account.id] })).map((invoice) => invoice.id);
        await inbox.removeAccount(account.id);
        await deps.pdf?.evict(invoiceIds).catch(() => undefined);
      }
      await close();
    },

    close,
  };
}

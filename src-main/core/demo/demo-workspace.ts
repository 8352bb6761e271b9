import { providerName, type Account, type ProviderId } from '../../../src-shared/domain';
import type { InboxService } from '../app/types';
import type { DemoSimulator, DemoTenant, StartDemoSimulator } from './simulator-host';
import type { DemoSync, DemoWorkspace } from './types';

export interface DemoWorkspaceDeps {
  inbox: InboxService;
  startSimulator: StartDemoSimulator;
  tenants: readonly DemoTenant[];
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The demo token of a demo account (by its provider), for DemoCredentialStore. */
export function demoTokenLookup(tenants: readonly DemoTenant[], findAccount: (id: string) => Account | null): (accountId: string) => string | null {
  return (accountId) => {
    const account = findAccount(accountId);
    if (!account?.demo) return null;
    return tenants.find((tenant) => tenant.provider === account.provider)?.secret ?? null;
  };
}

/** The demo workspace over the inbox; the simulator starts the first time something needs it. */
export function createDemoWorkspace(deps: DemoWorkspaceDeps): DemoWorkspace {
  const { inbox } = deps;
  let simulator: Promise<DemoSimulator> | null = null;
  let running: DemoSimulator | null = null;

  const demoAccounts = (): Account[] => inbox.listAccounts().filter((account) => account.demo);

  function ensureSimulator(): Promise<DemoSimulator> {
    simulator ??= deps.startSimulator().then(
      (started) => (running = started),
      (error: unknown) => {
        simulator = null;
        throw error;
      },
    );
    return simulator;
  }

  async function close(): Promise<void> {
    const starting = simulator;
    simulator = null;
    running = null;
    if (starting) await (await starting.catch(() => null))?.close();
  }

  return {
    isActive: () => demoAccounts().length > 0,

    async start(options: { sync?: DemoSync } = {}) {
      const sim = await ensureSimulator();
      const accounts = demoAccounts();
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

    runningBaseUrl: (provider: ProviderId) => running?.baseUrl(provider) ?? null,

    async baseUrlFor(provider: ProviderId) {
      return (await ensureSimulator()).baseUrl(provider);
    },

    async localize(url: string) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return url;
      }
      if (parsed.protocol !== 'http:' || !LOOPBACK.has(parsed.hostname)) return url;
      const local = new URL((await ensureSimulator()).baseUrl('gpuoutlet'));
      parsed.host = local.host;
      return parsed.toString();
    },

    async leave() {
      for (const account of demoAccounts()) await inbox.removeAccount(account.id);
      await close();
    },

    close,
  };
}

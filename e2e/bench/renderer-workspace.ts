import { PROVIDER_IDS, type Invoice, type ProviderId } from '../../src-shared/domain';
import { AccountRegistry, ConfKeyValueStore, DEFAULT_ACCOUNT_SETTINGS, type AccountSettings } from '../../src-main/core/accounts';
import { FileSnapshotStore } from '../../src-main/core/cache';
import { SNAPSHOT_VERSION } from '../../src-main/core/cache/types';
import { syntheticInvoice } from './cache-bench';

/**
 * A data dir holding `total` cached invoices spread over one account per provider, as a long-used
 * workspace would have. Base URLs point at a closed loopback port: background syncs fail fast as
 * offline and leave the cache alone, so the benchmark measures the renderer, not the network.
 */
export async function writeLargeWorkspace(dataDir: string, total: number): Promise<void> {
  const registry = new AccountRegistry(new ConfKeyValueStore<AccountSettings>({ dataDir, configName: 'accounts', defaults: DEFAULT_ACCOUNT_SETTINGS }));
  const snapshots = new FileSnapshotStore(dataDir);
  const perAccount = Math.ceil(total / PROVIDER_IDS.length);
  for (const [index, provider] of PROVIDER_IDS.entries()) {
    const account = registry.add({ provider, label: `Bench ${provider}`, baseUrl: 'http://127.0.0.1:9' });
    const invoices: Invoice[] = [];
    for (let i = 0; i < perAccount && index * perAccount + i < total; i++) {
      invoices.push(asProvider(syntheticInvoice(account.id, index * perAccount + i), provider));
    }
    await snapshots.save({ version: SNAPSHOT_VERSION, accountId: account.id, provider, syncedAt: new Date().toISOString(), invoices });
  }
}

function asProvider(invoice: Invoice, provider: ProviderId): Invoice {
  return { ...invoice, provider };
}

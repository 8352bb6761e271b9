import type { ApiClient } from '../api/client';
import { createAccountsStore, type AccountsStore } from './accounts';
import { createAppStore, type AppStore } from './app';
import { createInboxStore, type InboxStore } from './inbox';
import { createRemindersStore, type RemindersStore } from './reminders';
import { createSettingsStore, type SettingsStore } from './settings';
import { createSyncStore, type SyncStore } from './sync';
import type { Clock } from './types';

export interface Stores {
  inbox: InboxStore;
  accounts: AccountsStore;
  sync: SyncStore;
  settings: SettingsStore;
  reminders: RemindersStore;
  app: AppStore;
}

/**
 * Every store of the renderer, one per domain, all over the same injected client and clock (the fake
 * API in tests); startApp (bootstrap.ts) loads them and wires main's events to them.
 */
export function createStores(api: ApiClient, clock: Clock): Stores {
  let n = 0;
  const newId = () => `view-${clock().toString(36)}-${(n++).toString(36)}`;
  const stores: Stores = {
    inbox: createInboxStore(api, clock),
    accounts: createAccountsStore(api),
    sync: createSyncStore(api),
    settings: createSettingsStore(api, newId),
    reminders: createRemindersStore(api),
    app: createAppStore(api),
  };
  // Account sync state (main's word) seeds the sync store.
  stores.accounts.subscribe((state, prev) => {
    if (state.accounts === prev.accounts) return;
    stores.sync.getState().seed(state.accounts.map((a) => a.sync));
  });
  return stores;
}

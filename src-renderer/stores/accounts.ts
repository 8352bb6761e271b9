import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AccountView, CommandArgs, ConnectionTestResult } from '../../src-shared/contract';
import type { ApiClient } from '../api/client';
import { messageOf } from './types';

export interface AccountsState {
  accounts: AccountView[];
  loadState: 'idle' | 'loading' | 'ready' | 'error';
  loadError: string | null;
  load(): Promise<void>;
  add(input: CommandArgs<'accounts:add'>): Promise<AccountView>;
  update(input: CommandArgs<'accounts:update'>): Promise<AccountView>;
  remove(id: string): Promise<void>;
  test(input: CommandArgs<'accounts:test'>): Promise<ConnectionTestResult>;
}

export type AccountsStore = StoreApi<AccountsState>;

export function createAccountsStore(api: ApiClient): AccountsStore {
  return createStore<AccountsState>()((set, get) => ({
    accounts: [],
    loadState: 'idle',
    loadError: null,
    async load() {
      if (get().loadState === 'idle') set({ loadState: 'loading' });
      try {
        const accounts = await api.call('accounts:list', {});
        set({ accounts, loadState: 'ready', loadError: null });
      } catch (error) {
        set({ loadState: get().loadState === 'ready' ? 'ready' : 'error', loadError: messageOf(error) });
      }
    },
    async add(input) {
      const account = await api.call('accounts:add', input);
      set({ accounts: [...get().accounts.filter((a) => a.id !== account.id), account] });
      void get().load();
      return account;
    },
    async update(input) {
      const account = await api.call('accounts:update', input);
      set({ accounts: get().accounts.map((a) => (a.id === account.id ? account : a)) });
      return account;
    },
    async remove(id) {
      await api.call('accounts:remove', { id });
      set({ accounts: get().accounts.filter((a) => a.id !== id) });
    },
    test: (input) => api.call('accounts:test', input),
  }));
}

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppInfo } from '../../src-shared/contract';
import type { ApiClient } from '../api/client';
import { messageOf } from './types';

export const SCREENS = ['inbox', 'accounts', 'reminders', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

/** What the accounts screen should open with when another screen sends the user there. */
export type AccountsIntent = { kind: 'add' } | { kind: 'edit'; accountId: string; focus: 'secret' | 'baseUrl' };

export interface Toast {
  id: number;
  text: string;
  tone: 'info' | 'error';
}

export interface AppState {
  info: AppInfo | null;
  /** app:info could not be read (see the stores' error policy in types.ts); also shown as a toast. */
  loadError: string | null;
  online: boolean;
  /** When the host last reported a change of network state (ISO). */
  onlineSince: string | null;
  screen: Screen;
  accountsIntent: AccountsIntent | null;
  toast: Toast | null;
  loadInfo(): Promise<void>;
  setOnline(online: boolean, since: string | null): void;
  navigate(screen: Screen, intent?: AccountsIntent): void;
  clearIntent(): void;
  notify(text: string, tone?: Toast['tone']): void;
  dismissToast(): void;
}

export type AppStore = StoreApi<AppState>;

export function createAppStore(api: ApiClient): AppStore {
  let toastId = 0;
  return createStore<AppState>()((set) => ({
    info: null,
    loadError: null,
    online: true,
    onlineSince: null,
    screen: 'inbox',
    accountsIntent: null,
    toast: null,
    async loadInfo() {
      try {
        const info = await api.call('app:info', {});
        set({ info, online: info.online, loadError: null });
      } catch (error) {
        const text = messageOf(error);
        set({ loadError: text, toast: { id: ++toastId, text, tone: 'error' } });
      }
    },
    setOnline(online, since) {
      set({ online, onlineSince: since });
    },
    navigate(screen, intent) {
      set({ screen, accountsIntent: intent ?? null });
    },
    clearIntent() {
      set({ accountsIntent: null });
    },
    notify(text, tone = 'info') {
      set({ toast: { id: ++toastId, text, tone } });
    },
    dismissToast() {
      set({ toast: null });
    },
  }));
}

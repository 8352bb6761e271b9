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
  /** One button beside the text ("Undo"); the toast stays longer when it has one. */
  action?: { label: string; run: () => void };
}

/** After Pay on a bill nobody marked paid yet: "Did you pay INV-0301?" until answered or dismissed. */
export interface PayPrompt {
  invoiceId: string;
  title: string;
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
  payPrompt: PayPrompt | null;
  loadInfo(): Promise<void>;
  setOnline(online: boolean, since: string | null): void;
  navigate(screen: Screen, intent?: AccountsIntent): void;
  clearIntent(): void;
  notify(text: string, tone?: Toast['tone'], action?: Toast['action']): void;
  dismissToast(): void;
  askDidYouPay(prompt: PayPrompt | null): void;
  /** Forgets the app's notices the user dismissed (main keeps them until acknowledged). */
  dismissNotice(id: number): Promise<void>;
}

export type AppStore = StoreApi<AppState>;

export function createAppStore(api: ApiClient): AppStore {
  let toastId = 0;
  return createStore<AppState>()((set, get) => ({
    info: null,
    loadError: null,
    online: true,
    onlineSince: null,
    screen: 'inbox',
    accountsIntent: null,
    toast: null,
    payPrompt: null,
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
    notify(text, tone = 'info', action) {
      set({ toast: { id: ++toastId, text, tone, ...(action ? { action } : {}) } });
    },
    dismissToast() {
      set({ toast: null });
    },
    askDidYouPay(prompt) {
      set({ payPrompt: prompt });
    },
    async dismissNotice(id) {
      try {
        const { notices } = await api.call('app:dismissNotice', { id });
        const info = get().info;
        if (info) set({ info: { ...info, notices } });
      } catch (error) {
        set({ toast: { id: ++toastId, text: messageOf(error), tone: 'error' } });
      }
    },
  }));
}

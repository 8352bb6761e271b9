import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ApiClient } from '../api/client';
import type { PdfEngine } from '../features/pdf/engine';
import type { PdfSource } from '../features/pdf/pdf-source';
import type { AccountsState } from '../stores/accounts';
import type { AppState } from '../stores/app';
import type { Stores } from '../stores/create';
import type { InboxState } from '../stores/inbox';
import type { RemindersState } from '../stores/reminders';
import type { SettingsState } from '../stores/settings';
import type { SyncState } from '../stores/sync';
import type { Clock } from '../stores/types';

/** Everything a connected screen may use: the client, the stores, the clock and the PDF services. */
export interface AppServices {
  api: ApiClient;
  stores: Stores;
  clock: Clock;
  pdfEngine: PdfEngine;
  pdfSource: PdfSource;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() outside <ServicesProvider>');
  return services;
}

export const useApi = (): ApiClient => useServices().api;
export const useClock = (): Clock => useServices().clock;

export function useInbox<T>(selector: (state: InboxState) => T): T {
  return useStore(useServices().stores.inbox, selector);
}
export function useAccounts<T>(selector: (state: AccountsState) => T): T {
  return useStore(useServices().stores.accounts, selector);
}
export function useSync<T>(selector: (state: SyncState) => T): T {
  return useStore(useServices().stores.sync, selector);
}
export function useSettings<T>(selector: (state: SettingsState) => T): T {
  return useStore(useServices().stores.settings, selector);
}
export function useReminders<T>(selector: (state: RemindersState) => T): T {
  return useStore(useServices().stores.reminders, selector);
}
export function useAppState<T>(selector: (state: AppState) => T): T {
  return useStore(useServices().stores.app, selector);
}

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CommandArgs } from '../../src-shared/contract';
import type { DueItem, ReminderPreferences, SnoozeUntil } from '../../src-shared/domain/reminders';
import type { ApiClient } from '../api/client';
import { messageOf } from './types';

export interface RemindersState {
  /** What is due (the same list `cli due` prints), most urgent first. */
  items: DueItem[];
  /** Snoozed, muted and marked-paid items, so they can be undone. */
  hidden: DueItem[];
  withinDays: number;
  preferences: ReminderPreferences | null;
  loaded: boolean;
  /** The due list or the preferences could not be read (see the stores' error policy in types.ts). */
  loadError: string | null;
  /** The last snooze, mute, pause or preference change failed. */
  actionError: string | null;
  /** Invoice ids with an action in flight (their buttons are disabled). */
  busy: string[];
  load(): Promise<void>;
  setWithinDays(days: number): Promise<void>;
  snooze(invoiceId: string, until: SnoozeUntil): Promise<void>;
  unsnooze(invoiceId: string): Promise<void>;
  mute(invoiceId: string, muted: boolean): Promise<void>;
  markPaid(invoiceId: string, paid: boolean): Promise<void>;
  muteAccount(accountId: string, muted: boolean): Promise<void>;
  pause(until: CommandArgs<'reminders:pause'>['until']): Promise<void>;
  savePreferences(patch: CommandArgs<'reminders:setPreferences'>): Promise<void>;
}

export type RemindersStore = StoreApi<RemindersState>;

export function createRemindersStore(api: ApiClient): RemindersStore {
  return createStore<RemindersState>()((set, get) => {
    const loadList = async (): Promise<void> => {
      const all = await api.call('reminders:list', { withinDays: get().withinDays, includeHidden: true });
      set({ items: all.filter((item) => item.hidden === null), hidden: all.filter((item) => item.hidden !== null), loaded: true, loadError: null });
    };
    /** Runs one action on an invoice, then reloads the list; a failure is the store's action error. */
    const act = async (invoiceId: string, work: () => Promise<unknown>): Promise<void> => {
      set({ busy: [...get().busy, invoiceId], actionError: null });
      try {
        await work();
      } catch (error) {
        set({ actionError: messageOf(error) });
      }
      await reload();
      set({ busy: get().busy.filter((id) => id !== invoiceId) });
    };
    const reload = async (): Promise<void> => {
      try {
        await loadList();
      } catch (error) {
        set({ loadError: messageOf(error), loaded: true });
      }
    };
    return {
      items: [],
      hidden: [],
      withinDays: 7,
      preferences: null,
      loaded: false,
      loadError: null,
      actionError: null,
      busy: [],
      async load() {
        try {
          const [preferences] = await Promise.all([api.call('reminders:getPreferences', {}), loadList()]);
          set({ preferences });
        } catch (error) {
          set({ loadError: messageOf(error), loaded: true });
        }
      },
      async setWithinDays(days) {
        set({ withinDays: days });
        await reload();
      },
      snooze: (invoiceId, until) => act(invoiceId, () => api.call('reminders:snooze', { invoiceId, until })),
      unsnooze: (invoiceId) => act(invoiceId, () => api.call('reminders:unsnooze', { invoiceId })),
      mute: (invoiceId, muted) => act(invoiceId, () => api.call('reminders:mute', { invoiceId, muted })),
      markPaid: (invoiceId, paid) => act(invoiceId, () => api.call('reminders:markPaid', { invoiceId, paid })),
      muteAccount: (accountId, muted) => act(`account:${accountId}`, () => api.call('reminders:muteAccount', { accountId, muted })),
      async pause(until) {
        try {
          const { pausedUntil } = await api.call('reminders:pause', { until });
          const preferences = get().preferences;
          if (preferences) set({ preferences: { ...preferences, pausedUntil }, actionError: null });
        } catch (error) {
          set({ actionError: messageOf(error) });
        }
      },
      async savePreferences(patch) {
        try {
          set({ preferences: await api.call('reminders:setPreferences', patch), actionError: null });
        } catch (error) {
          set({ actionError: messageOf(error) });
        }
      },
    };
  });
}

import { createStore, type StoreApi } from 'zustand/vanilla';
import { VIEW_NAME_MAX, type AppSettings, type CommandArgs } from '../../src-shared/contract';
import type { ApiClient } from '../api/client';
import type { InboxFilter, InboxSort } from '../../src-shared/domain/inbox-query';
import { tooLongMessage } from '../api/plain-errors';
import { parseSavedViews, type SavedView } from '../features/inbox/views';
import { messageOf } from './types';

export interface SettingsState {
  settings: AppSettings | null;
  /** The user's own saved views (the built-in ones are not stored). */
  views: SavedView[];
  /** The settings could not be read (see the stores' error policy in types.ts). */
  loadError: string | null;
  /** The last settings change failed (saving or deleting a view rejects to its form instead). */
  actionError: string | null;
  load(): Promise<void>;
  /** Applies settings pushed by main ('settings:changed'). */
  apply(settings: AppSettings): void;
  update(patch: CommandArgs<'settings:update'>): Promise<void>;
  /** Saves the current filter under a name (replacing a view of the same name); persisted in settings. Rejects a name over VIEW_NAME_MAX. */
  saveView(name: string, filter: InboxFilter, sort: InboxSort): Promise<SavedView>;
  /** A button's action: a failure is the store's actionError (the view is put back). */
  deleteView(id: string): Promise<void>;
}

export type SettingsStore = StoreApi<SettingsState>;

export function createSettingsStore(api: ApiClient, newId: () => string): SettingsStore {
  return createStore<SettingsState>()((set, get) => {
    const apply = (settings: AppSettings) => set({ settings, views: parseSavedViews(settings.savedViews), loadError: null });
    /** One view at a time: main keeps each view in its own row, so two windows never drop each other's views. */
    const persist = async (optimistic: SavedView[], call: () => Promise<AppSettings>) => {
      const previous = get().views;
      set({ views: optimistic });
      try {
        apply(await call());
      } catch (error) {
        set({ views: previous });
        throw error;
      }
    };
    return {
      settings: null,
      views: [],
      loadError: null,
      actionError: null,
      async load() {
        try {
          apply(await api.call('settings:get', {}));
        } catch (error) {
          set({ loadError: messageOf(error) });
        }
      },
      apply,
      async update(patch) {
        try {
          apply(await api.call('settings:update', patch));
          set({ actionError: null });
        } catch (error) {
          set({ actionError: messageOf(error) });
        }
      },
      async saveView(name, filter, sort) {
        const trimmed = name.trim();
        if (trimmed.length > VIEW_NAME_MAX) throw new Error(tooLongMessage('view name', trimmed.length, VIEW_NAME_MAX));
        const existing = get().views.find((v) => v.name.toLowerCase() === trimmed.toLowerCase());
        const view: SavedView = { id: existing?.id ?? newId(), name: trimmed, filter, sort };
        const views = existing ? get().views.map((v) => (v.id === existing.id ? view : v)) : [...get().views, view];
        await persist(views, () => api.call('views:save', { id: view.id, name: view.name, filter: { ...view.filter }, sort: { ...view.sort } }));
        return view;
      },
      async deleteView(id) {
        try {
          await persist(
            get().views.filter((v) => v.id !== id),
            () => api.call('views:delete', { id }),
          );
          set({ actionError: null });
        } catch (error) {
          set({ actionError: messageOf(error) });
        }
      },
    };
  });
}

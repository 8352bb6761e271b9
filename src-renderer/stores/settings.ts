import { createStore, type StoreApi } from 'zustand/vanilla';
import { VIEW_NAME_MAX, type AppSettings, type CommandArgs } from '../../src-shared/contract';
import type { ApiClient } from '../api/client';
import { tooLongMessage } from '../api/plain-errors';
import type { InboxFilter } from '../features/inbox/filter';
import type { InboxSort } from '../features/inbox/sort';
import { parseSavedViews, type SavedView } from '../features/inbox/views';
import { messageOf } from './types';

export interface SettingsState {
  settings: AppSettings | null;
  /** The user's own saved views (the built-in ones are not stored). */
  views: SavedView[];
  error: string | null;
  load(): Promise<void>;
  /** Applies settings pushed by main ('settings:changed'). */
  apply(settings: AppSettings): void;
  update(patch: CommandArgs<'settings:update'>): Promise<void>;
  /** Saves the current filter under a name (replacing a view of the same name); persisted in settings. Rejects a name over VIEW_NAME_MAX. */
  saveView(name: string, filter: InboxFilter, sort: InboxSort): Promise<SavedView>;
  deleteView(id: string): Promise<void>;
}

export type SettingsStore = StoreApi<SettingsState>;

export function createSettingsStore(api: ApiClient, newId: () => string): SettingsStore {
  return createStore<SettingsState>()((set, get) => {
    const apply = (settings: AppSettings) => set({ settings, views: parseSavedViews(settings.savedViews), error: null });
    const persistViews = async (views: SavedView[]) => {
      const previous = get().views;
      set({ views });
      try {
        apply(await api.call('settings:update', { savedViews: views }));
      } catch (error) {
        set({ views: previous, error: messageOf(error) });
        throw error;
      }
    };
    return {
      settings: null,
      views: [],
      error: null,
      async load() {
        try {
          apply(await api.call('settings:get', {}));
        } catch (error) {
          set({ error: messageOf(error) });
        }
      },
      apply,
      async update(patch) {
        try {
          apply(await api.call('settings:update', patch));
        } catch (error) {
          set({ error: messageOf(error) });
        }
      },
      async saveView(name, filter, sort) {
        const trimmed = name.trim();
        if (trimmed.length > VIEW_NAME_MAX) throw new Error(tooLongMessage('view name', trimmed.length, VIEW_NAME_MAX));
        const existing = get().views.find((v) => v.name.toLowerCase() === trimmed.toLowerCase());
        const view: SavedView = { id: existing?.id ?? newId(), name: trimmed, filter, sort };
        const views = existing ? get().views.map((v) => (v.id === existing.id ? view : v)) : [...get().views, view];
        await persistViews(views);
        return view;
      },
      async deleteView(id) {
        await persistViews(get().views.filter((v) => v.id !== id));
      },
    };
  });
}

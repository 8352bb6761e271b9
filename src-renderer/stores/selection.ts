import type { CommandArgs } from '../../src-shared/contract';
import { MARK_MAX_IDS } from '../../src-shared/contract/marks';
import type { InboxFilter, InboxRowView, InboxSort } from '../../src-shared/domain/inbox-query';
import type { ApiClient } from '../api/client';
import { PAGE_SIZE, type RowPages } from './inbox-window';
import { messageOf } from './types';

/** What a bulk action acts on: the picked invoices, or every invoice of the view (its filter); the contract's type. */
export type SelectionTarget = CommandArgs<'marks:apply'>['target'];

/** Where a shift-click or shift+j/k range starts, and the selection before the range. */
interface SelectionAnchor {
  id: string;
  index: number;
  base: ReadonlySet<string>;
  /** The range selects (the anchor row was picked) or unpicks (it was not). */
  adds: boolean;
}

/** The multi-selection of the inbox, separate from the cursor row (selectedId). */
export interface SelectionState {
  /** Rows picked for a bulk action, by id (rows of the current query only). */
  selectedIds: ReadonlySet<string>;
  /** "Select all in view": every row matching the current filter and search, loaded or not. */
  allInView: boolean;
  anchor: SelectionAnchor | null;
}

/**
 * Selection commands. Those that may have to fetch rows main holds resolve to a sentence for the user
 * when they could not do what was asked (a range too large to pick one by one), else null.
 */
export interface SelectionActions {
  /** Picks or unpicks one row (ctrl/cmd-click, its checkbox, x); it becomes the anchor of ranges. */
  toggleSelected(id: string, index: number): Promise<string | null>;
  /** From the anchor (or the cursor row) to this row, loaded or not (shift-click). */
  selectRange(index: number): Promise<string | null>;
  /** Moves the cursor one row and extends the range to it (shift+j / shift+k). */
  extendSelection(delta: 1 | -1): Promise<string | null>;
  selectAllInView(): void;
  clearSelection(): void;
}

export const NO_SELECTION: SelectionState = { selectedIds: new Set<string>(), allInView: false, anchor: null };

/** What the selection needs of the inbox store. */
interface SelectionHost extends SelectionState {
  filter: InboxFilter;
  sort: InboxSort;
  /** Changes with every new query: answers for an older one are dropped. */
  query: number;
  pages: RowPages;
  count: number | null;
  selectedId: string | null;
  selectedIndex: number | null;
  moveSelection(delta: number): void;
}

/** Selected ids not in the loaded rows are checked one by one with main after a reload, up to this many. */
const MAX_CHECKED_AFTER_RELOAD = 50;
/** Rows per request when a range reaches rows that are not loaded (the contract's largest window). */
const FETCH_WINDOW = 500;

export function hasSelection(state: SelectionState): boolean {
  return state.allInView || state.selectedIds.size > 0;
}

/** How many invoices a bulk action would act on (the view's count when all in view is selected; null while main counts it). */
export function selectionCount(state: SelectionState & { count: number | null }): number | null {
  return state.allInView ? state.count : state.selectedIds.size;
}

export function selectionTarget(state: SelectionState & { filter: InboxFilter }): SelectionTarget | null {
  if (state.allInView) return { filter: state.filter };
  return state.selectedIds.size > 0 ? { ids: [...state.selectedIds] } : null;
}

/** Every loaded row of the current query, by id. */
function loadedRows(pages: RowPages): Map<string, InboxRowView> {
  const rows = new Map<string, InboxRowView>();
  for (const page of pages.loadedPages()) {
    for (let i = page * PAGE_SIZE; i < (page + 1) * PAGE_SIZE; i++) {
      const row = pages.get(i);
      if (!row) break;
      rows.set(row.id, row);
    }
  }
  return rows;
}

/** The selected rows that are loaded, and whether that is every selected row. */
export function selectedRows(state: SelectionState & { pages: RowPages; count: number | null }): { rows: InboxRowView[]; complete: boolean } {
  const loaded = loadedRows(state.pages);
  if (state.allInView) return { rows: [...loaded.values()], complete: state.count !== null && loaded.size >= state.count };
  const rows: InboxRowView[] = [];
  for (const id of state.selectedIds) {
    const row = loaded.get(id);
    if (row) rows.push(row);
  }
  return { rows, complete: rows.length === state.selectedIds.size };
}

const tooMany = (n: number): string =>
  `That would pick ${n.toLocaleString('en-US')} invoices; at most ${MARK_MAX_IDS.toLocaleString('en-US')} can be picked one by one. Use "Select all" in the list's header to act on every invoice in this view.`;

export function createSelectionActions<S extends SelectionHost>(api: ApiClient, get: () => S, set: (patch: Partial<SelectionState>) => void) {
  /** The ids of rows [from, to] of the current query, fetched where not loaded; null when the query changed meanwhile. */
  const idsBetween = async (from: number, to: number): Promise<string[] | null> => {
    const { pages, filter, sort, query } = get();
    const loaded: string[] = [];
    for (let i = from; i <= to; i++) {
      const row = pages.get(i);
      if (!row) break;
      loaded.push(row.id);
    }
    if (loaded.length === to - from + 1) return loaded;
    const ids: string[] = [];
    for (let offset = from; offset <= to; offset += FETCH_WINDOW) {
      const limit = Math.min(FETCH_WINDOW, to - offset + 1);
      const { rows } = await api.call('invoices:query', { filter, sort, offset, limit, count: false, aggregates: false });
      if (get().query !== query) return null;
      ids.push(...rows.map((row) => row.id));
    }
    return ids;
  };

  /** The selection as ids (all in view made explicit), or a sentence when it is too large for that. */
  const explicitIds = async (): Promise<ReadonlySet<string> | string | null> => {
    const { allInView, selectedIds, count } = get();
    if (!allInView) return selectedIds;
    if (count === null) return 'The invoices of this view are still being counted: try again in a moment.';
    if (count > MARK_MAX_IDS) return tooMany(count);
    const ids = count === 0 ? [] : await idsBetween(0, count - 1);
    return ids === null ? null : new Set(ids);
  };

  const selectRange = async (index: number): Promise<string | null> => {
    const state = get();
    if (state.allInView) return null;
    const row = state.pages.get(index);
    const cursor = state.selectedId !== null && state.selectedIndex !== null ? { id: state.selectedId, index: state.selectedIndex } : null;
    const start = cursor ?? (row ? { id: row.id, index } : null);
    const anchor = state.anchor ?? (start ? { ...start, base: state.selectedIds, adds: true } : null);
    if (anchor === null) return null;
    const [from, to] = anchor.index <= index ? [anchor.index, index] : [index, anchor.index];
    if (to - from + 1 > MARK_MAX_IDS) return tooMany(to - from + 1);
    try {
      const ids = await idsBetween(from, to);
      if (ids === null) return null;
      const next = new Set(anchor.base);
      for (const id of ids) {
        if (anchor.adds) next.add(id);
        else next.delete(id);
      }
      if (next.size > MARK_MAX_IDS) return tooMany(next.size);
      set({ selectedIds: next, allInView: false, anchor });
      return null;
    } catch (error) {
      return messageOf(error);
    }
  };

  const actions: SelectionActions = {
    async toggleSelected(id, index) {
      try {
        const current = await explicitIds();
        if (current === null || typeof current === 'string') return current;
        const next = new Set(current);
        const adds = !next.has(id);
        if (adds) next.add(id);
        else next.delete(id);
        if (next.size > MARK_MAX_IDS) return tooMany(next.size);
        set({ selectedIds: next, allInView: false, anchor: { id, index, base: next, adds } });
        return null;
      } catch (error) {
        return messageOf(error);
      }
    },
    selectRange,
    async extendSelection(delta) {
      const state = get();
      const known = state.count ?? state.pages.size;
      if (known === 0) return null;
      const at = state.selectedIndex;
      const target = at === null ? (delta > 0 ? 0 : known - 1) : Math.min(known - 1, Math.max(0, at + delta));
      if (state.anchor === null && state.selectedId !== null && at !== null) {
        set({ anchor: { id: state.selectedId, index: at, base: state.selectedIds, adds: true } });
      }
      state.moveSelection(at === null ? delta : target - at);
      return selectRange(target);
    },
    selectAllInView() {
      set({ selectedIds: new Set(), allInView: true, anchor: null });
    },
    clearSelection() {
      set(NO_SELECTION);
    },
  };
  return actions;
}

/**
 * After a reload: rows that left the view leave the selection. Exact when the whole view is loaded;
 * otherwise selected ids outside the loaded rows are asked of main, all at once (up to
 * MAX_CHECKED_AFTER_RELOAD; beyond that they stay picked, and an action on them still says what changed).
 */
export async function pruneSelection<S extends SelectionHost>(api: ApiClient, get: () => S, set: (patch: Partial<SelectionState>) => void): Promise<void> {
  const { allInView, selectedIds, pages, count, filter, sort, query, anchor } = get();
  if (allInView) {
    if (count === 0) set(NO_SELECTION);
    return;
  }
  if (selectedIds.size === 0) return;
  const loaded = loadedRows(pages);
  const keep = new Set<string>();
  const unknown: string[] = [];
  for (const id of selectedIds) {
    if (loaded.has(id)) keep.add(id);
    else unknown.push(id);
  }
  const wholeViewLoaded = count !== null && pages.size >= count;
  if (!wholeViewLoaded && unknown.length <= MAX_CHECKED_AFTER_RELOAD) {
    const found = await Promise.all(unknown.map((invoiceId) => api.call('invoices:locate', { invoiceId, filter, sort })));
    if (get().query !== query || get().selectedIds !== selectedIds) return;
    unknown.forEach((invoiceId, n) => {
      if ((found[n]?.index ?? null) !== null) keep.add(invoiceId);
    });
  } else if (!wholeViewLoaded) {
    for (const id of unknown) keep.add(id);
  }
  const anchorIndex = anchor === null ? null : pages.indexOf(anchor.id);
  if (keep.size === selectedIds.size && (anchor === null || anchorIndex === anchor.index)) return;
  set({ selectedIds: keep, anchor: anchor !== null && anchorIndex !== null ? { ...anchor, index: anchorIndex } : null });
}

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { InvoiceDetail } from '../../src-shared/contract';
import { DEFAULT_SORT, EMPTY_FILTER, type InboxAggregates, type InboxFilter, type InboxRowView, type InboxSort } from '../../src-shared/domain/inbox-query';
import type { ApiClient } from '../api/client';
import type { SavedView } from '../features/inbox/views';
import { pagesOf, PAGE_SIZE, RowPages } from './inbox-window';
import { createSelectionActions, NO_SELECTION, pruneSelection, type SelectionActions, type SelectionState } from './selection';
import { messageOf, type Clock } from './types';

export interface InboxFacets {
  currencies: string[];
  /** Invoices in the whole workspace (not only the filtered set). */
  total: number;
  /** Invoices in the whole workspace with money still owed (the sidebar's badge). */
  owed: number;
  /** Every tag in use and on how many invoices (the tag filter, the tag input's suggestions). */
  tags: { tag: string; count: number }[];
}

export interface InboxState extends SelectionState, SelectionActions {
  filter: InboxFilter;
  sort: InboxSort;
  activeViewId: string | null;
  /** Changes with every new filter or sort: the grid goes back to the top. */
  query: number;
  /** The loaded pages of rows of the current query (a few hundred rows at most). */
  pages: RowPages;
  /** Rows in the whole filtered set; null while main counts them (the first page is shown meanwhile). */
  count: number | null;
  /** Totals per currency and aging of the whole filtered set; null until main has computed them. */
  aggregates: InboxAggregates | null;
  facets: InboxFacets | null;
  /** The search the rows on screen answer (the list is up to date when it equals filter.search). */
  shownSearch: string;
  loadState: 'idle' | 'loading' | 'ready' | 'error';
  loadError: string | null;
  selectedId: string | null;
  /** The selected row's position in the filtered set, when known. */
  selectedIndex: number | null;
  detailOpen: boolean;
  pdfOpen: boolean;
  /** The selected invoice, fetched by id when the detail pane shows it. */
  detail: InvoiceDetail | null;
  detailState: 'idle' | 'loading' | 'ready' | 'missing';

  /** Reloads what is shown (after a sync, or when another window or the CLI changed the workspace). */
  load(): Promise<void>;
  /** The grid shows rows [start, end): fetch the pages that are not loaded yet. */
  ensureRows(start: number, end: number): void;
  rowAt(index: number): InboxRowView | undefined;
  setFilter(patch: Partial<InboxFilter>): void;
  clearFilters(): void;
  setSort(sort: InboxSort): void;
  applyView(view: SavedView): void;
  select(id: string | null, index?: number | null): void;
  moveSelection(delta: number): void;
  openDetail(id?: string, index?: number | null): void;
  closeDetail(): void;
  openPdf(): void;
  closePdf(): void;
  /** Shows one invoice (from a notification, the tray or reminders): clears filters that hide it. */
  reveal(id: string): Promise<void>;
}

export type InboxStore = StoreApi<InboxState>;

export interface InboxStoreOptions {
  /** How long typing must pause before totals and the count are recomputed (ms). */
  figuresDelayMs?: number;
}

/**
 * The inbox as windows of rows asked from main: the first page of a query comes back alone (so it
 * paints at once at any workspace size), the count and figures follow, and scrolling fetches the pages
 * in view. Responses to an older query are dropped.
 */
export function createInboxStore(api: ApiClient, _clock: Clock, options: InboxStoreOptions = {}): InboxStore {
  const figuresDelayMs = options.figuresDelayMs ?? 150;
  let generation = 0;
  let figuresTimer: ReturnType<typeof setTimeout> | null = null;
  const inflight = new Set<string>();
  let reloading: Promise<void> | null = null;
  let reloadAgain = false;

  return createStore<InboxState>()((set, get) => {
    const page = async (gen: number, pageIndex: number): Promise<InboxRowView[] | null> => {
      const { filter, sort } = get();
      const result = await api.call('invoices:query', { filter, sort, offset: pageIndex * PAGE_SIZE, limit: PAGE_SIZE, count: false, aggregates: false });
      return gen === generation ? result.rows : null;
    };

    const figures = async (gen: number): Promise<void> => {
      // The user has changed the query since: its figures would only hold main up (it answers one request at a time).
      if (gen !== generation) return;
      try {
        const { filter, sort } = get();
        const result = await api.call('invoices:query', { filter, sort, offset: 0, limit: 0, count: true, aggregates: true });
        if (gen === generation) set({ count: result.count, aggregates: result.aggregates });
      } catch (error) {
        if (gen === generation) set({ loadError: messageOf(error) });
      }
    };

    const cancelFigures = (): void => {
      if (figuresTimer !== null) clearTimeout(figuresTimer);
      figuresTimer = null;
    };

    const scheduleFigures = (gen: number, delayMs: number): void => {
      cancelFigures();
      if (delayMs <= 0) void figures(gen);
      else figuresTimer = setTimeout(() => void figures(gen), delayMs);
    };

    const indexOfSelected = (pages: RowPages): number | null => {
      const { selectedId } = get();
      return selectedId === null ? null : pages.indexOf(selectedId);
    };

    /** A new query: its first page replaces the list, then count and figures follow. */
    const runQuery = async (delayFigures: boolean): Promise<void> => {
      const gen = ++generation;
      cancelFigures();
      inflight.clear();
      set({ query: gen, aggregates: null });
      try {
        const rows = await page(gen, 0);
        if (rows === null) return;
        const pages = new RowPages().with(0, rows);
        set({
          pages,
          count: rows.length < PAGE_SIZE ? rows.length : null,
          shownSearch: get().filter.search,
          loadState: 'ready',
          loadError: null,
          selectedIndex: indexOfSelected(pages),
        });
        scheduleFigures(gen, delayFigures ? figuresDelayMs : 0);
      } catch (error) {
        if (gen === generation) set({ loadState: get().loadState === 'ready' ? 'ready' : 'error', loadError: messageOf(error) });
      }
    };

    /** The same query again (data changed): the loaded pages are replaced in place, nothing jumps. */
    const refresh = async (): Promise<void> => {
      const gen = generation;
      const wanted = get().pages.loadedPages();
      let pages = new RowPages();
      for (const pageIndex of wanted.length > 0 ? wanted : [0]) {
        const rows = await page(gen, pageIndex);
        if (rows === null) return;
        pages = pages.with(pageIndex, rows);
      }
      const facets = await api.call('invoices:facets', {});
      if (gen !== generation) return;
      set({ pages, facets, loadState: 'ready', loadError: null, shownSearch: get().filter.search, selectedIndex: indexOfSelected(pages) });
      await figures(gen);
      await pruneSelection(api, get, set);
      const { detailOpen, selectedId } = get();
      if (detailOpen && selectedId !== null) await loadDetail(selectedId);
    };

    const loadDetail = async (id: string): Promise<void> => {
      if (get().detail?.invoice.id !== id) set({ detail: null, detailState: 'loading' });
      try {
        const detail = await api.call('invoices:get', { invoiceId: id });
        if (get().selectedId === id) set({ detail, detailState: 'ready' });
      } catch {
        if (get().selectedId === id) set({ detail: null, detailState: 'missing' });
      }
    };

    const changeQuery = (patch: Partial<Pick<InboxState, 'filter' | 'sort' | 'activeViewId'>>, delayFigures = false): void => {
      // A selection is of one query's rows: a new filter, search or sort starts without one.
      set({ ...patch, ...NO_SELECTION });
      void runQuery(delayFigures);
    };

    return {
      filter: EMPTY_FILTER,
      sort: DEFAULT_SORT,
      activeViewId: null,
      query: 0,
      pages: new RowPages(),
      count: null,
      aggregates: null,
      facets: null,
      shownSearch: '',
      loadState: 'idle',
      loadError: null,
      selectedId: null,
      selectedIndex: null,
      detailOpen: false,
      pdfOpen: false,
      detail: null,
      detailState: 'idle',
      ...NO_SELECTION,
      ...createSelectionActions(api, get, set),

      // Reloads coalesce: while one runs, later calls ask for one more pass, never for N.
      load() {
        if (reloading) {
          reloadAgain = true;
          return reloading;
        }
        if (get().loadState === 'idle') set({ loadState: 'loading' });
        reloading = (async () => {
          try {
            if (generation === 0) {
              await runQuery(false);
              set({ facets: await api.call('invoices:facets', {}) });
            }
            do {
              reloadAgain = false;
              await refresh();
            } while (reloadAgain);
          } catch (error) {
            set({ loadState: get().loadState === 'ready' ? 'ready' : 'error', loadError: messageOf(error) });
          } finally {
            reloading = null;
          }
        })();
        return reloading;
      },
      ensureRows(start, end) {
        const gen = generation;
        const { pages } = get();
        for (const pageIndex of pagesOf(start, end)) {
          const key = `${gen}:${pageIndex}`;
          if (pages.has(pageIndex) || inflight.has(key)) continue;
          inflight.add(key);
          void page(gen, pageIndex)
            .then((rows) => {
              if (rows === null) return;
              const visible = new Set(pagesOf(start, end));
              const next = get().pages.with(pageIndex, rows, visible);
              set({ pages: next, selectedIndex: get().selectedIndex ?? indexOfSelected(next) });
            })
            .catch((error: unknown) => set({ loadError: messageOf(error) }))
            .finally(() => inflight.delete(key));
        }
      },
      rowAt(index) {
        return get().pages.get(index);
      },
      setFilter(patch) {
        const filter = { ...get().filter, ...patch };
        // While typing, totals wait for a pause; the rows come back with every keystroke.
        changeQuery({ filter, activeViewId: null }, patch.search !== undefined);
      },
      clearFilters() {
        changeQuery({ filter: EMPTY_FILTER, activeViewId: null });
      },
      setSort(sort) {
        changeQuery({ sort });
      },
      applyView(view) {
        changeQuery({ filter: view.filter, sort: view.sort, activeViewId: view.id });
      },
      select(id, index) {
        set({ selectedId: id, selectedIndex: index ?? (id === null ? null : get().pages.indexOf(id)) });
        if (id !== null && get().detailOpen) void loadDetail(id);
      },
      moveSelection(delta) {
        const { count, pages, selectedId, detailOpen } = get();
        const known = count ?? pages.size;
        if (known === 0) return;
        const at = get().selectedIndex ?? (selectedId === null ? null : pages.indexOf(selectedId));
        const target = at === null ? (delta > 0 ? 0 : known - 1) : Math.min(known - 1, Math.max(0, at + delta));
        const choose = (row: InboxRowView | undefined): void => {
          if (!row) return;
          set({ pdfOpen: detailOpen ? false : get().pdfOpen });
          get().select(row.id, target);
        };
        const row = pages.get(target);
        if (row) choose(row);
        else {
          const gen = generation;
          const pageIndex = Math.floor(target / PAGE_SIZE);
          void page(gen, pageIndex).then((rows) => {
            if (rows === null) return;
            set({ pages: get().pages.with(pageIndex, rows) });
            choose(rows[target % PAGE_SIZE]);
          });
        }
      },
      openDetail(id, index) {
        const target = id ?? get().selectedId;
        if (target === null) return;
        set({ selectedId: target, selectedIndex: index ?? get().pages.indexOf(target), detailOpen: true });
        void loadDetail(target);
      },
      closeDetail() {
        set({ detailOpen: false, pdfOpen: false });
      },
      openPdf() {
        if (get().selectedId !== null) get().openDetail();
        if (get().selectedId !== null) set({ pdfOpen: true });
      },
      closePdf() {
        set({ pdfOpen: false });
      },
      async reveal(id) {
        const { filter, sort } = get();
        let index = (await api.call('invoices:locate', { invoiceId: id, filter, sort })).index;
        if (index === null) {
          get().clearFilters();
          index = (await api.call('invoices:locate', { invoiceId: id, filter: EMPTY_FILTER, sort: get().sort })).index;
        }
        set({ pdfOpen: false });
        get().openDetail(id, index);
      },
    };
  });
}

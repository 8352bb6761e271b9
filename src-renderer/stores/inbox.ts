import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Invoice } from '../../src-shared/domain/invoice';
import type { ApiClient } from '../api/client';
import { EMPTY_FILTER, filterRows, narrowsSearch, type InboxFilter } from '../features/inbox/filter';
import { indexInvoices, type InboxRow } from '../features/inbox/rows';
import { DEFAULT_SORT, sortRows, type InboxSort } from '../features/inbox/sort';
import type { SavedView } from '../features/inbox/views';
import { messageOf, type Clock } from './types';

export interface InboxState {
  invoices: Invoice[];
  /** Last successful sync per account (ISO), from the cache snapshot. */
  syncedAt: Record<string, string | null>;
  problems: string[];
  loadState: 'idle' | 'loading' | 'ready' | 'error';
  loadError: string | null;
  labels: ReadonlyMap<string, string>;
  /** Every invoice, indexed and sorted (rebuilt when invoices, labels or the sort change). */
  rows: InboxRow[];
  /** `rows` through the current filter (recomputed per keystroke: a filter pass, no sort). */
  visible: InboxRow[];
  filter: InboxFilter;
  sort: InboxSort;
  activeViewId: string | null;
  selectedId: string | null;
  detailOpen: boolean;
  pdfOpen: boolean;

  load(): Promise<void>;
  setAccountLabels(labels: ReadonlyMap<string, string>): void;
  setFilter(patch: Partial<InboxFilter>): void;
  clearFilters(): void;
  setSort(sort: InboxSort): void;
  applyView(view: SavedView): void;
  select(id: string | null): void;
  moveSelection(delta: number): void;
  openDetail(id?: string): void;
  closeDetail(): void;
  openPdf(): void;
  closePdf(): void;
  /** Shows one invoice (from a notification or the tray): clears filters that hide it. */
  reveal(id: string): void;
}

export type InboxStore = StoreApi<InboxState>;

export function createInboxStore(api: ApiClient, clock: Clock): InboxStore {
  let inFlight: Promise<void> | null = null;
  let again = false;

  return createStore<InboxState>()((set, get) => {
    const refilter = (filter: InboxFilter, rows = get().rows): InboxRow[] => filterRows(rows, filter, clock());
    const rebuild = (invoices: Invoice[], labels: ReadonlyMap<string, string>, sort: InboxSort) => {
      const rows = sortRows(indexInvoices(invoices, labels, clock()), sort);
      return { rows, visible: refilter(get().filter, rows) };
    };

    const fetchOnce = async (): Promise<void> => {
      try {
        const snapshot = await api.call('invoices:query', {});
        const { labels, sort } = get();
        set({
          invoices: snapshot.invoices,
          syncedAt: snapshot.syncedAt,
          problems: snapshot.problems,
          loadState: 'ready',
          loadError: null,
          ...rebuild(snapshot.invoices, labels, sort),
        });
      } catch (error) {
        // Keep what is shown: nothing disappears because a reload failed.
        set({ loadState: get().loadState === 'ready' ? 'ready' : 'error', loadError: messageOf(error) });
      }
    };

    return {
      invoices: [],
      syncedAt: {},
      problems: [],
      loadState: 'idle',
      loadError: null,
      labels: new Map(),
      rows: [],
      visible: [],
      filter: EMPTY_FILTER,
      sort: DEFAULT_SORT,
      activeViewId: null,
      selectedId: null,
      detailOpen: false,
      pdfOpen: false,

      // Reloads coalesce: while one runs, later calls ask for one more pass, never for N.
      load() {
        if (inFlight) {
          again = true;
          return inFlight;
        }
        if (get().loadState === 'idle') set({ loadState: 'loading' });
        inFlight = (async () => {
          do {
            again = false;
            await fetchOnce();
          } while (again);
          inFlight = null;
        })();
        return inFlight;
      },
      setAccountLabels(labels) {
        const { invoices, sort } = get();
        set({ labels, ...rebuild(invoices, labels, sort) });
      },
      setFilter(patch) {
        const prev = get().filter;
        const filter = { ...prev, ...patch };
        // Typing more into the search box narrows what is already shown: no pass over every invoice.
        set({ filter, visible: refilter(filter, narrowsSearch(prev, filter) ? get().visible : get().rows), activeViewId: null });
      },
      clearFilters() {
        set({ filter: EMPTY_FILTER, visible: refilter(EMPTY_FILTER), activeViewId: null });
      },
      setSort(sort) {
        const rows = sortRows(get().rows, sort);
        set({ sort, rows, visible: refilter(get().filter, rows) });
      },
      applyView(view) {
        const rows = sortRows(get().rows, view.sort);
        set({ filter: view.filter, sort: view.sort, rows, visible: refilter(view.filter, rows), activeViewId: view.id });
      },
      select(id) {
        set({ selectedId: id });
      },
      moveSelection(delta) {
        const { visible, selectedId } = get();
        if (visible.length === 0) return;
        const at = selectedId === null ? -1 : visible.findIndex((row) => row.invoice.id === selectedId);
        const next = at === -1 ? (delta > 0 ? 0 : visible.length - 1) : Math.min(visible.length - 1, Math.max(0, at + delta));
        const row = visible[next];
        if (row) set({ selectedId: row.invoice.id, pdfOpen: get().detailOpen ? false : get().pdfOpen });
      },
      openDetail(id) {
        const target = id ?? get().selectedId;
        if (target !== null) set({ selectedId: target, detailOpen: true });
      },
      closeDetail() {
        set({ detailOpen: false, pdfOpen: false });
      },
      openPdf() {
        if (get().selectedId !== null) set({ detailOpen: true, pdfOpen: true });
      },
      closePdf() {
        set({ pdfOpen: false });
      },
      reveal(id) {
        const { visible, filter } = get();
        const hidden = !visible.some((row) => row.invoice.id === id);
        if (hidden && filter !== EMPTY_FILTER) get().clearFilters();
        set({ selectedId: id, detailOpen: true, pdfOpen: false });
      },
    };
  });
}

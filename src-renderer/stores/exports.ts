import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ExportFinished, ExportFormat, ExportProgress } from '../../src-shared/contract';
import type { InboxFilter, InboxSort } from '../../src-shared/domain/inbox-query';
import type { ApiClient } from '../api/client';
import { messageOf } from './types';

export interface ExportRequest {
  format: ExportFormat;
  filter: InboxFilter;
  sort: InboxSort;
  /** Only these invoices (the selection), in the view's order. */
  invoiceIds?: string[];
  /** What the file holds ("Overdue", "3 selected invoices"): its name and the workbook's title. */
  title: string;
}

export interface ExportJob {
  /** Null while main asks where to save. */
  exportId: string | null;
  format: ExportFormat;
  title: string;
  status: 'starting' | 'running' | 'done' | 'cancelled' | 'failed';
  done: number;
  total: number | null;
  /** What to tell the user when it ended (main's sentence). */
  message: string | null;
}

/** What the print preview shows: the current view's rows, or the AP aging report. */
export type PrintRequest = { kind: 'view'; filter: InboxFilter; sort: InboxSort; title: string } | { kind: 'aging'; title: string };

export interface ExportsState {
  /** The export this window started last (one at a time). */
  job: ExportJob | null;
  print: PrintRequest | null;
  start(request: ExportRequest): Promise<void>;
  cancel(): Promise<void>;
  dismiss(): void;
  openPrint(request: PrintRequest): void;
  closePrint(): void;
}

export type ExportsStore = StoreApi<ExportsState>;

/** Events of exports whose id this window does not know yet (they may arrive before 'export:start' answers). */
const EARLY_KEPT = 20;

/**
 * Exports as this window sees them: started through 'export:start' (main asks where to save and
 * writes in the background), followed through 'export:progress' and 'export:finished', cancelled
 * through 'export:cancel'. In the web host a finished export is handed to the browser's downloads.
 */
export function createExportsStore(api: ApiClient): ExportsStore {
  const early = new Map<string, { progress?: ExportProgress; finished?: ExportFinished }>();
  const remember = (exportId: string, patch: { progress?: ExportProgress; finished?: ExportFinished }): void => {
    early.set(exportId, { ...early.get(exportId), ...patch });
    if (early.size > EARLY_KEPT) early.delete(early.keys().next().value as string);
  };

  const store = createStore<ExportsState>()((set, get) => {
    return {
      job: null,
      print: null,
      async start(request) {
        if (get().job?.status === 'starting' || get().job?.status === 'running') return;
        set({ job: { exportId: null, format: request.format, title: request.title, status: 'starting', done: 0, total: null, message: null } });
        try {
          const started = await api.call('export:start', {
            format: request.format,
            filter: request.filter,
            sort: request.sort,
            title: request.title,
            ...(request.invoiceIds && request.invoiceIds.length > 0 ? { invoiceIds: request.invoiceIds } : {}),
          });
          if (started.exportId === null) {
            set({ job: null });
            return;
          }
          set({ job: { ...(get().job as ExportJob), exportId: started.exportId, status: 'running', total: started.total } });
          const seen = early.get(started.exportId);
          early.delete(started.exportId);
          if (seen?.progress) onProgress(seen.progress);
          if (seen?.finished) void onFinished(seen.finished);
        } catch (error) {
          set({ job: { ...(get().job as ExportJob), status: 'failed', message: messageOf(error) } });
        }
      },
      async cancel() {
        const exportId = get().job?.exportId;
        if (!exportId || get().job?.status !== 'running') return;
        try {
          await api.call('export:cancel', { exportId });
        } catch (error) {
          set({ job: { ...(get().job as ExportJob), message: messageOf(error) } });
        }
      },
      dismiss() {
        const status = get().job?.status;
        if (status !== 'starting' && status !== 'running') set({ job: null });
      },
      openPrint(request) {
        set({ print: request });
      },
      closePrint() {
        set({ print: null });
      },
    };
  });

  const mine = (exportId: string): boolean => store.getState().job?.exportId === exportId;

  function onProgress(progress: ExportProgress): void {
    if (!mine(progress.exportId)) {
      if (store.getState().job?.status === 'starting') remember(progress.exportId, { progress });
      return;
    }
    const job = store.getState().job as ExportJob;
    if (job.status === 'running') store.setState({ job: { ...job, done: progress.done, total: progress.total } });
  }

  async function onFinished(finished: ExportFinished): Promise<void> {
    if (!mine(finished.exportId)) {
      if (store.getState().job?.status === 'starting') remember(finished.exportId, { finished });
      return;
    }
    const job = store.getState().job as ExportJob;
    const ended: ExportJob = { ...job, status: finished.outcome, done: finished.outcome === 'done' ? job.total ?? job.done : job.done, message: finished.message };
    store.setState({ job: ended });
    if (finished.outcome !== 'done' || finished.download === null) return;
    try {
      await api.download(finished.download.url, finished.download.fileName);
    } catch (error) {
      if (mine(finished.exportId)) store.setState({ job: { ...ended, status: 'failed', message: `The file was made but could not be downloaded: ${messageOf(error)}` } });
    }
  }

  api.on('export:progress', onProgress);
  api.on('export:finished', (finished) => void onFinished(finished));
  return store;
}

const perClient = new WeakMap<ApiClient, ExportsStore>();

/** One exports store per API client (its event subscriptions live as long as the client). */
export function exportsStoreFor(api: ApiClient): ExportsStore {
  let store = perClient.get(api);
  if (!store) {
    store = createExportsStore(api);
    perClient.set(api, store);
  }
  return store;
}

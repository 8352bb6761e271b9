import { z } from 'zod';
import { command, event } from './define';
import { inboxFilterSchema, inboxSortSchema } from './invoices';

/** csv and xlsx: the rows; pdfs: every PDF of the rows in one ZIP. */
export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdfs'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A selection larger than this is exported as its view (the request would be too large to send). */
export const MAX_EXPORT_IDS = 10_000;
/** What an export or a printed document is called ("Overdue", "3 selected invoices"). */
export const EXPORT_TITLE_MAX = 80;

export interface ExportStarted {
  /** Null when the user closed the save dialog: nothing is written. */
  exportId: string | null;
  fileName: string;
  /** Invoices the export holds (fixed when it started). */
  total: number;
}

export interface ExportProgress {
  exportId: string;
  /** Invoices written (or, for a ZIP, looked at) so far. */
  done: number;
  total: number;
}

export interface ExportFinished {
  exportId: string;
  outcome: 'done' | 'cancelled' | 'failed';
  /** A sentence for the user: what was written where, or what went wrong and what to do. */
  message: string;
  /** Where the file was saved (desktop: the place chosen; web host: under the data dir). */
  path: string | null;
  /** Web host: the page fetches the file here (with its token) and hands it to the browser's downloads. */
  download: { url: string; fileName: string } | null;
  /** Rows written, or PDFs added to the ZIP. */
  written: number;
  /** ZIP: invoices the provider gives no PDF for. */
  skipped: number;
  /** ZIP: PDFs that could not be downloaded. */
  failed: number;
}

const invoiceId = z.string().min(3).max(400);
const exportId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const title = z.string().trim().min(1).max(EXPORT_TITLE_MAX);

export const exportCommands = {
  /**
   * Exports the inbox as filtered and sorted (search included), or only the given invoices in that
   * order: asks where to save (desktop) and answers at once; the rows are written in the background
   * with 'export:progress' events, then one 'export:finished'.
   */
  'export:start': command<ExportStarted>()(
    z.object({
      format: z.enum(EXPORT_FORMATS),
      filter: inboxFilterSchema.default(inboxFilterSchema.parse({})),
      sort: inboxSortSchema.default({ key: 'attention', dir: 'asc' }),
      invoiceIds: z.array(invoiceId).min(1).max(MAX_EXPORT_IDS).optional(),
      title: title.default('All invoices'),
    }),
  ),
  /** Stops a running export; what was written so far is removed. */
  'export:cancel': command<{ cancelled: boolean }>()(z.object({ exportId })),
  /**
   * Desktop: saves the window's printable document (the print page on screen) as a PDF where the user
   * chooses. The web host answers 'failed': the page uses the browser's print dialog instead.
   */
  'print:savePdf': command<{ saved: boolean; path: string | null }>()(z.object({ title })),
};

export const exportEvents = {
  'export:progress': event<ExportProgress>(),
  'export:finished': event<ExportFinished>(),
};

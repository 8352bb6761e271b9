import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { ExportFinished, ExportStarted, ParsedArgs } from '../../src-shared/contract';
import type { InboxRowView } from '../../src-shared/domain';
import type { InboxService } from '../core/app/types';
import { exportFileName } from '../core/export/file-names';
import { EXPORT_BATCH_ROWS, ExportCancelled, writeTable } from '../core/export/write-export';
import { zipPdfs } from '../core/export/zip-pdfs';
import { isPdfError } from '../core/pdf/errors';
import type { PdfService } from '../core/pdf/types';
import type { InboxIterator } from '../core/store/types';
import type { EventSink } from './commands';
import { CANCELLED_MESSAGE, failedMessage, tableDoneMessage, zipDoneMessage } from './export-messages';
import type { ChooseExportTarget, ExportTarget } from './types';

/** A ZIP reports progress after this many invoices (each may be a download). */
const PDF_BATCH = 10;

export interface ExportJobsDeps {
  inbox: Pick<InboxService, 'iterate' | 'invoice'>;
  pdf: Pick<PdfService, 'fetchPdf'>;
  events: EventSink;
  chooseTarget: ChooseExportTarget;
  now: () => number;
  /** Rows per batch (default EXPORT_BATCH_ROWS). */
  batchSize?: number;
  /** Between batches (default: one turn of the event loop). */
  pause?: () => Promise<void>;
  /** Opens the file an export writes (default: a new file, readable by this user only). */
  openFile?: (path: string) => Writable;
}

type StartArgs = ParsedArgs<'export:start'>;

/**
 * Exports running in main: each reads a snapshot of its scope in batches, writes through the core's
 * writers to the place the host chose, reports 'export:progress' after each batch and ends with one
 * 'export:finished'. Between batches the event loop turns, so the window and other commands never
 * wait long; any export can be cancelled.
 */
export class ExportJobs {
  private readonly running = new Map<string, { controller: AbortController; done: Promise<void> }>();

  constructor(private readonly deps: ExportJobsDeps) {}

  async start(args: StartArgs): Promise<ExportStarted> {
    const batch = args.format === 'pdfs' ? PDF_BATCH : (this.deps.batchSize ?? EXPORT_BATCH_ROWS);
    // The snapshot is taken at the click: what the user saw is what is exported.
    const rows = this.deps.inbox.iterate({ filter: args.filter, sort: args.sort, ...(args.invoiceIds ? { ids: args.invoiceIds } : {}) }, batch);
    const fileName = exportFileName(args.title, rows.calendar.today, args.format === 'pdfs' ? 'zip' : args.format);
    let target: ExportTarget | null;
    try {
      target = await this.deps.chooseTarget({ suggestedName: fileName, kind: args.format === 'pdfs' ? 'zip' : args.format });
    } catch (error) {
      rows.close();
      throw error;
    }
    if (target === null) {
      rows.close();
      return { exportId: null, fileName, total: rows.count };
    }
    const exportId = randomBytes(12).toString('base64url');
    const controller = new AbortController();
    const done = this.run(exportId, args, rows, target, fileName, controller.signal).finally(() => this.running.delete(exportId));
    this.running.set(exportId, { controller, done });
    return { exportId, fileName, total: rows.count };
  }

  cancel(exportId: string): boolean {
    const job = this.running.get(exportId);
    job?.controller.abort();
    return job !== undefined;
  }

  /** Resolves when no export is running. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running.values()].map((job) => job.done));
  }

  /** Cancels every running export (the host is closing). */
  dispose(): void {
    for (const job of this.running.values()) job.controller.abort();
  }

  private async run(exportId: string, args: StartArgs, rows: InboxIterator, target: ExportTarget, fileName: string, signal: AbortSignal): Promise<void> {
    const { events } = this.deps;
    const finish = (result: Omit<ExportFinished, 'exportId'>): void => events.emit('export:finished', { exportId, ...result });
    const loop = {
      signal,
      ...(this.deps.pause ? { pause: this.deps.pause } : {}),
      onProgress: (done: number, total: number) => events.emit('export:progress', { exportId, done, total }),
    };
    let out: Writable | null = null;
    try {
      out = (this.deps.openFile ?? newFile)(target.tempPath);
      if (args.format === 'pdfs') {
        const result = await zipPdfs({ ...loop, rows, out, now: new Date(this.deps.now()), pdfOf: (row, pdfSignal) => this.pdfOf(row, pdfSignal) });
        if (result.added === 0) {
          await target.discard();
          finish({ outcome: 'done', message: zipDoneMessage(result, fileName, null, false), path: null, download: null, written: 0, skipped: result.skipped, failed: result.failed });
          return;
        }
        const placed = await target.commit();
        finish({ outcome: 'done', message: zipDoneMessage(result, fileName, placed.path, placed.download !== null), ...placed, written: result.added, skipped: result.skipped, failed: result.failed });
      } else {
        const result = await writeTable({ ...loop, format: args.format, rows, out, meta: { title: args.title, createdAt: new Date(this.deps.now()) } });
        const placed = await target.commit();
        finish({ outcome: 'done', message: tableDoneMessage(result.rows, fileName, placed.path, placed.download !== null), ...placed, written: result.rows, skipped: 0, failed: 0 });
      }
    } catch (error) {
      out?.destroy();
      await target.discard().catch(() => undefined);
      const cancelled = error instanceof ExportCancelled;
      finish({ outcome: cancelled ? 'cancelled' : 'failed', message: cancelled ? CANCELLED_MESSAGE : failedMessage(error), path: null, download: null, written: 0, skipped: 0, failed: 0 });
    } finally {
      rows.close();
    }
  }

  /** The PDF of a row through the PDF service (cached or downloaded); 'none' when the provider gives none. */
  private async pdfOf(row: InboxRowView, signal?: AbortSignal): Promise<Buffer | 'none'> {
    const invoice = this.deps.inbox.invoice(row.id);
    if (invoice === null || invoice.pdfUrl === null) return 'none';
    try {
      return (await this.deps.pdf.fetchPdf(invoice, signal ? { signal } : {})).bytes;
    } catch (error) {
      if (isPdfError(error) && error.kind === 'no_pdf') return 'none';
      throw error;
    }
  }
}

function newFile(path: string): Writable {
  const stream = createWriteStream(path, { flags: 'wx', mode: 0o600 });
  // A write error is read from stream.errored by the writers (an unheard 'error' event would end the process).
  stream.on('error', () => undefined);
  return stream;
}


import type { Writable } from 'node:stream';
import type { InboxRowView } from '../../../src-shared/domain';
import type { InboxIterator } from '../store/types';
import { createCsvWriter } from './csv-writer';
import type { ExportMeta, TableWriter } from './table-writer';
import { createXlsxWriter } from './xlsx-writer';

export const TABLE_FORMATS = ['csv', 'xlsx'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** Rows per batch: one batch is all an export holds at a time. */
export const EXPORT_BATCH_ROWS = 1000;

/** Thrown when the signal stops an export between two batches. */
export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled.');
    this.name = 'ExportCancelled';
  }
}

/** One turn of the event loop: the window, other commands and progress events get their chance. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export interface BatchLoopOptions {
  /** Called after each batch with the rows handled so far and the snapshot's size. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Between batches (default: one turn of the event loop). */
  pause?: () => Promise<void>;
}

/**
 * Feeds an iteration's batches to `handle` one at a time, yielding to the event loop between batches,
 * reporting progress and stopping (ExportCancelled) when the signal is aborted.
 */
export async function eachBatch(rows: InboxIterator, handle: (batch: InboxRowView[]) => Promise<void>, options: BatchLoopOptions): Promise<number> {
  const pause = options.pause ?? nextTurn;
  const batches = rows[Symbol.iterator]();
  let done = 0;
  options.onProgress?.(0, rows.count);
  for (;;) {
    // Checked before each batch is read: a cancelled export reads nothing more.
    if (options.signal?.aborted) throw new ExportCancelled();
    const next = batches.next();
    if (next.done) break;
    await handle(next.value);
    done += next.value.length;
    options.onProgress?.(done, rows.count);
    await pause();
  }
  return done;
}

export interface WriteTableOptions extends BatchLoopOptions {
  format: TableFormat;
  rows: InboxIterator;
  /** Where the file goes (a file stream; closed when the export ends, destroyed when it fails). */
  out: Writable;
  meta: ExportMeta;
}

export function tableWriter(format: TableFormat, out: Writable, rows: InboxIterator, meta: ExportMeta): TableWriter {
  return format === 'csv' ? createCsvWriter(out, rows.calendar) : createXlsxWriter(out, rows.calendar, meta);
}

/**
 * Writes the iteration's rows as CSV or XLSX in bounded memory: one batch at a time, each written
 * (and taken by the output) before the next is read. The same code serves the app and the CLI.
 * The caller closes the iteration.
 */
export async function writeTable(options: WriteTableOptions): Promise<{ rows: number }> {
  const writer = tableWriter(options.format, options.out, options.rows, options.meta);
  try {
    const rows = await eachBatch(options.rows, (batch) => writer.write(batch), options);
    await writer.finish(options.rows.aggregates());
    return { rows };
  } catch (error) {
    writer.abort();
    throw error;
  }
}

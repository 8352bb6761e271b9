import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { InboxAggregates, InboxRowView } from '../../../src-shared/domain';

/** A file of invoice rows being written (CSV or XLSX), fed one batch at a time. */
export interface TableWriter {
  /** Writes a batch; resolves once the output has taken it (backpressure), so batches never pile up. */
  write(rows: readonly InboxRowView[]): Promise<void>;
  /** Writes what follows the rows (XLSX: the totals and aging sheets), ends the output and waits until it is closed. */
  finish(aggregates: InboxAggregates): Promise<void>;
  /** Stops at once (cancelled or failed): the output is destroyed; the caller removes the file. */
  abort(): void;
}

/** What every export carries besides its rows. */
export interface ExportMeta {
  /** What the file holds, for people ("Overdue", "3 selected invoices"). */
  title: string;
  /** When it was made (the workbook's creation date). */
  createdAt: Date;
}

/** Throws the stream's error (or that it was closed) once it can take nothing more. */
export function assertOpen(out: Writable): void {
  if (out.destroyed || out.errored) throw out.errored ?? new Error('The file was closed while the export was being written.');
}

/** Writes a chunk and, when the stream's buffer is full, waits until it drains (or fails, or closes). */
export async function writeChunk(out: Writable, chunk: string | Buffer): Promise<void> {
  assertOpen(out);
  if (out.write(chunk)) return;
  await new Promise<void>((resolve) => {
    const done = (): void => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
  assertOpen(out);
}

/** Ends the stream and waits until it is closed (the file complete on disk); rejects on a write error. */
export async function endStream(out: Writable, end: () => void = () => out.end()): Promise<void> {
  if (out.closed) return;
  const closed = once(out, 'close');
  end();
  await closed;
  if (out.errored) throw out.errored;
}

import { once } from 'node:events';
import { Readable, type Writable } from 'node:stream';
import yazl from 'yazl';
import type { InboxRowView } from '../../../src-shared/domain';
import type { InboxIterator } from '../store/types';
import { safeFileStem, uniqueNamer } from './file-names';
import { endStream } from './table-writer';
import { eachBatch, type BatchLoopOptions } from './write-export';

export interface ZipPdfsOptions extends BatchLoopOptions {
  rows: InboxIterator;
  out: Writable;
  /**
   * The PDF of a row (the PDF service: cached or downloaded); 'none' when the provider gives no PDF;
   * throws when it could not be fetched (counted, the archive goes on).
   */
  pdfOf: (row: InboxRowView, signal?: AbortSignal) => Promise<Buffer | 'none'>;
  /** ZIP entries' modification time. */
  now: Date;
}

export interface ZipPdfsResult {
  added: number;
  /** Invoices the provider gives no PDF for. */
  skipped: number;
  /** PDFs that could not be downloaded (offline, refused). */
  failed: number;
}

/** "Acme_GPUs/INV-0305.pdf": one folder per account, the invoice's number as the name. */
export function zipEntryName(row: Pick<InboxRowView, 'accountLabel' | 'number' | 'providerInvoiceId'>): string {
  return `${safeFileStem(row.accountLabel, 'account', 60)}/${safeFileStem(row.number ?? row.providerInvoiceId, 'invoice')}.pdf`;
}

/**
 * Every PDF of the rows in one ZIP, streamed: one PDF at a time is fetched and handed to the archive,
 * which has consumed it before the next is fetched. Rows without a PDF are skipped and counted.
 */
export async function zipPdfs(options: ZipPdfsOptions): Promise<ZipPdfsResult> {
  const zip = new yazl.ZipFile();
  const piped = zip.outputStream.pipe(options.out);
  const name = uniqueNamer();
  const result: ZipPdfsResult = { added: 0, skipped: 0, failed: 0 };
  try {
    await eachBatch(
      options.rows,
      async (batch) => {
        for (const row of batch) {
          if (options.signal?.aborted) return;
          const pdf = row.hasPdf ? await options.pdfOf(row, options.signal).catch((): 'failed' => 'failed') : 'none';
          if (pdf === 'none') result.skipped += 1;
          else if (pdf === 'failed') result.failed += 1;
          else {
            const entry = Readable.from([pdf]);
            zip.addReadStream(entry, name(zipEntryName(row)), { mtime: options.now });
            // The archive reads entries in order: once this one is read, its bytes are no longer held here.
            await once(entry, 'end');
            result.added += 1;
          }
        }
      },
      options,
    );
    await endStream(piped, () => zip.end());
    return result;
  } catch (error) {
    zip.outputStream.unpipe(options.out);
    options.out.destroy();
    throw error;
  }
}

import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { InboxService } from '../core/app/types';
import { EXPORT_BATCH_ROWS, writeTable, type TableFormat } from '../core/export/write-export';
import type { InboxScope } from '../core/store/types';

export interface ExportToFileOptions {
  inbox: Pick<InboxService, 'iterate'>;
  scope: InboxScope;
  timeZone: string;
  format: TableFormat;
  file: string;
  createdAt: Date;
}

/**
 * `list --format csv|xlsx --output FILE`: the app's exporter, streamed in batches to a part file beside
 * FILE that replaces it only when complete. Returns the invoices written.
 */
export async function exportToFile(options: ExportToFileOptions): Promise<number> {
  const final = path.resolve(options.file);
  const part = path.join(path.dirname(final), `.${path.basename(final)}.part`);
  const rows = options.inbox.iterate(options.scope, EXPORT_BATCH_ROWS, options.timeZone);
  const out = createWriteStream(part, { mode: 0o600 });
  // Write errors are read from out.errored by the writers.
  out.on('error', () => undefined);
  try {
    const { rows: written } = await writeTable({ format: options.format, rows, out, meta: { title: 'Invoices (invoice-inbox list)', createdAt: options.createdAt } });
    await rename(part, final);
    return written;
  } catch (error) {
    await rm(part, { force: true });
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === 'ENOENT') throw new Error(`cannot write ${options.file}: its folder does not exist`);
    if (code === 'EACCES' || code === 'EPERM') throw new Error(`cannot write ${options.file}: permission denied`);
    throw error;
  } finally {
    rows.close();
  }
}

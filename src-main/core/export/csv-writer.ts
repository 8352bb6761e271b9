import type { Writable } from 'node:stream';
import { minorToDecimalString } from '../../../src-shared/domain';
import { dayReader, EXPORT_COLUMNS, EXPORT_HEADERS, type ExportCell } from './columns';
import { CSV_BOM, csvLine } from './csv';
import { endStream, writeChunk, type TableWriter } from './table-writer';
import type { QueryCalendar } from '../store/types';

function csvValue(cell: ExportCell): string | null {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'money':
      // Exact decimals in the row's currency ("19.99", JPY "500", BHD "1.250"); the currency has its own column.
      return minorToDecimalString(cell.minor, cell.currency);
    case 'day':
      return cell.day;
  }
}

/**
 * CSV for spreadsheets and accounting tools: UTF-8 with a byte order mark (so Excel reads it as UTF-8),
 * one header line, one line per invoice, amounts as exact decimals, days as ISO dates (YYYY-MM-DD).
 */
export function createCsvWriter(out: Writable, calendar: Pick<QueryCalendar, 'dayOf'>): TableWriter {
  const dayOf = dayReader(calendar);
  let started = false;
  return {
    async write(rows) {
      let chunk = '';
      if (!started) {
        started = true;
        chunk += CSV_BOM + csvLine(EXPORT_HEADERS);
      }
      for (const row of rows) chunk += csvLine(EXPORT_COLUMNS.map((column) => csvValue(column.cell(row, dayOf))));
      await writeChunk(out, chunk);
    },
    async finish() {
      if (!started) await this.write([]);
      await endStream(out);
    },
    abort() {
      out.destroy();
    },
  };
}

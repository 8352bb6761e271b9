import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { AGING_BUCKETS, AGING_LABELS, minorToDecimalString, minorUnitDigits, type InboxAggregates } from '../../../src-shared/domain';
import type { QueryCalendar } from '../store/types';
import { dayReader, EXPORT_COLUMNS, type ExportCell } from './columns';
import { assertOpen, endStream, type ExportMeta, type TableWriter } from './table-writer';

export const SHEET_INVOICES = 'Invoices';
export const SHEET_TOTALS = 'Totals per currency';
export const SHEET_AGING = 'Aging';
export const DAY_FORMAT = 'yyyy-mm-dd';

/** Each currency's own number format: JPY "#,##0", USD/EUR "#,##0.00", BHD "#,##0.000". */
export function currencyFormat(currency: string): string {
  const digits = minorUnitDigits(currency);
  return digits === 0 ? '#,##0' : `#,##0.${'0'.repeat(digits)}`;
}

/** An amount as the number a spreadsheet computes with (the exact decimal, read as a number). */
function amount(minor: number, currency: string): number {
  return Number(minorToDecimalString(minor, currency));
}

/** A calendar day as a date cell (Excel dates have no zone: midnight UTC of the day is that day). */
function dateCell(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function put(cell: ExcelJS.Cell, value: ExportCell): void {
  switch (value.kind) {
    case 'text':
      // Plain string cells: a spreadsheet never runs them as formulas.
      cell.value = value.text === '' ? null : value.text;
      return;
    case 'money':
      cell.value = amount(value.minor, value.currency);
      cell.numFmt = currencyFormat(value.currency);
      return;
    case 'day':
      cell.value = value.day === null ? null : dateCell(value.day);
      cell.numFmt = DAY_FORMAT;
  }
}

function header(sheet: ExcelJS.Worksheet, names: readonly string[], widths: readonly number[]): void {
  sheet.columns = names.map((name, n) => ({ header: name, width: widths[n] ?? 14 }));
  sheet.getRow(1).font = { bold: true };
}

/**
 * XLSX streamed to `out` (exceljs's WorkbookWriter: each row is committed as it is written, so the
 * sheet never sits in memory). Sheets: the invoices (real number cells in each currency's format, days
 * as date cells), totals per currency (never added across currencies) and aging per currency.
 */
export function createXlsxWriter(out: Writable, calendar: Pick<QueryCalendar, 'dayOf'>, meta: ExportMeta): TableWriter {
  const dayOf = dayReader(calendar);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  book.creator = 'Invoice Inbox';
  book.created = meta.createdAt;
  book.title = meta.title;
  const invoices = book.addWorksheet(SHEET_INVOICES, { views: [{ state: 'frozen', ySplit: 1 }] });
  header(invoices, EXPORT_COLUMNS.map((column) => column.header), EXPORT_COLUMNS.map((column) => column.width));
  invoices.getRow(1).commit();

  return {
    async write(rows) {
      assertOpen(out);
      for (const row of rows) {
        const line = invoices.addRow([]);
        EXPORT_COLUMNS.forEach((column, n) => put(line.getCell(n + 1), column.cell(row, dayOf)));
        line.commit();
      }
    },

    async finish(aggregates: InboxAggregates) {
      invoices.commit();
      const totals = book.addWorksheet(SHEET_TOTALS, { views: [{ state: 'frozen', ySplit: 1 }] });
      header(totals, ['Currency', 'Invoices', 'Amount due', 'Bills with money due', 'Amount paid', 'Paid invoices'], [10, 10, 16, 20, 16, 14]);
      for (const entry of aggregates.byCurrency) {
        const line = totals.addRow([entry.currency, entry.count, null, entry.dueCount, null, entry.paidCount]);
        put(line.getCell(3), { kind: 'money', minor: entry.dueAmount, currency: entry.currency });
        put(line.getCell(5), { kind: 'money', minor: entry.paidAmount, currency: entry.currency });
        line.commit();
      }
      totals.commit();

      const aging = book.addWorksheet(SHEET_AGING, { views: [{ state: 'frozen', ySplit: 1 }] });
      header(aging, ['Currency', ...AGING_BUCKETS.map((bucket) => AGING_LABELS[bucket]), 'Total owed'], [10, ...AGING_BUCKETS.map(() => 15), 16]);
      for (const entry of aggregates.aging) {
        const line = aging.addRow([entry.currency]);
        [...AGING_BUCKETS.map((bucket) => entry.buckets[bucket]), entry.total].forEach((minor, n) => put(line.getCell(n + 2), { kind: 'money', minor, currency: entry.currency }));
        line.commit();
      }
      aging.commit();
      // A failed commit is held as a value until the stream has closed (never an unheard rejection).
      let committed: Promise<unknown> = Promise.resolve(null);
      await endStream(out, () => {
        committed = book.commit().then(
          () => null,
          (error: unknown) => error ?? new Error('The workbook could not be completed.'),
        );
      });
      const failure = await committed;
      if (failure !== null) throw failure;
    },

    abort() {
      out.destroy();
    },
  };
}

import ExcelJS from 'exceljs';
import { utcCalendar } from '../testing/seeded-store';
import { EXPORT_HEADERS } from './columns';
import { BY_DUE, EXPORT_NOW, exportStore } from './fixtures';
import { memorySink } from './test-support';
import { writeTable } from './write-export';
import { SHEET_AGING, SHEET_INVOICES, SHEET_TOTALS } from './xlsx-writer';

async function exportXlsx() {
  const store = exportStore();
  const calendar = utcCalendar(EXPORT_NOW);
  const rows = store.inbox.iterate({ filter: { ...BY_DUE.filter }, sort: { ...BY_DUE.sort } }, calendar, 2);
  const sink = memorySink();
  try {
    await writeTable({ format: 'xlsx', rows, out: sink.stream, meta: { title: 'All invoices', createdAt: new Date(EXPORT_NOW) }, pause: async () => undefined });
  } finally {
    rows.close();
  }
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(sink.bytes() as unknown as ArrayBuffer);
  return { book, aggregates: store.inbox.aggregates(BY_DUE.filter, calendar) };
}

function sheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = book.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The row whose Number column (C) is `number`. */
function rowOf(book: ExcelJS.Workbook, number: string): ExcelJS.Row {
  const invoices = sheet(book, SHEET_INVOICES);
  for (let n = 2; n <= invoices.rowCount; n += 1) if (invoices.getRow(n).getCell(3).value === number) return invoices.getRow(n);
  throw new Error(`no row ${number}`);
}

describe('XLSX export (read back with exceljs)', () => {
  it('holds the invoices, the totals per currency and the aging sheets, headers first', async () => {
    const { book } = await exportXlsx();
    expect(book.worksheets.map((ws) => ws.name)).toEqual([SHEET_INVOICES, SHEET_TOTALS, SHEET_AGING]);
    const invoices = sheet(book, SHEET_INVOICES);
    expect((invoices.getRow(1).values as unknown[]).slice(1)).toEqual(EXPORT_HEADERS);
    expect(invoices.rowCount).toBe(6);
    expect(book.creator).toBe('Invoice Inbox');
  });

  it('writes amounts as number cells in each currency format: USD/EUR two places, JPY whole, BHD three', async () => {
    const { book } = await exportXlsx();
    const cases: Array<[string, number, string]> = [
      ['USD-1', 19.99, '#,##0.00'],
      ['EUR-4', 100.5, '#,##0.00'],
      ['JPY-2', 5000, '#,##0'],
      ['BHD-3', 1.25, '#,##0.000'],
    ];
    for (const [number, total, format] of cases) {
      const cell = rowOf(book, number).getCell(8);
      expect(cell.type).toBe(ExcelJS.ValueType.Number);
      expect(cell.value).toBe(total);
      expect(cell.numFmt).toBe(format);
    }
    expect(rowOf(book, 'JPY-2').getCell(7).value).toBe('JPY');
  });

  it('writes days as date cells and leaves missing days empty; text stays text', async () => {
    const { book } = await exportXlsx();
    const usd = rowOf(book, 'USD-1');
    expect(usd.getCell(12).type).toBe(ExcelJS.ValueType.Date);
    expect(usd.getCell(12).value).toEqual(new Date(Date.UTC(2026, 5, 1)));
    expect(usd.getCell(12).numFmt).toBe('yyyy-mm-dd');
    expect(usd.getCell(14).value).toBe('=HYPERLINK("http://evil.example","click")');
    expect(usd.getCell(14).type).toBe(ExcelJS.ValueType.String);
    expect(rowOf(book, 'BHD-3').getCell(12).value).toBeNull();
    expect(rowOf(book, 'USD-5').getCell(15).value).toEqual(new Date(Date.UTC(2026, 5, 10)));
  });

  it('totals each currency on its own row (never added across currencies), as the store figures them', async () => {
    const { book, aggregates } = await exportXlsx();
    const totals = sheet(book, SHEET_TOTALS);
    expect((totals.getRow(1).values as unknown[]).slice(1)).toEqual(['Currency', 'Invoices', 'Amount due', 'Bills with money due', 'Amount paid', 'Paid invoices']);
    const read = [];
    for (let n = 2; n <= totals.rowCount; n += 1) read.push((totals.getRow(n).values as unknown[]).slice(1));
    expect(read).toEqual([
      ['BHD', 1, 1.25, 1, 0, 0],
      ['EUR', 1, 0, 0, 100.5, 1],
      ['JPY', 1, 5000, 1, 0, 0],
      // USD-5 is marked paid by the user: it is no longer owed.
      ['USD', 2, 19.99, 1, 0, 0],
    ]);
    expect(read.map((row) => row[0])).toEqual(aggregates.byCurrency.map((entry) => entry.currency));
    expect(totals.getRow(2).getCell(3).numFmt).toBe('#,##0.000');
    expect(totals.getRow(4).getCell(3).numFmt).toBe('#,##0');
  });

  it('ages what is owed per currency, with a No due date bucket', async () => {
    const { book } = await exportXlsx();
    const aging = sheet(book, SHEET_AGING);
    expect((aging.getRow(1).values as unknown[]).slice(1)).toEqual(['Currency', 'Current', '1–30 days', '31–60 days', '61–90 days', 'Over 90 days', 'No due date', 'Total owed']);
    const read = [];
    for (let n = 2; n <= aging.rowCount; n += 1) read.push((aging.getRow(n).values as unknown[]).slice(1));
    expect(read).toEqual([
      ['BHD', 0, 0, 0, 0, 0, 1.25, 1.25],
      ['JPY', 5000, 0, 0, 0, 0, 0, 5000],
      ['USD', 0, 19.99, 0, 0, 0, 0, 19.99],
    ]);
  });
});

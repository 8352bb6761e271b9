/**
 * Export and print end to end, through the web host on the demo workspace in Chromium: the Overdue
 * view exported from the "Export…" menu to CSV and to XLSX (downloaded by the browser), both read back
 * (exceljs for the workbook) to the same rows, order and totals per currency as the screen shows; the
 * view's print page holds every row (not the grid's window of rows), prints without the app around it,
 * and Chromium's PDF of it repeats the table header on every page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { minorUnitDigits } from '../../src-shared/domain';
import { expect, money, test } from '../fixtures';

test.use({ hostArgs: ['--demo'] });

/** RFC 4180 CSV (quoted fields with "" and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i += 1;
    } else field += c;
  }
  return rows;
}

/** Minor units of an exact decimal ("19.99" -> 1999, JPY "500" -> 500). */
const minor = (decimal: string): number => Number(decimal.replace('.', ''));

/** Each page's text of a PDF (pdfjs, the app's own PDF library), spaces normalised. */
async function pdfPageTexts(pdf: Buffer): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf) }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' ').trim());
  }
  await doc.destroy();
  return texts;
}

interface Screen {
  count: number;
  /** Per currency: the amount due as the summary strip shows it, and how many bills. */
  due: Record<string, { text: string; bills: number }>;
  /** The numbers of the rows the grid has drawn, by position. */
  numbers: Map<number, string>;
}

async function openOverdue(page: Page): Promise<Screen> {
  await page.getByRole('navigation', { name: 'Saved views' }).getByRole('button', { name: 'Overdue', exact: true }).click();
  const summary = page.getByRole('region', { name: 'Summary of the invoices shown' });
  await expect(summary).toHaveAttribute('aria-busy', 'false');
  const count = Number((await summary.locator('.summary-count').innerText()).replace(/\D/g, ''));
  expect(count, 'the demo workspace has overdue bills').toBeGreaterThan(5);
  const grid = page.getByRole('grid', { name: 'Invoices' });
  await expect(grid).toHaveAttribute('aria-rowcount', String(count + 1));
  const due: Screen['due'] = {};
  for (const item of await summary.getByRole('list', { name: 'Amount due per currency' }).getByRole('listitem').all()) {
    const currency = (await item.getAttribute('data-currency')) ?? '';
    due[currency] = { text: await item.locator('.currency-due').innerText(), bills: Number((await item.innerText()).match(/(\d+) open/)?.[1]) };
  }
  await expect(grid.locator('[role="row"][aria-busy="true"]')).toHaveCount(0);
  const numbers = new Map<number, string>();
  for (const row of await grid.locator('.grid-body [role="row"]').all()) {
    numbers.set(Number(await row.getAttribute('aria-rowindex')) - 2, await row.locator('.col-number').innerText());
  }
  expect(numbers.size).toBeGreaterThan(0);
  return { count, due, numbers };
}

async function exportFromMenu(page: Page, item: string): Promise<{ file: Buffer; download: Download }> {
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export and print' }).click();
  await page.getByRole('menuitem', { name: item }).click();
  const download = await downloaded;
  const path = await download.path();
  return { file: await readFile(path), download };
}

test('exports the Overdue view to CSV and XLSX: both read back to the rows and totals on screen', async ({ page, host }) => {
  const screen = await openOverdue(page);

  // CSV
  const csv = await exportFromMenu(page, 'Export view as CSV');
  expect(csv.download.suggestedFilename()).toMatch(/^invoices-overdue-\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(page.getByRole('status').filter({ hasText: `Exported ${screen.count} invoices to ${csv.download.suggestedFilename()}` })).toBeVisible();
  expect([...csv.file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...lines] = parseCsv(csv.file.toString('utf8').slice(1));
  expect(header).toEqual(['Account', 'Provider', 'Number', 'Provider invoice ID', 'State', 'Kind', 'Currency', 'Total', 'Amount due', 'Amount paid', 'Issued', 'Due', 'Paid on', 'Description', 'Marked paid', 'Tags']);
  expect(lines).toHaveLength(screen.count);
  for (const [index, number] of screen.numbers) expect([index, lines[index]?.[2] || lines[index]?.[3]]).toEqual([index, number]);
  expect(new Set(lines.map((line) => line[4]))).toEqual(new Set(['Overdue']));
  const csvDue: Record<string, number> = {};
  for (const line of lines) csvDue[line[6] ?? ''] = (csvDue[line[6] ?? ''] ?? 0) + minor(line[8] ?? '0');
  expect(Object.keys(csvDue).sort()).toEqual(Object.keys(screen.due).sort());
  for (const [currency, amount] of Object.entries(csvDue)) {
    expect([currency, await money(page, amount, currency)]).toEqual([currency, screen.due[currency]?.text]);
  }

  // XLSX
  const xlsx = await exportFromMenu(page, 'Export view as Excel (XLSX)');
  expect(xlsx.download.suggestedFilename()).toMatch(/^invoices-overdue-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.file as unknown as ArrayBuffer);
  expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Invoices', 'Totals per currency', 'Aging']);
  const sheet = book.getWorksheet('Invoices');
  expect(sheet?.rowCount).toBe(screen.count + 1);
  lines.forEach((line, n) => {
    const row = sheet?.getRow(n + 2);
    expect([row?.getCell(3).value ?? null, row?.getCell(7).value, row?.getCell(9).value]).toEqual([line[2] === '' ? null : line[2], line[6], Number(line[8])]);
    expect(row?.getCell(9).numFmt).toBe(line[6] === 'JPY' ? '#,##0' : '#,##0.00');
  });
  const totals = book.getWorksheet('Totals per currency');
  const seen: Record<string, { text: string; bills: number }> = {};
  for (let n = 2; n <= (totals?.rowCount ?? 0); n += 1) {
    const row = totals?.getRow(n);
    const currency = String(row?.getCell(1).value);
    seen[currency] = { text: await money(page, Math.round(Number(row?.getCell(3).value) * 10 ** minorUnitDigits(currency)), currency), bills: Number(row?.getCell(4).value) };
  }
  expect(seen).toEqual(screen.due);

  // The web host kept both files in the data dir's downloads folder too.
  const kept = await readFile(`${host.dataDir}/downloads/${csv.download.suggestedFilename()}`);
  expect(kept.equals(csv.file)).toBe(true);
});

test('prints the view: the print page holds every row, prints without the app, the header on each PDF page', async ({ page }, testInfo) => {
  const grid = page.getByRole('grid', { name: 'Invoices' });
  const count = Number(await grid.getAttribute('aria-rowcount')) - 1;
  expect(count, 'more invoices than the grid draws at once').toBeGreaterThan(100);
  expect(await grid.locator('.grid-body [role="row"]').count()).toBeLessThan(count);

  await page.getByRole('button', { name: 'Export and print' }).click();
  await page.getByRole('menuitem', { name: 'Print view…' }).click();
  const preview = page.getByRole('dialog', { name: 'All invoices' });
  await expect(preview.locator('.print-document')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  const rows = preview.getByRole('table', { name: 'All invoices: invoices' }).locator('tbody tr');
  await expect(rows).toHaveCount(count);
  await expect(preview.getByRole('table', { name: 'Totals per currency' })).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Print…' })).toBeEnabled();

  const axe = await new AxeBuilder({ page }).include('.print-preview').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'color-contrast').map((v) => v.id)).toEqual([]);

  const sidebar = page.locator('nav[aria-label="Main"]');
  const toolbar = page.locator('.print-toolbar');
  await expect(sidebar).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(sidebar).toBeHidden();
  await expect(toolbar).toBeHidden();
  await expect(rows.last()).toBeVisible();
  await expect(rows).toHaveCount(count);

  const pdfPath = testInfo.outputPath('view.pdf');
  const pdf = await page.pdf({ path: pdfPath, format: 'A4', landscape: true, printBackground: true });
  await testInfo.attach('view.pdf', { path: pdfPath, contentType: 'application/pdf' });
  const pages = await pdfPageTexts(pdf);
  expect(pages.length, 'a few hundred rows take several pages').toBeGreaterThan(2);
  // Every page of rows starts with the table's header row; every invoice number is printed.
  const header = 'Account Number Status Issued Due Amount due Total';
  for (const [n, text] of pages.slice(1, -1).entries()) expect([n + 2, text.startsWith(header)]).toEqual([n + 2, true]);
  const printed = pages.join(' ');
  const numbers = await rows.locator('td:nth-child(2)').allInnerTexts();
  expect(numbers).toHaveLength(count);
  expect(numbers.filter((number) => !printed.includes(number))).toEqual([]);
  await page.emulateMedia({ media: 'screen' });
  const shot = testInfo.outputPath('print-preview.png');
  await page.screenshot({ path: shot });
  await testInfo.attach('print-preview', { path: shot, contentType: 'image/png' });
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
});

test('downloads every PDF of the Overdue view as one ZIP and says how many had none', async ({ page }) => {
  const screen = await openOverdue(page);
  const zip = await exportFromMenu(page, 'Download PDFs of the view (ZIP)');
  const message = page.getByRole('status').filter({ hasText: /^Saved \d+ PDFs? in invoices-overdue-/ });
  await expect(message).toBeVisible();
  const text = await message.innerText();
  const saved = Number(text.match(/^Saved (\d+)/)?.[1]);
  const skipped = Number(text.match(/(\d+) invoices? (?:has|have) no PDF/)?.[1] ?? 0);
  expect(saved + skipped).toBe(screen.count);
  // Central directory records (PK\x01\x02): one per file in the archive.
  const entries = zip.file.toString('latin1').split('PK\u0001\u0002').length - 1;
  expect(entries).toBe(saved);
});

import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExportFinished } from '../../src-shared/contract';
import { readZip } from '../core/export/test-support';
import { dispatch } from './dispatch';
import { ExportJobs } from './export-jobs';
import { createCommandService } from './handlers';
import { harness, invoiceFixture, type Harness } from './test-support';

let h: Harness;
beforeEach(async () => {
  h = harness();
  await h.inbox.addAccount({ provider: 'gpuoutlet', label: 'Acme GPUs', baseUrl: null, secret: 's' });
  h.inbox.invoices = [
    invoiceFixture('acc1', 1, { dueAt: '2026-06-01', currency: 'USD', total: 1999, amountDue: 1999 }),
    invoiceFixture('acc1', 2, { dueAt: '2026-06-20', currency: 'JPY', total: 5000, amountDue: 5000 }),
    invoiceFixture('acc1', 3, { dueAt: '2026-07-01', pdfUrl: null }),
  ];
});
afterEach(() => h.exports.remove());

async function started(args: Record<string, unknown>): Promise<{ exportId: string; finished: ExportFinished }> {
  const finished = h.events.next('export:finished');
  const result = await dispatch(createCommandService(h.deps).handlers, 'export:start', args);
  if (!result.ok) throw new Error(result.error.message);
  const { exportId } = result.value as { exportId: string };
  return { exportId, finished: await finished };
}

describe('export handlers', () => {
  it('exports the filtered, sorted view to CSV where the host chose, with progress and a plain message', async () => {
    const { exportId, finished } = await started({ format: 'csv', filter: { states: ['overdue', 'open'] }, sort: { key: 'due', dir: 'asc' }, title: 'Unpaid' });
    expect(h.exports.asked).toEqual([{ suggestedName: 'invoices-unpaid-2026-06-15.csv', kind: 'csv' }]);
    const file = path.join(h.exports.dir, 'invoices-unpaid-2026-06-15.csv');
    expect(finished).toEqual({
      exportId,
      outcome: 'done',
      message: `Exported 3 invoices to ${file}.`,
      path: file,
      download: null,
      written: 3,
      skipped: 0,
      failed: 0,
    });
    const lines = readFileSync(file, 'utf8').split('\r\n');
    expect(lines[0]?.startsWith('\uFEFFAccount,')).toBe(true);
    expect(lines.slice(1, -1).map((line) => line.split(',')[2])).toEqual(['INV-1', 'INV-2', 'INV-3']);
    const progress = h.events.emitted.filter((event) => event.name === 'export:progress').map((event) => event.payload);
    expect(progress).toEqual([
      { exportId, done: 0, total: 3 },
      { exportId, done: 3, total: 3 },
    ]);
  });

  it('exports only the selected invoices to XLSX, in the view order', async () => {
    const { finished } = await started({ format: 'xlsx', invoiceIds: ['acc1:in_3', 'acc1:in_1'], sort: { key: 'due', dir: 'desc' }, title: '2 selected' });
    expect(finished.outcome).toBe('done');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(finished.path ?? '');
    const sheet = book.getWorksheet('Invoices');
    expect([sheet?.getRow(2).getCell(3).value, sheet?.getRow(3).getCell(3).value, sheet?.rowCount]).toEqual(['INV-3', 'INV-1', 3]);
  });

  it('puts every PDF of the view in one ZIP and says how many invoices had none', async () => {
    const { finished } = await started({ format: 'pdfs', sort: { key: 'due', dir: 'asc' }, title: 'All invoices' });
    expect(finished).toMatchObject({ outcome: 'done', written: 2, skipped: 1, failed: 0 });
    expect(finished.message).toBe(`Saved 2 PDFs in ${finished.path}. 1 invoice has no PDF and was skipped.`);
    expect([...readZip(readFileSync(finished.path ?? '')).keys()]).toEqual(['Acme_GPUs/INV-1.pdf', 'Acme_GPUs/INV-2.pdf']);
    expect(h.pdf.fetched).toEqual(['acc1:in_1', 'acc1:in_2']);
  });

  it('writes nothing when the user closes the save dialog', async () => {
    h.exports.cancelNext = true;
    const result = await dispatch(createCommandService(h.deps).handlers, 'export:start', { format: 'csv' });
    expect(result).toEqual({ ok: true, value: { exportId: null, fileName: 'invoices-all-invoices-2026-06-15.csv', total: 3 } });
    expect(h.events.names().filter((name) => name.startsWith('export:'))).toEqual([]);
  });

  it('tells the user in plain words when the file cannot be written, and removes the part written', async () => {
    h.deps.chooseExportTarget = async () => ({
      tempPath: path.join(h.exports.dir, 'gone', 'x.part'),
      commit: async () => ({ path: null, download: null }),
      discard: async () => void (h.exports.discarded += 1),
    });
    const { finished } = await started({ format: 'xlsx' });
    expect(finished).toMatchObject({ outcome: 'failed', path: null, written: 0 });
    expect(finished.message).toBe('The export could not be saved: the folder no longer exists. Choose another folder or free some space, then export again.');
    expect(h.exports.discarded).toBe(1);
  });

  it('refuses a selection too large to send, and an unknown format, before anything runs', async () => {
    const handlers = createCommandService(h.deps).handlers;
    const ids = Array.from({ length: 10_001 }, (_, n) => `acc1:in_${n}`);
    expect(await dispatch(handlers, 'export:start', { format: 'csv', invoiceIds: ids })).toMatchObject({ ok: false, error: { code: 'invalid_args', field: 'invoiceIds' } });
    expect(await dispatch(handlers, 'export:start', { format: 'docx' })).toMatchObject({ ok: false, error: { code: 'invalid_args', field: 'format' } });
    expect(h.exports.asked).toEqual([]);
  });

  it('saves the print page as a PDF through the host, named for what it shows', async () => {
    const result = await dispatch(createCommandService(h.deps).handlers, 'print:savePdf', { title: 'AP aging report' });
    expect(result).toMatchObject({ ok: true, value: { saved: true } });
    expect(h.exports.printed).toEqual([expect.stringMatching(/^invoices-ap-aging-report-\d{4}-\d{2}-\d{2}\.pdf$/)]);
  });
});

describe('ExportJobs', () => {
  it('cancels between batches: the part written is removed and the export says so', async () => {
    let release: () => void = () => undefined;
    const jobs = new ExportJobs({
      inbox: h.inbox,
      pdf: h.pdf,
      events: h.events,
      chooseTarget: h.exports.choose,
      now: () => Date.parse('2026-06-15T12:00:00Z'),
      batchSize: 1,
      pause: () => new Promise<void>((resolve) => (release = resolve)),
    });
    const finished = h.events.next('export:finished');
    const { exportId, total } = await jobs.start({ format: 'csv', filter: { states: [], kinds: [], accountIds: [], provider: null, due: { kind: 'any' }, paidWithinDays: null, amountMin: null, amountMax: null, currency: null, tags: [], search: '' }, sort: { key: 'due', dir: 'asc' }, title: 'All' });
    expect(total).toBe(3);
    await h.events.next('export:progress');
    expect(jobs.cancel(exportId ?? '')).toBe(true);
    release();
    expect(await finished).toMatchObject({ exportId, outcome: 'cancelled', message: 'Export cancelled; nothing was saved.' });
    await jobs.idle();
    expect(jobs.cancel(exportId ?? '')).toBe(false);
    expect(h.exports.discarded).toBe(1);
  });
});

import type { BrowserWindow, Dialog } from 'electron';
import { electronExportTarget, electronPrintToPdf, PRINT_TO_PDF_OPTIONS } from './export-adapters';

vi.mock('electron', () => ({}));

function dialogAnswering(result: { canceled: boolean; filePath?: string }) {
  return { showSaveDialog: vi.fn(async () => result) };
}

const base = (dialog: ReturnType<typeof dialogAnswering>, window: BrowserWindow | null = {} as BrowserWindow) => ({
  dialog: dialog as unknown as Pick<Dialog, 'showSaveDialog'>,
  window: () => window,
  downloadsDir: () => '/home/u/Downloads',
});

describe('electronExportTarget', () => {
  it('asks where to save with the kind of file, writes beside the chosen name, then moves it into place', async () => {
    const dialog = dialogAnswering({ canceled: false, filePath: '/home/u/Desktop/overdue.xlsx' });
    const rename = vi.fn(async () => undefined);
    const remove = vi.fn(async () => undefined);
    const target = await electronExportTarget({ ...base(dialog), rename, remove })({ suggestedName: 'invoices-overdue-2026-06-15.xlsx', kind: 'xlsx' });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ title: 'Export invoices to Excel', defaultPath: '/home/u/Downloads/invoices-overdue-2026-06-15.xlsx', filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }] }),
    );
    expect(target?.tempPath).toBe('/home/u/Desktop/.overdue.xlsx.part');
    await expect(target?.commit()).resolves.toEqual({ path: '/home/u/Desktop/overdue.xlsx', download: null });
    expect(rename).toHaveBeenCalledWith('/home/u/Desktop/.overdue.xlsx.part', '/home/u/Desktop/overdue.xlsx');
    await target?.discard();
    expect(remove).toHaveBeenCalledWith('/home/u/Desktop/.overdue.xlsx.part');
  });

  it('is null when the user cancels the dialog (an unparented dialog without a window)', async () => {
    const dialog = dialogAnswering({ canceled: true });
    const choose = electronExportTarget({ ...base(dialog, null), rename: vi.fn(), remove: vi.fn() });
    await expect(choose({ suggestedName: 'x.csv', kind: 'csv' })).resolves.toBeNull();
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ filters: [{ name: 'CSV (comma-separated values)', extensions: ['csv'] }] }));
  });
});

describe('electronPrintToPdf', () => {
  function printingWindow() {
    const printToPDF = vi.fn(async () => Buffer.from('%PDF-1.7 printed'));
    return { window: { webContents: { printToPDF } } as unknown as BrowserWindow, printToPDF };
  }

  it('renders the window to PDF with the print stylesheet and page numbers, and writes it where chosen', async () => {
    const { window, printToPDF } = printingWindow();
    const writeFile = vi.fn(async () => undefined);
    const save = electronPrintToPdf({ ...base(dialogAnswering({ canceled: false, filePath: '/home/u/aging.pdf' }), window), writeFile });
    await expect(save({ suggestedName: 'invoices-ap-aging-report-2026-06-15.pdf' })).resolves.toEqual({ saved: true, path: '/home/u/aging.pdf' });
    expect(printToPDF).toHaveBeenCalledWith(PRINT_TO_PDF_OPTIONS);
    expect(PRINT_TO_PDF_OPTIONS).toMatchObject({ printBackground: true, preferCSSPageSize: true, displayHeaderFooter: true });
    expect(writeFile).toHaveBeenCalledWith('/home/u/aging.pdf', Buffer.from('%PDF-1.7 printed'));
  });

  it('prints nothing when the dialog is cancelled or there is no window', async () => {
    const { window, printToPDF } = printingWindow();
    const writeFile = vi.fn();
    await expect(electronPrintToPdf({ ...base(dialogAnswering({ canceled: true }), window), writeFile })({ suggestedName: 'a.pdf' })).resolves.toEqual({ saved: false, path: null });
    await expect(electronPrintToPdf({ ...base(dialogAnswering({ canceled: false, filePath: '/x.pdf' }), null), writeFile })({ suggestedName: 'a.pdf' })).resolves.toEqual({ saved: false, path: null });
    expect(printToPDF).not.toHaveBeenCalled();
    expect(writeFile).not.toHaveBeenCalled();
  });
});

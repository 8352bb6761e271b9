import type { BrowserWindow, Dialog, PrintToPDFOptions } from 'electron';
import path from 'node:path';
import type { ChooseExportTarget, OutputKind, SavePrintedPdf } from '../services/types';

/**
 * The desktop app's destinations for exports and printed documents: the save dialog (Electron objects
 * injected), files written beside the chosen name and moved into place when complete, and the
 * window's print page rendered to PDF by Chromium (webContents.printToPDF).
 */

const FILTERS: Record<OutputKind, { name: string; extensions: string[] }> = {
  csv: { name: 'CSV (comma-separated values)', extensions: ['csv'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  zip: { name: 'ZIP archive', extensions: ['zip'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
};

const TITLES: Record<OutputKind, string> = {
  csv: 'Export invoices as CSV',
  xlsx: 'Export invoices to Excel',
  zip: 'Save the PDFs as one ZIP',
  pdf: 'Save as PDF',
};

export interface SaveDialogDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  /** The window the dialog belongs to (null: an unparented dialog). */
  window: () => BrowserWindow | null;
  /** app.getPath('downloads') */
  downloadsDir: () => string;
}

/** Asks where to save; null when the user cancelled. */
export async function askSavePath(deps: SaveDialogDeps, request: { title: string; suggestedName: string; filter: { name: string; extensions: string[] } }): Promise<string | null> {
  const options = {
    title: request.title,
    defaultPath: path.join(deps.downloadsDir(), request.suggestedName),
    filters: [request.filter],
    properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<'createDirectory' | 'showOverwriteConfirmation'>,
  };
  const win = deps.window();
  const result = win ? await deps.dialog.showSaveDialog(win, options) : await deps.dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

export interface ExportTargetDeps extends SaveDialogDeps {
  rename: (from: string, to: string) => Promise<void>;
  remove: (file: string) => Promise<void>;
}

/**
 * The save dialog, then a hidden part file beside the chosen name (same folder, so the final move is a
 * rename): a cancelled or failed export never leaves a half-written file under the name the user chose.
 */
export function electronExportTarget(deps: ExportTargetDeps): ChooseExportTarget {
  return async ({ suggestedName, kind }) => {
    const chosen = await askSavePath(deps, { title: TITLES[kind], suggestedName, filter: FILTERS[kind] });
    if (chosen === null) return null;
    const tempPath = path.join(path.dirname(chosen), `.${path.basename(chosen)}.part`);
    return {
      tempPath,
      commit: async () => {
        await deps.rename(tempPath, chosen);
        return { path: chosen, download: null };
      },
      discard: () => deps.remove(tempPath),
    };
  };
}

/** A4 with the page numbers in the footer; the page's print stylesheet decides the rest. */
export const PRINT_TO_PDF_OPTIONS: PrintToPDFOptions = {
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate: '<div style="font-size:8px;width:100%;text-align:center;color:#555"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
  generateTaggedPDF: true,
};

export interface PrintToPdfDeps extends SaveDialogDeps {
  writeFile: (file: string, data: Buffer) => Promise<void>;
}

/**
 * "Save as PDF": the save dialog first, then Chromium renders the window's print page (print
 * stylesheet: no app chrome, every row, headers on each page) to PDF bytes, written where chosen.
 */
export function electronPrintToPdf(deps: PrintToPdfDeps): SavePrintedPdf {
  return async ({ suggestedName }) => {
    const win = deps.window();
    if (win === null) return { saved: false, path: null };
    const chosen = await askSavePath(deps, { title: TITLES.pdf, suggestedName, filter: FILTERS.pdf });
    if (chosen === null) return { saved: false, path: null };
    const bytes = await win.webContents.printToPDF(PRINT_TO_PDF_OPTIONS);
    await deps.writeFile(chosen, bytes);
    return { saved: true, path: chosen };
  };
}

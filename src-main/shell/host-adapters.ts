import type { BrowserWindow, Dialog, Shell } from 'electron';
import { join } from 'node:path';
import type { LinkOpener, OpenPdfExternally, SaveCopy } from '../services/types';
import { openExternalSafely } from './open-external';

/**
 * The Electron implementations of the host services the command handlers take (the web host has its
 * own): links to the default browser, "save a copy" through the save dialog, "open in your PDF viewer"
 * through the OS. Electron objects are injected.
 */

export function electronLinkOpener(shell: Pick<Shell, 'openExternal'>): LinkOpener {
  return async (url) => {
    if (!(await openExternalSafely(url, shell))) throw new Error('Your web browser could not be opened for this link.');
  };
}

export interface SaveCopyDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  /** The window the dialog belongs to (null: an unparented dialog). */
  window: () => BrowserWindow | null;
  /** app.getPath('downloads') */
  downloadsDir: () => string;
  copyFile: (from: string, to: string) => Promise<void>;
}

export function electronSaveCopy(deps: SaveCopyDeps): SaveCopy {
  return async (file) => {
    const options = {
      title: 'Save a copy of the invoice',
      defaultPath: join(deps.downloadsDir(), file.suggestedName),
      filters: [{ name: 'PDF documents', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<'createDirectory' | 'showOverwriteConfirmation'>,
    };
    const win = deps.window();
    const result = win ? await deps.dialog.showSaveDialog(win, options) : await deps.dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return { saved: false, path: null };
    await deps.copyFile(file.path, result.filePath);
    return { saved: true, path: result.filePath };
  };
}

/** Opens the cached PDF with the system's default PDF viewer; only ever a path the PDF cache made. */
export function electronOpenPdf(shell: Pick<Shell, 'openPath'>): OpenPdfExternally {
  return async (file) => {
    if (!file.path.toLowerCase().endsWith('.pdf')) return false;
    return (await shell.openPath(file.path)) === '';
  };
}

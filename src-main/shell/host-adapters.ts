import type { Shell } from 'electron';
import type { LinkOpener, OpenPdfExternally, SaveCopy } from '../services/types';
import { askSavePath, type SaveDialogDeps } from './export-adapters';
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

export interface SaveCopyDeps extends SaveDialogDeps {
  copyFile: (from: string, to: string) => Promise<void>;
}

export function electronSaveCopy(deps: SaveCopyDeps): SaveCopy {
  return async (file) => {
    const chosen = await askSavePath(deps, { title: 'Save a copy of the invoice', suggestedName: file.suggestedName, filter: { name: 'PDF documents', extensions: ['pdf'] } });
    if (chosen === null) return { saved: false, path: null };
    await deps.copyFile(file.path, chosen);
    return { saved: true, path: chosen };
  };
}

/** Opens the cached PDF with the system's default PDF viewer; only ever a path the PDF cache made. */
export function electronOpenPdf(shell: Pick<Shell, 'openPath'>): OpenPdfExternally {
  return async (file) => {
    if (!file.path.toLowerCase().endsWith('.pdf')) return false;
    return (await shell.openPath(file.path)) === '';
  };
}

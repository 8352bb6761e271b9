/** What an export tells the user when it ends: plain sentences with what to do next. */

const count = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function where(path: string | null, downloaded: boolean, fileName: string): string {
  if (downloaded) return `${fileName} (in your browser's downloads)`;
  return path ?? fileName;
}

export function tableDoneMessage(rows: number, fileName: string, path: string | null, downloaded: boolean): string {
  return `Exported ${count(rows, 'invoice')} to ${where(path, downloaded, fileName)}.`;
}

export function zipDoneMessage(result: { added: number; skipped: number; failed: number }, fileName: string, path: string | null, downloaded: boolean): string {
  const parts = [result.added === 0 ? 'No PDF was saved.' : `Saved ${count(result.added, 'PDF')} in ${where(path, downloaded, fileName)}.`];
  if (result.skipped > 0) parts.push(`${count(result.skipped, 'invoice has', 'invoices have')} no PDF and ${result.skipped === 1 ? 'was' : 'were'} skipped.`);
  if (result.failed > 0) parts.push(`${count(result.failed, 'PDF')} could not be downloaded (offline, or refused by the provider); download the ZIP again to retry.`);
  return parts.join(' ');
}

export const CANCELLED_MESSAGE = 'Export cancelled; nothing was saved.';

/** A failure in the user's words: what the file system said, never a stack or a path inside the app. */
export function failedMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason =
    code === 'ENOSPC'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'Invoice Inbox may not write to that folder'
        : code === 'ENOENT'
          ? 'the folder no longer exists'
          : 'something went wrong while writing it';
  return `The export could not be saved: ${reason}. Choose another folder or free some space, then export again.`;
}

import { spawn } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { EventSink } from '../services/commands';
import type { LinkOpener, SaveCopy } from '../services/types';
import type { OpenedLink } from './server';

/** How many opened links GET /api/test/opened-links remembers. */
const OPENED_LINKS_KEPT = 50;

/**
 * "Open link" in the web host: there is no OS browser to hand it to, so it goes back to the page
 * ('links:opened', which the page opens itself) and into a short log tests read.
 */
export function webLinkOpener(events: EventSink, log: OpenedLink[], now: () => number = Date.now): LinkOpener {
  return async (url, info) => {
    log.push({ ...info, url, at: new Date(now()).toISOString() });
    if (log.length > OPENED_LINKS_KEPT) log.splice(0, log.length - OPENED_LINKS_KEPT);
    events.emit('links:opened', { ...info, url });
  };
}

/** "Save a copy" in the web host: into `<dataDir>/downloads/` (never overwriting an earlier copy). */
export function downloadsSaveCopy(dataDir: string): SaveCopy {
  return async (file) => {
    const dir = path.join(dataDir, 'downloads');
    await mkdir(dir, { recursive: true });
    const ext = path.extname(file.suggestedName);
    const stem = file.suggestedName.slice(0, file.suggestedName.length - ext.length);
    for (let n = 1; n < 1000; n += 1) {
      const target = path.join(dir, n === 1 ? file.suggestedName : `${stem} (${n})${ext}`);
      try {
        await copyFile(file.path, target, 1 /* COPYFILE_EXCL */);
        return { saved: true, path: target };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    return { saved: false, path: null };
  };
}

/** The command that opens `target` (a file path or an address) in the desktop's default browser. */
export function browserCommand(target: string, platform: NodeJS.Platform = process.platform): [string, string[]] {
  if (platform === 'darwin') return ['open', [target]];
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', target]];
  return ['xdg-open', [target]];
}

/**
 * Opens `target` in the default browser (best effort, detached). Its arguments are readable by every
 * local user: hand it the launch page's path (launch-page.ts), never an address with the token.
 */
export function openInBrowser(target: string, platform: NodeJS.Platform = process.platform): void {
  const [command, args] = browserCommand(target, platform);
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}

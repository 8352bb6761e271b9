import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Opening the web host in the user's browser without putting the token on a command line (every
 * local user can read another process's arguments through /proc or `ps`). The address with its
 * `#token=` goes into a small HTML file readable by this user only (0600, in a fresh 0700 folder
 * under $XDG_RUNTIME_DIR or the temp dir); the browser is started with that file's path, and the file
 * sends it on to the address. The host deletes the file as soon as the page made its first
 * authorized request (or after two minutes, or when it stops).
 */
export interface LaunchPage {
  file: string;
  remove(): Promise<void>;
}

export const LAUNCH_PAGE_LIFETIME_MS = 120_000;

/** $XDG_RUNTIME_DIR (per user, 0700, in memory) when there is one, else the temp dir. */
export function launchPageParent(env: NodeJS.ProcessEnv = process.env): string {
  const runtime = env.XDG_RUNTIME_DIR?.trim();
  return runtime && path.isAbsolute(runtime) && existsSync(runtime) ? runtime : tmpdir();
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function launchPageHtml(url: string): string {
  const href = escapeHtml(url);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="referrer" content="no-referrer" />
    <meta http-equiv="refresh" content="0; url=${href}" />
    <title>Opening Invoice Inbox…</title>
  </head>
  <body>
    <p><a href="${href}">Open Invoice Inbox</a></p>
  </body>
</html>
`;
}

export async function writeLaunchPage(url: string, parent: string = launchPageParent()): Promise<LaunchPage> {
  // mkdtemp creates the folder with mode 0700; the file is created new (wx) with mode 0600.
  const dir = await mkdtemp(path.join(parent, 'invoice-inbox-launch-'));
  const file = path.join(dir, 'open-invoice-inbox.html');
  await writeFile(file, launchPageHtml(url), { mode: 0o600, flag: 'wx' });
  let removed = false;
  return {
    file,
    remove: async () => {
      if (removed) return;
      removed = true;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

import { constants, createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { contentType } from '../services/static-files';

export const API_SCRIPT_PATH = '/__host/api.js';
const API_SCRIPT_TAG = `<script src="${API_SCRIPT_PATH}"></script>`;

/**
 * Streams a regular file; false when there is none (the caller answers 404 or falls back). The file is
 * opened without following a final symbolic link (O_NOFOLLOW where the OS has it), so a file swapped
 * for a link after resolveStaticPath looked is not served either.
 */
export async function sendFile(res: ServerResponse, file: string, headers: Record<string, string> = {}): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return false;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return false;
    res.writeHead(200, { 'content-type': contentType(file), 'content-length': String(info.size), ...headers });
    await new Promise<void>((resolve, reject) => {
      createReadStream('', { fd: handle.fd, autoClose: false }).on('error', reject).on('end', resolve).pipe(res);
    });
    return true;
  } catch {
    return false;
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * The app's index.html with the browser API loaded as a same-origin script (the CSP allows no inline
 * script) before the app's own module script, so `window.invoiceInbox` exists when the app starts.
 */
export function injectApiScript(html: string): string {
  if (html.includes(API_SCRIPT_TAG)) return html;
  const firstScript = html.search(/<script\b/i);
  if (firstScript >= 0) return `${html.slice(0, firstScript)}${API_SCRIPT_TAG}\n    ${html.slice(firstScript)}`;
  const headEnd = html.search(/<\/head>/i);
  if (headEnd >= 0) return `${html.slice(0, headEnd)}  ${API_SCRIPT_TAG}\n  ${html.slice(headEnd)}`;
  return `${API_SCRIPT_TAG}\n${html}`;
}

/** Shown when the renderer has not been built (the API still works: tests and curl can use it). */
export const PLACEHOLDER_INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Invoice Inbox (web host)</title>
  </head>
  <body>
    <p>The renderer is not built yet: run <code>npx electron-vite build</code> and reload.</p>
  </body>
</html>
`;

export async function loadIndexHtml(rendererDir: string): Promise<string> {
  try {
    return injectApiScript(await readFile(path.join(rendererDir, 'index.html'), 'utf8'));
  } catch {
    return injectApiScript(PLACEHOLDER_INDEX);
  }
}

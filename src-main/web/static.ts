import { constants, createReadStream } from 'node:fs';
import { open, readFile, realpath } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

export const API_SCRIPT_PATH = '/__host/api.js';
const API_SCRIPT_TAG = `<script src="${API_SCRIPT_PATH}"></script>`;

/**
 * The file under `root` a URL path names, or null for anything that escapes it: `..` (encoded or not),
 * a NUL, or a symbolic link anywhere below the root (a link inside out/renderer could point anywhere
 * on the disk). A path that does not exist comes back as is: the caller answers 404 or the app page.
 */
export async function resolveStaticPath(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const absoluteRoot = path.resolve(root);
  const file = path.resolve(absoluteRoot, `.${path.posix.normalize(`/${decoded}`)}`);
  if (file === absoluteRoot || !file.startsWith(absoluteRoot + path.sep)) return null;
  let real: string;
  let realRoot: string;
  try {
    [real, realRoot] = await Promise.all([realpath(file), realpath(absoluteRoot)]);
  } catch {
    return file;
  }
  return real === path.join(realRoot, path.relative(absoluteRoot, file)) ? file : null;
}

export function contentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

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

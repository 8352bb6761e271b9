import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { contentType, resolveStaticPath } from '../services/static-files';

/**
 * The renderer is served from `app://invoice-inbox/` instead of file://. Under file:// the page's
 * origin spans every local file ('self' in the CSP would allow any of them, and Electron grants
 * file:// pages extra privileges); under app:// 'self' is exactly the built renderer folder, served by
 * this handler, which refuses `..`, encoded or not, and symbolic links.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'invoice-inbox';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * standard: relative URLs and a real origin; secure: a secure context like https. Module scripts and
 * the PDF worker are fetched in CORS mode (`crossorigin`), which a custom scheme must allow for
 * same-origin loads (no Access-Control header is ever sent, so no other origin can read it).
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
};

/** Must run before the app is ready (Electron's rule for privileged schemes). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

export interface AppProtocolOptions {
  /** out/renderer */
  rendererDir: string;
  /** The Content-Security-Policy header every answer carries (csp.ts). */
  csp: string;
  read?: (file: string) => Promise<Buffer>;
}

/** The app:// handler for protocol.handle: GET of a file under the renderer folder, or an error status. */
export function appProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const read = options.read ?? ((file: string) => readFile(file));
  const answer = (status: number, text: string): Response => new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' } });
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return answer(400, 'Bad request.');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return answer(404, 'Not found.');
    if (request.method !== 'GET' && request.method !== 'HEAD') return answer(405, 'Method not allowed.');
    const pathname = url.pathname === '/' ? '/index.html' : url.pathname;
    const file = await resolveStaticPath(options.rendererDir, pathname);
    if (file === null) return answer(404, 'Not found.');
    let body: Buffer;
    try {
      body = await read(file);
    } catch {
      return answer(404, 'Not found.');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'content-type': contentType(file),
        'content-security-policy': options.csp,
        'x-content-type-options': 'nosniff',
        'cache-control': path.basename(file) === 'index.html' ? 'no-store' : 'max-age=31536000, immutable',
      },
    });
  };
}

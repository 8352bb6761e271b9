import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { CommandResult } from '../../src-shared/contract';
import { dispatch } from '../services/dispatch';
import type { CommandHandlers } from '../services/commands';
import type { SseHub } from './sse';
import { resolveStaticPath } from '../services/static-files';
import { contentDisposition, DOWNLOAD_PATH_PREFIX, type DownloadRegistry } from './downloads';
import { API_SCRIPT_PATH, loadIndexHtml, sendFile } from './static';
import { headerToken, hostAllowed, originAllowed, tokenMatches } from './token';

export interface OpenedLink {
  invoiceId: string;
  which: 'pay' | 'receipt';
  url: string;
  at: string;
}

export interface WebServerOptions {
  handlers: CommandHandlers;
  hub: SseHub;
  token: string;
  /** out/renderer */
  rendererDir: string;
  /** out/web/api.js */
  apiScriptFile: string;
  csp: string;
  openedLinks: () => readonly OpenedLink[];
  /** 0 picks a free port. */
  port: number;
  /** Called on every request the token authorized (the host removes its launch page after the first). */
  onAuthorized?: () => void;
  /** Finished exports the page may fetch (GET /api/download/<id>). */
  downloads?: Pick<DownloadRegistry, 'get'>;
  /** Failures the error table had no words for (developers' text, never shown to the page). */
  log?: (line: string) => void;
}

export interface WebServer {
  port: number;
  /** The address to open, the token in its fragment (`#token=`: never sent to a server, removed by the page). */
  url: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;
const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'same-origin',
};

/**
 * The web host's HTTP server: 127.0.0.1 only, Host header checked (DNS rebinding). The API (POST
 * /api/invoke/:name through dispatch(), GET /api/events as SSE, GET /api/download/:id for finished
 * exports, GET /api/test/opened-links) needs the
 * per-launch token in a header; no cookie is ever set (cookies ignore ports, so every other server on
 * 127.0.0.1 would receive it) and no query token is read (addresses end up in history and logs). The
 * built renderer is served without the token: it is the app's public code and holds nothing secret.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  let port = options.port;
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'The web host failed to answer this request.');
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req.headers.host, port)) return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden host.');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    if (url.pathname.startsWith('/api/')) {
      if (req.method === 'POST' && url.pathname.startsWith('/api/invoke/') && !originAllowed(req.headers.origin, port)) {
        return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden origin.');
      }
      if (!tokenMatches(headerToken(req), options.token)) return unauthorized(res);
      options.onAuthorized?.();
      if (req.method === 'POST' && url.pathname.startsWith('/api/invoke/')) {
        const name = decodedName(url.pathname.slice('/api/invoke/'.length));
        if (name === null) return send(res, 400, 'text/plain; charset=utf-8', 'Malformed command name.');
        return invoke(req, res, name);
      }
      if (req.method === 'GET' && url.pathname === '/api/events') return options.hub.attach(res);
      if (req.method === 'GET' && url.pathname.startsWith(DOWNLOAD_PATH_PREFIX)) return download(res, url.pathname.slice(DOWNLOAD_PATH_PREFIX.length));
      if (req.method === 'GET' && url.pathname === '/api/test/opened-links') {
        return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(options.openedLinks()));
      }
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed.');
    return serveStatic(res, url.pathname);
  }

  async function invoke(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    let args: unknown;
    try {
      const body = await readBody(req);
      args = body.length === 0 ? {} : (JSON.parse(body.toString('utf8')) as unknown);
    } catch (error) {
      const tooLarge = error instanceof BodyTooLarge;
      const result: CommandResult<never> = {
        ok: false,
        error: { code: 'invalid_args', message: tooLarge ? 'The request is too large.' : 'The request body is not valid JSON.' },
      };
      return send(res, tooLarge ? 413 : 400, 'application/json; charset=utf-8', JSON.stringify(result));
    }
    const result = await dispatch(options.handlers, name, args, options.log);
    send(res, 200, 'application/json; charset=utf-8', JSON.stringify(result));
  }

  async function download(res: ServerResponse, id: string): Promise<void> {
    const entry = options.downloads?.get(id) ?? null;
    const headers = { ...COMMON_HEADERS, 'cache-control': 'no-store', 'content-disposition': entry ? contentDisposition(entry.fileName) : 'attachment' };
    if (entry && (await sendFile(res, entry.file, headers))) return;
    send(res, 404, 'text/plain; charset=utf-8', 'This export is no longer available: export again.');
  }

  async function serveStatic(res: ServerResponse, pathname: string): Promise<void> {
    const headers = { ...COMMON_HEADERS, 'content-security-policy': options.csp };
    if (pathname === API_SCRIPT_PATH) {
      if (await sendFile(res, options.apiScriptFile, { ...headers, 'cache-control': 'no-store' })) return;
      return send(res, 503, 'text/plain; charset=utf-8', 'The browser API is not built: run npm run build.');
    }
    if (pathname !== '/' && pathname !== '/index.html') {
      const file = await resolveStaticPath(options.rendererDir, pathname);
      if (file === null) return send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
      if (await sendFile(res, file, headers)) return;
      // Unknown paths with a file extension are missing files; anything else is an app route.
      if (path.extname(pathname) !== '') return send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
    }
    const html = await loadIndexHtml(options.rendererDir);
    res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    url: `http://127.0.0.1:${port}/#token=${options.token}`,
    close: () =>
      new Promise<void>((resolve) => {
        options.hub.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { ...COMMON_HEADERS, 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function unauthorized(res: ServerResponse): void {
  send(res, 401, 'text/plain; charset=utf-8', 'Missing or wrong token: open the address the web host printed.');
}

/** The command name from the path, or null when its %-escapes are malformed (a 400, not a 500). */
function decodedName(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the limit the rest is drained (not kept), so the 413 answer still reaches the client.
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => (size > MAX_BODY_BYTES ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

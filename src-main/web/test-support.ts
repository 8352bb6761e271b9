/** Helpers for the web host's tests: raw HTTP requests (any Host header) and a started server on fakes. */
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCommandService } from '../services/handlers';
import { TOKEN_HEADER } from './browser/browser-api';
import { harness, type Harness } from '../services/test-support';
import { startWebServer, type OpenedLink, type WebServer } from './server';
import { SseHub } from './sse';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export function raw(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: { host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Opens an event stream (the token in a header) and collects its text until closed. */
export function openStream(port: number, streamPath: string, token: string): Promise<{ res: IncomingMessage; text: () => string; close: () => void }> {
  return new Promise((resolve, reject) => {
    let text = '';
    const req = httpRequest({ host: '127.0.0.1', port, path: streamPath, headers: { host: `127.0.0.1:${port}`, [TOKEN_HEADER]: token } }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('error', () => undefined);
      resolve({ res, text: () => text, close: () => req.destroy() });
    });
    req.on('error', reject);
    req.end();
  });
}

export async function until(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export interface ServerFixture {
  server: WebServer;
  hub: SseHub;
  h: Harness;
  token: string;
  opened: OpenedLink[];
  dir: string;
  close(): Promise<void>;
}

export const TEST_CSP = "default-src 'self'; script-src 'self'";
export const TEST_INDEX = '<!doctype html><html><head><title>t</title><script type="module" src="/assets/app.js"></script></head><body></body></html>';

export async function startTestServer(): Promise<ServerFixture> {
  const dir = await mkdtemp(path.join(tmpdir(), 'web-host-test-'));
  await mkdir(path.join(dir, 'renderer', 'assets'), { recursive: true });
  await writeFile(path.join(dir, 'renderer', 'index.html'), TEST_INDEX);
  await writeFile(path.join(dir, 'renderer', 'assets', 'app.js'), 'console.log("app")');
  await writeFile(path.join(dir, 'api.js'), 'window.invoiceInbox = {}');
  const hub = new SseHub();
  const h = harness();
  h.deps.events = hub;
  const service = createCommandService(h.deps);
  const opened: OpenedLink[] = [];
  const token = 'test-token-0123456789';
  const server = await startWebServer({
    handlers: service.handlers,
    hub,
    token,
    rendererDir: path.join(dir, 'renderer'),
    apiScriptFile: path.join(dir, 'api.js'),
    csp: TEST_CSP,
    openedLinks: () => opened,
    port: 0,
  });
  return {
    server,
    hub,
    h,
    token,
    opened,
    dir,
    close: async () => {
      service.dispose();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

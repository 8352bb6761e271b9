/**
 * A real HTTP server on 127.0.0.1 for the security tests: it records every request it receives
 * (method, path, headers) and answers through a handler the test sets. Used where the point is what
 * actually crosses a socket: secrets sent after an address change, redirects, response sizes, PDF
 * addresses.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

export type LoopbackHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface LoopbackServer {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  readonly port: number;
  readonly requests: RecordedRequest[];
  /** Replaces the handler (default: 404 with an empty JSON object). */
  handle(handler: LoopbackHandler): void;
  close(): Promise<void>;
}

export async function startLoopbackServer(handler?: LoopbackHandler): Promise<LoopbackServer> {
  const requests: RecordedRequest[] = [];
  let current: LoopbackHandler =
    handler ??
    ((_req, res) => {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{}');
    });
  const server: Server = createServer((req, res) => {
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers });
    current(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    handle: (next) => {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Every header value any recorded request carried, flattened (to search for a leaked secret). */
export function headerValues(requests: readonly RecordedRequest[]): string[] {
  return requests.flatMap((request) => Object.values(request.headers).flatMap((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value])));
}

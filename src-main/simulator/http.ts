/** Response values and the writer that applies body faults (reset mid-body, malformed JSON). */
import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { BodyFault } from './faults';

export interface SimResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): SimResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(value) };
}

export function text(status: number, body: string, headers: Record<string, string> = {}): SimResponse {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers }, body };
}

export function html(status: number, body: string, headers: Record<string, string> = {}): SimResponse {
  return { status, headers: { 'content-type': 'text/html; charset=utf-8', ...headers }, body };
}

/** What nginx says in front of a sick app server. */
export function gatewayPage(status: number): SimResponse {
  const title = status === 502 ? '502 Bad Gateway' : status === 503 ? '503 Service Temporarily Unavailable' : `${status} Internal Server Error`;
  return html(status, `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`);
}

export function requestId(): string {
  return `req_${randomBytes(12).toString('hex')}`;
}

export function withHeaders(response: SimResponse, headers: Record<string, string>): SimResponse {
  return { ...response, headers: { ...headers, ...response.headers } };
}

/** One header's value (first of repeated ones). */
export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** The token of `Authorization: Bearer <token>`; undefined when absent or another scheme. */
export function bearer(headers: IncomingHttpHeaders): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header(headers, 'authorization') ?? '');
  return match?.[1];
}

/** A cookie's value from the Cookie header. */
export function cookie(headers: IncomingHttpHeaders, name: string): string | undefined {
  for (const part of (header(headers, 'cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

function malformed(body: Buffer, variant: 'truncated' | 'html' | 'empty'): Buffer {
  if (variant === 'empty') return Buffer.alloc(0);
  if (variant === 'html') return Buffer.from('<!DOCTYPE html><html><body><h1>Welcome</h1><p>Please sign in to continue.</p></body></html>');
  // A proper prefix of a JSON object or array is never valid JSON.
  const cut = Math.max(1, Math.min(body.length - 1, Math.floor(body.length * 0.6)));
  return body.subarray(0, cut);
}

/** Writes a response, applying a body fault if any. Resolves once written (or the socket is gone). */
export function send(res: ServerResponse, response: SimResponse, fault: BodyFault | null): Promise<void> {
  return new Promise((resolve) => {
    if (res.destroyed || res.writableEnded) {
      resolve();
      return;
    }
    let body = Buffer.isBuffer(response.body) ? response.body : Buffer.from(response.body, 'utf8');
    if (fault?.kind === 'malformedJson') body = malformed(body, fault.variant ?? 'truncated');
    res.writeHead(response.status, { ...response.headers, 'content-length': String(body.length) });
    if (fault?.kind === 'resetMidBody') {
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => {
        setImmediate(() => {
          res.socket?.destroy();
          resolve();
        });
      });
      return;
    }
    res.end(body, () => resolve());
  });
}

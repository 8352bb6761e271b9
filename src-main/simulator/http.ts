/** Response values, request header readers and the response writer. */
import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { ResponseWriter } from './intercept';

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

/** Writes a response (through `writer` when an interceptor gave one). Resolves once written (or the socket is gone). */
export function send(res: ServerResponse, response: SimResponse, writer: ResponseWriter | null): Promise<void> {
  if (res.destroyed || res.writableEnded) return Promise.resolve();
  const body = Buffer.isBuffer(response.body) ? response.body : Buffer.from(response.body, 'utf8');
  return writer ? writer.write(res, response, body) : writeWhole(res, response, body);
}

/** Writes `body` as the whole response with its content-length. */
export function writeWhole(res: ServerResponse, response: SimResponse, body: Buffer): Promise<void> {
  return new Promise((resolve) => {
    res.writeHead(response.status, { ...response.headers, 'content-length': String(body.length) });
    res.end(body, () => resolve());
  });
}

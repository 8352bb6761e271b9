import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TOKEN_HEADER } from './browser/browser-api';

/** A fresh token per launch: 32 random bytes, URL-safe. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The token of an API request: the `x-invoice-inbox-token` header or `Authorization: Bearer`. Never a
 * cookie (another server on 127.0.0.1 would receive it: cookies ignore ports) and never the query
 * string (addresses are kept in history, logs and Referer headers).
 */
export function headerToken(req: IncomingMessage): string | null {
  const custom = req.headers[TOKEN_HEADER];
  if (typeof custom === 'string' && custom !== '') return custom;
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return bearer?.[1] ?? null;
}

/** Constant-time comparison. */
export function tokenMatches(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * DNS rebinding guard: a page on evil.example that rebinds its name to 127.0.0.1 still sends
 * `Host: evil.example`, so only our own loopback names with our port are served.
 */
export function hostAllowed(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

/** A cross-origin write (another local page posting to us) is refused; a missing Origin (curl, tests) is fine. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

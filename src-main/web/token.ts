import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TOKEN_HEADER } from './browser/browser-api';

/** A fresh token per launch: 32 random bytes, URL-safe. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The cookie the page gets with index.html, so its assets and event stream carry the token. Port-scoped by name (cookies ignore ports). */
export function tokenCookieName(port: number): string {
  return `invoice_inbox_token_${port}`;
}

export function tokenCookie(port: number, token: string): string {
  return `${tokenCookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}

export type TokenSource = 'header' | 'query' | 'cookie';

/** Where a request may carry the token; API writes accept the header only (never a cookie: no CSRF). */
export function requestToken(req: IncomingMessage, url: URL, port: number, sources: readonly TokenSource[]): string | null {
  for (const source of sources) {
    const found = source === 'header' ? headerToken(req) : source === 'query' ? url.searchParams.get('token') : cookieToken(req, port);
    if (found) return found;
  }
  return null;
}

function headerToken(req: IncomingMessage): string | null {
  const custom = req.headers[TOKEN_HEADER];
  if (typeof custom === 'string' && custom !== '') return custom;
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return bearer?.[1] ?? null;
}

function cookieToken(req: IncomingMessage, port: number): string | null {
  const name = tokenCookieName(port);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
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

import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { Account } from '../../../src-shared/domain';

/**
 * Where a PDF link may send the app. A provider's PDF link is data from the provider: it must not make
 * the app reach this computer or the user's private network (a loopback admin port, the router, a
 * cloud metadata address). So: https to public addresses only, checked after DNS resolution and for
 * every redirect hop; plain http only for demo accounts (and developer mode), and only to their own
 * simulator on loopback.
 */

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** DNS: every address a host name resolves to (node:dns lookup with all:true by default). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((entry) => ({ address: entry.address, family: entry.family === 6 ? 6 : 4 }));

/**
 * What the invoice's account allows: a demo account on loopback (or, in developer mode, any account
 * pointed at the simulator on loopback) may fetch from that simulator's origin over http.
 */
export type PdfLinkPolicy = { kind: 'public' } | { kind: 'demo'; simulatorOrigin: string };

export function pdfLinkPolicy(account: Pick<Account, 'demo' | 'baseUrl'> | null, developerMode = false): PdfLinkPolicy {
  if (!account || (!account.demo && !developerMode) || account.baseUrl === null) return { kind: 'public' };
  try {
    const base = new URL(account.baseUrl);
    if (base.protocol === 'http:' && isLoopbackName(base.hostname)) return { kind: 'demo', simulatorOrigin: base.origin };
  } catch {
    // An unreadable base URL gets the strict policy.
  }
  return { kind: 'public' };
}

function isLoopbackName(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'));
}

/** Dotted IPv4 as four numbers, or null. */
function ipv4Parts(address: string): number[] | null {
  if (isIP(address) !== 4) return null;
  return address.split('.').map(Number);
}

/** An IPv6 address in the URL standard's canonical form (lower case, compressed, hex only). */
function canonicalIpv6(address: string): string {
  try {
    return new URL(`http://[${address}]/`).hostname.slice(1, -1);
  } catch {
    return address.toLowerCase();
  }
}

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or IPv4-compatible (::a.b.c.d) IPv6 address. */
function embeddedIpv4(canonical: string): string | null {
  const match = /^::(?:ffff:)?([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical);
  if (!match?.[1] || !match[2]) return null;
  const high = parseInt(match[1], 16);
  const low = parseInt(match[2], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

function isPublicIpv4(parts: number[]): boolean {
  const [a = 0, b = 0] = parts;
  if (a === 0 || a === 10 || a === 127) return false; // "this" network, private, loopback
  if (a === 100 && b >= 64 && b <= 127) return false; // carrier-grade NAT
  if (a === 169 && b === 254) return false; // link-local (cloud metadata)
  if (a === 172 && b >= 16 && b <= 31) return false;
  if (a === 192 && b === 168) return false;
  if (a === 192 && b === 0 && parts[2] === 0) return false; // IETF protocol assignments
  if (a === 198 && (b === 18 || b === 19)) return false; // benchmarking
  return a < 224; // multicast, reserved, broadcast
}

/** True for a globally routable address; false for loopback, private, link-local, unique-local and the like. */
export function isPublicAddress(address: string): boolean {
  const v4 = ipv4Parts(address);
  if (v4) return isPublicIpv4(v4);
  if (isIP(address) !== 6) return false;
  const lower = canonicalIpv6(address);
  const embedded = embeddedIpv4(lower);
  if (embedded !== null) return isPublicIpv4(embedded.split('.').map(Number));
  if (lower === '::' || lower === '::1') return false;
  const first = parseInt(lower.split(':')[0] || '0', 16);
  if ((first & 0xfe00) === 0xfc00) return false; // unique local fc00::/7
  if ((first & 0xffc0) === 0xfe80) return false; // link-local fe80::/10
  if ((first & 0xff00) === 0xff00) return false; // multicast
  if (lower.startsWith('64:ff9b:')) return false; // NAT64 can reach private IPv4
  return true;
}

export type AddressVerdict = { ok: true; addresses: ResolvedAddress[] | null } | { ok: false; reason: 'scheme' | 'address' };

/**
 * Checks one hop's URL under the policy. Public hops come back with the vetted addresses, so the
 * connection goes to exactly those (no second DNS answer in between); null means "connect as usual"
 * (the demo's own simulator).
 */
export async function vetPdfUrl(url: URL, policy: PdfLinkPolicy, resolve: Resolver): Promise<AddressVerdict> {
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'scheme' };
  if (policy.kind === 'demo' && url.origin === policy.simulatorOrigin) return { ok: true, addresses: null };
  if (url.protocol !== 'https:') return { ok: false, reason: 'scheme' };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const family = isIP(host);
  const addresses: ResolvedAddress[] = family !== 0 ? [{ address: host, family: family === 6 ? 6 : 4 }] : await resolve(host);
  if (addresses.length === 0 || !addresses.every((entry) => isPublicAddress(entry.address))) return { ok: false, reason: 'address' };
  return { ok: true, addresses };
}

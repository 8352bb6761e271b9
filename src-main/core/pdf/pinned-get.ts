import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { Readable } from 'node:stream';
import type { ResolvedAddress } from './address-policy';

export interface PinnedInit {
  signal: AbortSignal;
  headers: Record<string, string>;
  /** Connect only to these (already vetted) addresses; null connects as usual. */
  addresses: ResolvedAddress[] | null;
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * A GET over node:http(s) that connects to the addresses the PDF address policy vetted, so a DNS
 * answer that changes between the check and the connection (DNS rebinding) cannot point it elsewhere.
 * TLS still checks the certificate against the URL's host name. Redirects are not followed (the
 * caller vets each hop). Answers a WHATWG Response whose body streams.
 *
 * Connections stay open for the next PDF (no new TCP and TLS handshake per preview), but only for a
 * request vetted to the same addresses: each set of vetted addresses has its own keep-alive pool
 * (which also keys by host and port), so no request rides a connection made for another DNS answer.
 */
export function pinnedGet(url: string, init: PinnedInit): Promise<Response> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const lookup = init.addresses ? pinnedLookup(init.addresses) : undefined;
  const agent = poolFor(target.protocol, init.addresses);
  return new Promise<Response>((resolve, reject) => {
    const req = send(target, { method: 'GET', headers: init.headers, signal: init.signal, agent, ...(lookup ? { lookup } : {}) }, (res) => resolve(toResponse(res)));
    req.on('error', reject);
    req.end();
  });
}

/** Pools kept (the most recently used); the idle connections of an older one are closed. */
const MAX_POOLS = 16;
const pools = new Map<string, HttpAgent>();

function poolFor(protocol: string, addresses: ResolvedAddress[] | null): HttpAgent {
  const key = `${protocol} ${addresses === null ? '(as usual)' : addresses.map((entry) => entry.address).join(' ')}`;
  // Idle connections do not keep the process alive (Node unrefs them) and close after 5 s, as with Node's global agent.
  const options = { keepAlive: true, timeout: 5_000, scheduling: 'lifo' as const };
  const pool = pools.get(key) ?? (protocol === 'https:' ? new HttpsAgent(options) : new HttpAgent(options));
  pools.delete(key);
  pools.set(key, pool);
  if (pools.size > MAX_POOLS) {
    const [oldest, stale] = pools.entries().next().value as [string, HttpAgent];
    pools.delete(oldest);
    // A download still running on it finishes; its connection then times out idle.
    for (const sockets of Object.values(stale.freeSockets)) for (const socket of sockets ?? []) socket.destroy();
  }
  return pool;
}

function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const first = addresses[0];
    if (options.all) (callback as (error: null, all: ResolvedAddress[]) => void)(null, addresses);
    else if (first) callback(null, first.address, first.family);
    else callback(Object.assign(new Error('no vetted address'), { code: 'ENOTFOUND' }), '', 4);
  };
}

function toResponse(res: IncomingMessage): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const status = res.statusCode ?? 502;
  if (NULL_BODY_STATUSES.has(status) || status < 200) {
    res.resume();
    return new Response(null, { status: status < 200 ? 502 : status, headers });
  }
  return new Response(Readable.toWeb(res) as ReadableStream<Uint8Array>, { status, headers });
}

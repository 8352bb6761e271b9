/**
 * Findings 3 and 4 of the security review, against real loopback HTTP servers and Node's own fetch:
 * redirects are followed only within the same origin (the credential never goes elsewhere), and a
 * page's body is capped on its decoded size (a large page or a gzip bomb is abandoned at the cap).
 */
import type { ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { Account } from '../../../src-shared/domain';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openTestInbox } from '../testing/test-workspace';
import { MemoryCredentialStore } from '../credentials/memory-store';
import { isUserFacingError, type UserFacingError } from '../errors';
import { makeRecords } from '../testing/fake-provider';
import { headerValues, startLoopbackServer, type LoopbackServer } from '../testing/loopback-server';
import { createTestConnector } from '../testing/test-connector';
import { RateLimiter } from './rate-limiter';
import { fetchPage, type FetchPageOptions } from './request';
import { systemClock } from './types';

const SECRET = 'sk_live_REDIRECT_ME_NOT';
const account: Account = { id: 'acc-1', provider: 'commet', label: 'Main', baseUrl: null, createdAt: '2026-01-01T00:00:00.000Z', demo: false };
const PAGE = JSON.stringify({ items: makeRecords(3), next: null, total: 3 });

let provider: LoopbackServer;
let elsewhere: LoopbackServer;

beforeEach(async () => {
  provider = await startLoopbackServer();
  elsewhere = await startLoopbackServer((_req, res) => res.end(PAGE));
});

afterEach(async () => {
  await Promise.all([provider.close(), elsewhere.close()]);
});

function run(extra: Partial<FetchPageOptions> = {}) {
  const connector = createTestConnector({ pagination: 'cursor', provider: 'commet' });
  return fetchPage({
    connector,
    ctx: { account, baseUrl: `${provider.origin}/api`, secret: SECRET, nowMs: Date.now() },
    cursor: null,
    pageLabel: 'page 1',
    fetch: (url, init) => fetch(url, init),
    clock: systemClock,
    limiter: new RateLimiter(connector.rateLimit, systemClock),
    random: () => 0,
    counter: { requests: 0 },
    timeoutMs: 10_000,
    maxAttempts: 3,
    backoff: { baseMs: 1, capMs: 1, jitter: 'none' },
    ...extra,
  });
}

async function failure(promise: Promise<unknown>): Promise<UserFacingError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isUserFacingError(error)) throw new Error(`expected a UserFacingError, got ${String(error)}`);
  expect(JSON.stringify(error.info)).not.toContain(SECRET);
  return error;
}

function redirect(res: ServerResponse, location: string, status = 302): void {
  res.writeHead(status, { location });
  res.end();
}

describe('redirects (real loopback servers)', () => {
  it('refuses a redirect to another origin: the other site receives nothing, the account fails clearly', async () => {
    provider.handle((_req, res) => redirect(res, `${elsewhere.origin}/collect`));
    const error = await failure(run());
    expect(error.kind).toBe('config');
    expect(error.info.action).toBe('check_base_url');
    expect(error.message).toContain(`Commet sent the request on to another site (127.0.0.1:${elsewhere.port}), so it was not followed`);
    expect(elsewhere.requests).toEqual([]);
    expect(provider.requests).toHaveLength(1);
  });

  it.each([301, 303, 307, 308])('refuses a %i to another origin too', async (status) => {
    provider.handle((_req, res) => redirect(res, `${elsewhere.origin}/collect`, status));
    expect((await failure(run())).kind).toBe('config');
    expect(elsewhere.requests).toEqual([]);
  });

  it('follows a redirect within the same origin, with the credential', async () => {
    provider.handle((req, res) => (req.url?.startsWith('/api/') ? redirect(res, '/v2/invoices?limit=100') : res.end(PAGE)));
    const page = await run();
    expect(page.invoices).toHaveLength(3);
    expect(provider.requests.map((request) => request.path)).toEqual(['/api/invoices?limit=100', '/v2/invoices?limit=100']);
    expect(headerValues(provider.requests)).toContain(`Bearer ${SECRET}`);
  });

  it('stops a redirect loop within the same origin', async () => {
    provider.handle((_req, res) => redirect(res, '/again'));
    expect((await failure(run())).message).toContain('another site (a loop of redirects)');
    expect(provider.requests.length).toBe(6);
  });
});

function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

describe('through the sync engine, with the real Commet connector', () => {
  it("never sends Commet's x-api-key to the site a redirect names, and keeps the last good invoices", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'redirect-engine-'));
    try {
      const inbox = await openTestInbox(dataDir, { credentials: new MemoryCredentialStore(), developerMode: true });
      const added = await inbox.addAccount({ provider: 'commet', label: 'Billing', baseUrl: provider.origin, secret: SECRET });
      provider.handle((_req, res) => redirect(res, `${elsewhere.origin}/api/v1/invoices`, 307));
      const [result] = await inbox.sync();
      expect(result?.ok).toBe(false);
      expect(result?.error?.kind).toBe('config');
      expect(result?.error?.message).toContain('so it was not followed');
      expect(elsewhere.requests).toEqual([]);
      expect(headerValues(provider.requests)).toContain(SECRET);
      expect(inbox.syncStates().find((state) => state.accountId === added.id)?.phase).toBe('error');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

/** Streams `total` bytes of a JSON-looking body, honouring backpressure; resolves with what was written. */
function streamBody(res: ServerResponse, total: number): Promise<number> {
  res.writeHead(200, { 'content-type': 'application/json' });
  const chunk = Buffer.alloc(256 * 1024, 0x20);
  return (async () => {
    let written = 0;
    res.write('{"items":[],"pad":"');
    while (written < total && !res.destroyed) {
      written += chunk.length;
      if (!res.write(chunk)) await drainedOrClosed(res);
    }
    res.end('"}');
    return written;
  })();
}

describe('response size cap (real loopback servers)', () => {
  it('abandons a page past the cap while it streams, and does not retry it', async () => {
    const total = 256 * 1024 * 1024;
    let written: Promise<number> = Promise.resolve(0);
    provider.handle((_req, res) => {
      written = streamBody(res, total);
    });
    const error = await failure(run({ maxResponseBytes: 1024 * 1024 }));
    expect(error.kind).toBe('bad_response');
    expect(error.message).toBe(
      'Commet sent a page larger than 1 MB (page 1), so it was not read. Nothing from this sync was saved; your last synced invoices are kept. Try again later or contact Commet if it persists.',
    );
    expect(provider.requests).toHaveLength(1);
    expect(await written).toBeLessThan(total / 4);
  });

  it('counts a gzip body after inflation: a 200 KB bomb is stopped at the cap', async () => {
    const inflated = Buffer.concat([Buffer.from('{"items":[],"pad":"'), Buffer.alloc(64 * 1024 * 1024, 0x20), Buffer.from('"}')]);
    const bomb = gzipSync(inflated, { level: 9 });
    expect(bomb.length).toBeLessThan(200 * 1024);
    provider.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(bomb.length) });
      res.end(bomb);
    });
    const error = await failure(run({ maxResponseBytes: 2 * 1024 * 1024 }));
    expect(error.message).toContain('larger than 2 MB');
    expect(provider.requests).toHaveLength(1);
  });

  it('refuses a declared Content-Length over the cap before reading', async () => {
    provider.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(8 * 1024 * 1024) });
      res.write('{"items":');
    });
    expect((await failure(run({ maxResponseBytes: 1024 * 1024 }))).kind).toBe('bad_response');
  });

  it('reads a page under the cap (gzip included) as before', async () => {
    provider.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(gzipSync(PAGE));
    });
    expect((await run({ maxResponseBytes: 64 * 1024 })).invoices).toHaveLength(3);
  });

  it('cuts a large error body to its start and still classifies the error', async () => {
    provider.handle((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end(Buffer.alloc(8 * 1024 * 1024, 0x41));
    });
    const error = await failure(run());
    expect(error.kind).toBe('config');
    expect(error.message).toBe('Commet was not found at this address.');
  });
});

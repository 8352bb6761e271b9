import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from './browser/browser-api';
import { openStream, raw, startTestServer, TEST_CSP, type ServerFixture } from './test-support';

let f: ServerFixture;
let port: number;

beforeEach(async () => {
  f = await startTestServer();
  port = f.server.port;
});

afterEach(async () => {
  await f.close();
});

const invoke = (name: string, body: unknown, headers: Record<string, string> = {}) =>
  raw(port, { method: 'POST', path: `/api/invoke/${name}`, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('web host: token and Host guard', () => {
  it('prints a loopback URL with the token in its fragment (never sent to a server)', () => {
    expect(f.server.url).toBe(`http://127.0.0.1:${port}/#token=${f.token}`);
  });

  it('refuses the API without the token in a header (401)', async () => {
    expect((await invoke('app:info', {})).status).toBe(401);
    expect((await invoke('app:info', {}, { [TOKEN_HEADER]: 'wrong' })).status).toBe(401);
    expect((await raw(port, { path: '/api/events' })).status).toBe(401);
    expect((await raw(port, { path: '/api/test/opened-links' })).status).toBe(401);
  });

  it('never reads the token from the query string or a cookie', async () => {
    expect((await raw(port, { path: `/api/events?token=${f.token}` })).status).toBe(401);
    expect((await raw(port, { path: `/api/test/opened-links?token=${f.token}` })).status).toBe(401);
    expect((await invoke(`app:info?token=${f.token}`, {})).status).toBe(401);
    for (const name of [`invoice_inbox_token_${port}`, 'token']) {
      expect((await invoke('app:info', {}, { cookie: `${name}=${f.token}` })).status).toBe(401);
      expect((await raw(port, { path: '/api/events', headers: { cookie: `${name}=${f.token}` } })).status).toBe(401);
    }
  });

  it('sets no cookie on any response (cookies ignore ports: every server on 127.0.0.1 would get it)', async () => {
    const responses = [
      await raw(port, { path: '/' }),
      await raw(port, { path: `/?token=${f.token}` }),
      await raw(port, { path: '/index.html' }),
      await raw(port, { path: '/assets/app.js' }),
      await raw(port, { path: '/__host/api.js' }),
      await invoke('app:info', {}, { [TOKEN_HEADER]: f.token }),
      await invoke('app:info', {}),
      await raw(port, { path: '/api/test/opened-links', headers: { [TOKEN_HEADER]: f.token } }),
    ];
    const stream = await openStream(port, '/api/events', f.token);
    stream.close();
    for (const headers of [...responses.map((response) => response.headers), stream.res.headers]) expect(headers['set-cookie']).toBeUndefined();
  });

  it('refuses a foreign Host header (DNS rebinding) with 403 even with the token', async () => {
    const evil = await raw(port, { path: '/', headers: { host: `evil.example:${port}` } });
    expect(evil.status).toBe(403);
    const otherPort = await invoke('app:info', {}, { [TOKEN_HEADER]: f.token, host: `127.0.0.1:${port + 1}` });
    expect(otherPort.status).toBe(403);
    expect((await raw(port, { path: '/', headers: { host: `localhost:${port}` } })).status).toBe(200);
  });

  it('refuses a cross-origin write (403)', async () => {
    expect((await invoke('app:info', {}, { [TOKEN_HEADER]: f.token, origin: 'http://127.0.0.1:1' })).status).toBe(403);
  });

  it('answers a malformed %-escape in a command name with 400, not 500', async () => {
    for (const name of ['%', 'app%3', '%E0%A4%A']) {
      const response = await raw(port, { method: 'POST', path: `/api/invoke/${name}`, headers: { [TOKEN_HEADER]: f.token }, body: '{}' });
      expect(response.status).toBe(400);
    }
  });
});

describe('web host: page', () => {
  it('serves index.html (no secret in it) with the CSP header and the API script before the app script', async () => {
    const page = await raw(port, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(TEST_CSP);
    expect(page.body.indexOf('<script src="/__host/api.js"></script>')).toBeLessThan(page.body.indexOf('<script type="module"'));
    expect(page.body.indexOf('<script src="/__host/api.js"></script>')).toBeGreaterThan(0);
    expect(page.body).not.toContain(f.token);
    const asset = await raw(port, { path: '/assets/app.js' });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const api = await raw(port, { path: '/__host/api.js' });
    expect(api.body).toBe('window.invoiceInbox = {}');
  });

  it('falls back to index.html for app routes, 404 for missing files and path traversal', async () => {
    expect((await raw(port, { path: '/inbox/overdue' })).body).toContain('/__host/api.js');
    expect((await raw(port, { path: '/assets/nope.js' })).status).toBe(404);
    expect((await raw(port, { path: '/..%2f..%2f..%2fetc%2fpasswd' })).status).toBe(404);
    expect((await raw(port, { path: '/assets/..%2f..%2fapi.js' })).status).toBe(404);
  });

  it('refuses to follow a symbolic link out of the renderer folder (file or folder)', async () => {
    const outside = path.join(f.dir, 'outside');
    await mkdir(outside, { recursive: true });
    await writeFile(path.join(outside, 'secret.txt'), 'not for the page');
    await symlink(path.join(outside, 'secret.txt'), path.join(f.dir, 'renderer', 'assets', 'linked.txt'));
    await symlink(outside, path.join(f.dir, 'renderer', 'linked-dir'));
    for (const target of ['/assets/linked.txt', '/linked-dir/secret.txt']) {
      const response = await raw(port, { path: target });
      expect(response.status).toBe(404);
      expect(response.body).not.toContain('not for the page');
    }
  });
});

describe('web host: commands', () => {
  const auth = (): Record<string, string> => ({ [TOKEN_HEADER]: f.token });

  it('dispatches a command and answers its CommandResult', async () => {
    const response = await invoke('app:info', {}, auth());
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { host: 'web' } });
    const bearer = await invoke('app:info', {}, { authorization: `Bearer ${f.token}` });
    expect(bearer.status).toBe(200);
  });

  it('answers typed errors for a bad payload, an unknown command and invalid JSON', async () => {
    expect(JSON.parse((await invoke('accounts:add', { provider: 'nope' }, auth())).body)).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
    expect(JSON.parse((await invoke('shell:exec', {}, auth())).body)).toMatchObject({ ok: false, error: { code: 'unknown_command' } });
    const bad = await raw(port, { method: 'POST', path: '/api/invoke/app:info', headers: auth(), body: '{nope' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
  });

  it('refuses an oversized body with 413', async () => {
    const big = await raw(port, { method: 'POST', path: '/api/invoke/settings:update', headers: auth(), body: JSON.stringify({ savedViews: ['x'.repeat(2 * 1024 * 1024)] }) });
    expect(big.status).toBe(413);
  });

  it('reports the opened links for tests', async () => {
    f.opened.push({ invoiceId: 'a:1', which: 'pay', url: 'https://pay.example.com/1', at: '2026-06-15T12:00:00.000Z' });
    const response = await raw(port, { path: '/api/test/opened-links', headers: auth() });
    expect(JSON.parse(response.body)).toEqual(f.opened);
  });
});

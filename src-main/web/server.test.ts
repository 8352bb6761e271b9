import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from './browser/browser-api';
import { raw, startTestServer, TEST_CSP, type ServerFixture } from './test-support';

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
  it('prints a loopback URL with the token', () => {
    expect(f.server.url).toBe(`http://127.0.0.1:${port}/?token=${f.token}`);
  });

  it('refuses the page and the API without the token (401)', async () => {
    expect((await raw(port, { path: '/' })).status).toBe(401);
    expect((await raw(port, { path: '/?token=wrong' })).status).toBe(401);
    expect((await invoke('app:info', {})).status).toBe(401);
    expect((await invoke('app:info', {}, { [TOKEN_HEADER]: 'wrong' })).status).toBe(401);
    expect((await raw(port, { path: '/api/events' })).status).toBe(401);
    expect((await raw(port, { path: '/api/test/opened-links' })).status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding) with 403 even with the token', async () => {
    const evil = await raw(port, { path: `/?token=${f.token}`, headers: { host: `evil.example:${port}` } });
    expect(evil.status).toBe(403);
    const otherPort = await invoke('app:info', {}, { [TOKEN_HEADER]: f.token, host: `127.0.0.1:${port + 1}` });
    expect(otherPort.status).toBe(403);
    expect((await raw(port, { path: `/?token=${f.token}`, headers: { host: `localhost:${port}` } })).status).toBe(200);
  });

  it('refuses a cross-origin write (403) and a cookie-only write (401)', async () => {
    expect((await invoke('app:info', {}, { [TOKEN_HEADER]: f.token, origin: 'http://127.0.0.1:1' })).status).toBe(403);
    const page = await raw(port, { path: `/?token=${f.token}` });
    const cookie = String(page.headers['set-cookie']?.[0]).split(';')[0] ?? '';
    expect((await invoke('app:info', {}, { cookie })).status).toBe(401);
  });
});

describe('web host: page', () => {
  it('serves index.html with the CSP header, the API script before the app script, and a token cookie', async () => {
    const page = await raw(port, { path: `/?token=${f.token}` });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(TEST_CSP);
    expect(page.body.indexOf('<script src="/__host/api.js"></script>')).toBeLessThan(page.body.indexOf('<script type="module"'));
    expect(page.body.indexOf('<script src="/__host/api.js"></script>')).toBeGreaterThan(0);
    const cookie = page.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(new RegExp(`^invoice_inbox_token_${port}=${f.token}; Path=/; HttpOnly; SameSite=Strict$`));
    const asset = await raw(port, { path: '/assets/app.js', headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const api = await raw(port, { path: `/__host/api.js?token=${f.token}` });
    expect(api.body).toBe('window.invoiceInbox = {}');
  });

  it('falls back to index.html for app routes, 404 for missing files and path traversal', async () => {
    expect((await raw(port, { path: `/inbox/overdue?token=${f.token}` })).body).toContain('/__host/api.js');
    expect((await raw(port, { path: `/assets/nope.js?token=${f.token}` })).status).toBe(404);
    expect((await raw(port, { path: `/..%2f..%2f..%2fetc%2fpasswd?token=${f.token}` })).status).toBe(404);
    expect((await raw(port, { path: `/assets/..%2f..%2fapi.js?token=${f.token}` })).status).toBe(404);
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
    const response = await raw(port, { path: `/api/test/opened-links?token=${f.token}` });
    expect(JSON.parse(response.body)).toEqual(f.opened);
  });
});

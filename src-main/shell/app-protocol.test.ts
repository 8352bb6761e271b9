import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES, appProtocolHandler, registerAppScheme } from './app-protocol';

vi.mock('electron', () => ({}));

const CSP = "default-src 'self'";
let dir: string;
let handler: (request: Request) => Promise<Response>;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'app-protocol-'));
  await mkdir(path.join(dir, 'renderer', 'assets'), { recursive: true });
  await writeFile(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(path.join(dir, 'renderer', 'assets', 'index.js'), 'console.log(1)');
  await writeFile(path.join(dir, 'secret.txt'), 'outside the renderer');
  handler = appProtocolHandler({ rendererDir: path.join(dir, 'renderer'), csp: CSP });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the app:// protocol', () => {
  it('is registered privileged: standard and secure', () => {
    const registered: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => void registered.push(...schemes) });
    expect(registered).toEqual([APP_SCHEME_PRIVILEGES]);
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
    expect(APP_ENTRY_URL).toBe('app://invoice-inbox/index.html');
  });

  it('serves the renderer files with their type and the CSP', async () => {
    const page = await handler(new Request(APP_ENTRY_URL));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CSP);
    expect(await page.text()).toContain('<title>app</title>');
    const script = await handler(new Request('app://invoice-inbox/assets/index.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await handler(new Request('app://invoice-inbox/'))).status).toBe(200);
  });

  it.each([
    'app://invoice-inbox/..%2fsecret.txt',
    'app://invoice-inbox/assets/..%2f..%2fsecret.txt',
    'app://invoice-inbox/%2e%2e/secret.txt',
    'app://invoice-inbox/assets/%00.js',
    'app://invoice-inbox/assets/missing.js',
    'app://other-host/index.html',
  ])('refuses %s (404)', async (url) => {
    const response = await handler(new Request(url));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside the renderer');
  });

  it('never follows a symbolic link out of the renderer folder', async () => {
    await symlink(path.join(dir, 'secret.txt'), path.join(dir, 'renderer', 'assets', 'linked.txt'));
    await symlink(dir, path.join(dir, 'renderer', 'up'));
    for (const url of ['app://invoice-inbox/assets/linked.txt', 'app://invoice-inbox/up/secret.txt']) {
      const response = await handler(new Request(url));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('outside the renderer');
    }
  });

  it('answers only GET and HEAD', async () => {
    expect((await handler(new Request(APP_ENTRY_URL, { method: 'POST', body: 'x' }))).status).toBe(405);
    const head = await handler(new Request(APP_ENTRY_URL, { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

import { createAppOrigin, resolveRendererLocation } from './app-origin';

vi.mock('electron', () => ({}));

describe('resolveRendererLocation', () => {
  it('uses the dev server only when not packaged', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    expect(resolveRendererLocation({ env, isPackaged: false, mainDir: '/app/out/main' })).toEqual({
      kind: 'dev-server',
      url: 'http://localhost:5173',
    });
    expect(resolveRendererLocation({ env, isPackaged: true, mainDir: '/app/out/main' })).toEqual({
      kind: 'app',
      url: 'app://invoice-inbox/index.html',
      dir: '/app/out/renderer',
    });
  });

  it('ignores a dev server URL that is not http(s)', () => {
    const env = { ELECTRON_RENDERER_URL: 'javascript:alert(1)' };
    expect(resolveRendererLocation({ env, isPackaged: false, mainDir: '/app/out/main' }).kind).toBe('app');
  });
});

describe('createAppOrigin', () => {
  it('recognises exactly the app:// page, never a file:// one', () => {
    const origin = createAppOrigin({ kind: 'app', url: 'app://invoice-inbox/index.html', dir: '/opt/Invoice Inbox/out/renderer' });
    expect(origin.isAppPage('app://invoice-inbox/index.html')).toBe(true);
    expect(origin.isAppPage('app://invoice-inbox/')).toBe(true);
    expect(origin.isAppPage('app://invoice-inbox/index.html#/inbox?x=1')).toBe(true);
    expect(origin.isAppPage('app://invoice-inbox/other.html')).toBe(false);
    expect(origin.isAppPage('app://evil/index.html')).toBe(false);
    expect(origin.isAppPage('file:///opt/Invoice%20Inbox/out/renderer/index.html')).toBe(false);
    expect(origin.isAppPage('file:///etc/passwd')).toBe(false);
    expect(origin.isAppPage('https://example.com/')).toBe(false);
    expect(origin.isAppPage('not a url')).toBe(false);
  });

  it('recognises the dev server origin', () => {
    const origin = createAppOrigin({ kind: 'dev-server', url: 'http://localhost:5173/' });
    expect(origin.isAppPage('http://localhost:5173/')).toBe(true);
    expect(origin.isAppPage('http://localhost:5173/index.html')).toBe(true);
    expect(origin.isAppPage('http://localhost:5174/')).toBe(false);
    expect(origin.isAppPage('http://127.0.0.1:5173/')).toBe(false);
  });
});

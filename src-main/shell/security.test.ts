import type { App, Session, WebContents } from 'electron';
import { createAppOrigin } from './app-origin';
import { contentSecurityPolicy } from '../services/csp';
import { applySecurity, guardWebContents, type SecurityDeps } from './security';
import { FakeEmitter, FakeWebContents, preventable } from './test-fakes';

vi.mock('electron', () => ({}));

const APP_PAGE = 'app://invoice-inbox/index.html';
const origin = createAppOrigin({ kind: 'app', url: APP_PAGE, dir: '/app/out/renderer' });

type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;
type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
type CheckHandler = (contents: unknown, permission: string, origin: string, details: unknown) => boolean;

function fakeSession() {
  const state = {
    headers: null as HeadersListener | null,
    request: null as RequestHandler | null,
    check: null as CheckHandler | null,
  };
  const session = {
    webRequest: {
      onHeadersReceived: (listener: HeadersListener) => {
        state.headers = listener;
      },
    },
    setPermissionRequestHandler: (handler: RequestHandler) => {
      state.request = handler;
    },
    setPermissionCheckHandler: (handler: CheckHandler) => {
      state.check = handler;
    },
  };
  return { session: session as unknown as SecurityDeps['session'] & Session, state };
}

function setup() {
  const app = new FakeEmitter();
  const { session, state } = fakeSession();
  const openExternal = vi.fn<(url: string) => void>();
  const csp = contentSecurityPolicy();
  applySecurity({ app: app as unknown as App, session, origin, csp, openExternal });
  const contents = new FakeWebContents();
  app.emit('web-contents-created', preventable(), contents);
  return { app, state, openExternal, csp, contents };
}

describe('applySecurity', () => {
  it('guards every web contents the app creates', () => {
    const { app, contents } = setup();
    expect(app.count('web-contents-created')).toBe(1);
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate', 'will-attach-webview']) expect(contents.count(event)).toBe(1);
    expect(contents.openHandler).not.toBeNull();
  });

  it('adds the strict CSP to responses', () => {
    const { state, csp } = setup();
    const callback = vi.fn();
    state.headers?.({ url: APP_PAGE, responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [csp] } });
    expect(csp).not.toContain('unsafe-eval');
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])('denies the %s permission request', (permission) => {
    const { state } = setup();
    const callback = vi.fn();
    state.request?.({}, permission, callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(state.check?.({}, permission, 'file://', {})).toBe(false);
  });

  it('lets only the app page itself write to the clipboard (the copy buttons), never read it', () => {
    const { state } = setup();
    const ask = (permission: string, details: { requestingUrl: string; isMainFrame: boolean }) => {
      const callback = vi.fn();
      state.request?.({}, permission, callback, details);
      return { requested: callback.mock.calls[0]?.[0], checked: state.check?.({}, permission, new URL(details.requestingUrl).origin, details) };
    };
    expect(ask('clipboard-sanitized-write', { requestingUrl: APP_PAGE, isMainFrame: true })).toEqual({ requested: true, checked: true });
    expect(ask('clipboard-sanitized-write', { requestingUrl: APP_PAGE, isMainFrame: false })).toEqual({ requested: false, checked: false });
    expect(ask('clipboard-sanitized-write', { requestingUrl: 'https://evil.example/index.html', isMainFrame: true })).toEqual({ requested: false, checked: false });
    expect(ask('clipboard-read', { requestingUrl: APP_PAGE, isMainFrame: true })).toEqual({ requested: false, checked: false });
  });
});

describe('guardWebContents', () => {
  function guarded() {
    const contents = new FakeWebContents();
    const openExternal = vi.fn<(url: string) => void>();
    guardWebContents(contents as unknown as WebContents, { origin, openExternal });
    return { contents, openExternal };
  }

  it.each([
    ['will-navigate', 'https://evil.example/'],
    ['will-navigate', 'file:///etc/passwd'],
    ['will-navigate', 'javascript:alert(1)'],
    ['will-redirect', 'https://evil.example/'],
    ['will-redirect', 'http://127.0.0.1:9999/'],
  ])('blocks %s to %s', (event, url) => {
    const { contents } = guarded();
    const e = preventable();
    contents.emit(event, e, url);
    expect(e.prevented).toBe(true);
  });

  it.each([
    ['an iframe to the app page itself', APP_PAGE, false],
    ['an iframe to a web site', 'https://evil.example/', false],
    ['the main frame to a web site', 'https://evil.example/', true],
    ['the main frame to a local file', 'file:///etc/passwd', true],
    ['the main frame to another app:// page', 'app://invoice-inbox/assets/x.html', true],
  ])('refuses will-frame-navigate of %s', (_what, url, isMainFrame) => {
    const { contents } = guarded();
    const e = Object.assign(preventable(), { url, isMainFrame });
    contents.emit('will-frame-navigate', e);
    expect(e.prevented).toBe(true);
  });

  it('lets the main frame load the app page (will-frame-navigate)', () => {
    const { contents } = guarded();
    const e = Object.assign(preventable(), { url: `${APP_PAGE}#/inbox`, isMainFrame: true });
    contents.emit('will-frame-navigate', e);
    expect(e.prevented).toBe(false);
  });

  it("lets the app's own page load", () => {
    const { contents } = guarded();
    const e = preventable();
    contents.emit('will-navigate', e, `${APP_PAGE}#/inbox`);
    expect(e.prevented).toBe(false);
  });

  it('denies window.open and hands https links to the default browser', () => {
    const { contents, openExternal } = guarded();
    expect(contents.openHandler?.({ url: 'https://pay.example.com/inv/1' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://pay.example.com/inv/1');
  });

  it.each(['http://pay.example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,x', APP_PAGE])(
    'denies window.open of %s without opening anything',
    (url) => {
      const { contents, openExternal } = guarded();
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it('refuses to attach a webview', () => {
    const { contents } = guarded();
    const e = preventable();
    contents.emit('will-attach-webview', e, {}, {});
    expect(e.prevented).toBe(true);
  });
});

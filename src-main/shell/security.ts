import type { App, Event, Session, WebContents } from 'electron';
import { isAllowedExternalUrl } from '../core/links/url-policy';
import type { AppOrigin } from './app-origin';
import { withContentSecurityPolicy } from '../services/csp';

/**
 * The guards every web page of the app runs under (model: Actual Budget's desktop-electron/security.ts):
 * a strict CSP on every response, no navigation or redirect away from the app's own page (nor any
 * frame navigation: will-frame-navigate), no new windows (https links go to the default browser
 * instead), no <webview>, every permission denied but one: the app's own page may write plain text to
 * the clipboard (the copy buttons beside invoice ids). Reading the clipboard stays denied.
 * Electron objects are injected so this runs under unit tests with electron mocked.
 */
export interface SecurityDeps {
  app: Pick<App, 'on'>;
  session: Pick<Session, 'webRequest' | 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;
  origin: AppOrigin;
  /** The Content-Security-Policy string (csp.ts). */
  csp: string;
  /** Hands an allowed https URL to the default browser (open-external.ts). */
  openExternal: (url: string) => void;
  log?: (message: string) => void;
}

export function applySecurity(deps: SecurityDeps): void {
  guardSession(deps);
  deps.app.on('web-contents-created', (_event, contents) => guardWebContents(contents, deps));
}

/** Chromium's name for navigator.clipboard.writeText/write (sanitized: no raw formats). */
const CLIPBOARD_WRITE = 'clipboard-sanitized-write';

export function guardSession(deps: Pick<SecurityDeps, 'session' | 'csp' | 'log' | 'origin'>): void {
  const { session, csp, origin } = deps;
  const allowed = (permission: string, url: string | undefined, isMainFrame: boolean | undefined): boolean =>
    permission === CLIPBOARD_WRITE && isMainFrame !== false && url !== undefined && origin.isAppPage(url);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, csp) });
  });
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    if (allowed(permission, details.requestingUrl, details.isMainFrame)) {
      callback(true);
      return;
    }
    deps.log?.(`Denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    allowed(permission, details.requestingUrl ?? requestingOrigin, details.isMainFrame),
  );
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function guardWebContents(contents: GuardedContents, deps: Pick<SecurityDeps, 'origin' | 'openExternal' | 'log'>): void {
  const { origin, log } = deps;
  const blockForeign = (event: Event, url: string, what: string): void => {
    if (origin.isAppPage(url)) return;
    event.preventDefault();
    log?.(`Blocked ${what} away from the app: ${describeUrl(url)}`);
  };
  contents.on('will-navigate', (event, url) => blockForeign(event, url, 'navigation'));
  contents.on('will-redirect', (event, url) => blockForeign(event, url, 'redirect'));
  // Every frame's navigations, iframes included: only the main frame may go to the app's own page.
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame && origin.isAppPage(event.url)) return;
    event.preventDefault();
    log?.(`Blocked ${event.isMainFrame ? 'navigation' : 'frame navigation'} away from the app: ${describeUrl(event.url)}`);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log?.('Refused to attach a <webview>.');
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) deps.openExternal(url);
    else log?.(`Denied window.open: ${describeUrl(url)}`);
    return { action: 'deny' };
  });
}

/** Scheme and host only: paths and queries of provider links can carry tokens. */
function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return '(unparseable URL)';
  }
}

/**
 * Bundled for the browser into out/web/api.js and loaded by the web host's index.html before the
 * app's module script: puts the API object on window, as the preload does in Electron.
 */
import { API_GLOBAL } from '../../../src-shared/contract';
import { createBrowserApi, readToken, TOKEN_HEADER } from './browser-api';
import { openEventStream } from './event-stream';

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

const token = readToken(window.location, sessionStore(), window.history);

const api = createBrowserApi({
  token,
  // No cookie exists to send: credentials 'omit' makes sure none ever would.
  fetch: (url, init) => window.fetch(url, { ...init, credentials: 'omit', cache: 'no-store' }),
  openEvents: (url) => openEventStream({ url, headers: { [TOKEN_HEADER]: token }, fetch: (target, init) => window.fetch(target, { ...init, credentials: 'omit' }) }),
});

Object.defineProperty(window, API_GLOBAL, { value: api, writable: false, configurable: false, enumerable: true });

/**
 * Bundled for the browser into out/web/api.js and loaded by the web host's index.html before the
 * app's module script: puts the API object on window, as the preload does in Electron.
 */
import { API_GLOBAL } from '../../../src-shared/contract';
import { createBrowserApi, readToken } from './browser-api';

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

const api = createBrowserApi({
  token: readToken(window.location, sessionStore()),
  fetch: (url, init) => window.fetch(url, { ...init, credentials: 'same-origin', cache: 'no-store' }),
  openEvents: (url) => new EventSource(url),
});

Object.defineProperty(window, API_GLOBAL, { value: api, writable: false, configurable: false, enumerable: true });

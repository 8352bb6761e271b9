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
  saveFile: saveToDownloads,
});

/** Fetches a finished export (the token in a header) and saves it through a temporary download link. */
async function saveToDownloads(url: string, headers: Record<string, string>, fileName: string): Promise<void> {
  const response = await window.fetch(url, { headers, credentials: 'omit', cache: 'no-store' });
  if (!response.ok) throw new Error(response.status === 404 ? 'This export is no longer available: export again.' : 'The export could not be fetched from the web host.');
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download; the blob is released a little later.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

Object.defineProperty(window, API_GLOBAL, { value: api, writable: false, configurable: false, enumerable: true });

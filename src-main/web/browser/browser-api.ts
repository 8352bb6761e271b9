/**
 * The web host's browser implementation of the preload's API object (a browser-side file: no node
 * imports). invoke() is a same-origin POST through the host's dispatch(); on() listens on one
 * EventSource carrying every contract event; subscriptions return an unsubscribe function.
 */
import {
  isCommandName,
  isEventName,
  type CommandArgs,
  type CommandName,
  type CommandResult,
  type CommandValue,
  type EventName,
  type EventPayload,
  type InvoiceInboxApi,
} from '../../../src-shared/contract';

/** A request the web host never answered (it stopped, or the network between failed). */
export const WEB_HOST_UNREACHABLE = 'Invoice Inbox (the web host) did not answer. Check that it is still running, then try again.';

/** The header carrying the per-launch token on API calls (a custom header also forces CORS preflight). */
export const TOKEN_HEADER = 'x-invoice-inbox-token';

export interface EventSourceLike {
  addEventListener(type: string, listener: (event: { data?: unknown }) => void): void;
  removeEventListener(type: string, listener: (event: { data?: unknown }) => void): void;
  close(): void;
}

export interface BrowserApiOptions {
  token: string;
  fetch: (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;
  /** Opens the event stream at `url` (with the token in a header: see event-stream.ts). */
  openEvents: (url: string) => EventSourceLike;
  /** How long invoke() waits for the event stream to open before sending anyway. */
  readyTimeoutMs?: number;
  /** Fetches `url` with these headers and hands the body to the browser's downloads as `fileName`. */
  saveFile?: (url: string, headers: Record<string, string>, fileName: string) => Promise<void>;
}

/** Where the web host serves finished exports (see src-main/web/downloads.ts). */
const DOWNLOAD_PREFIX = '/api/download/';

type Listener = (payload: unknown) => void;

export function createBrowserApi(options: BrowserApiOptions): InvoiceInboxApi {
  const source = options.openEvents('/api/events');
  const listeners = new Map<EventName, Set<Listener>>();
  // Commands wait (briefly) for the event stream, so the events a command causes are never missed.
  const ready = new Promise<void>((resolve) => {
    const done = (): void => {
      source.removeEventListener('open', done);
      resolve();
    };
    source.addEventListener('open', done);
    setTimeout(done, options.readyTimeoutMs ?? 3000);
  });

  async function invoke<K extends CommandName>(name: K, args: CommandArgs<K>): Promise<CommandResult<CommandValue<K>>> {
    if (typeof name !== 'string' || !isCommandName(name)) {
      return { ok: false, error: { code: 'unknown_command', message: `Unknown command "${String(name).slice(0, 60)}".` } };
    }
    await ready;
    try {
      const response = await options.fetch(`/api/invoke/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: options.token },
        body: JSON.stringify(args ?? {}),
      });
      if (response.status === 401 || response.status === 403) {
        return { ok: false, error: { code: 'forbidden', message: 'The web host refused the request: reopen the address it printed (with its token).' } };
      }
      return (await response.json()) as CommandResult<CommandValue<K>>;
    } catch {
      return { ok: false, error: { code: 'failed', message: WEB_HOST_UNREACHABLE } };
    }
  }

  function relayFor(name: EventName): (event: { data?: unknown }) => void {
    return (event) => {
      if (typeof event.data !== 'string') return;
      let payload: unknown;
      try {
        payload = JSON.parse(event.data);
      } catch {
        return;
      }
      for (const listener of [...(listeners.get(name) ?? [])]) listener(payload);
    };
  }

  function on<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): () => void {
    if (typeof name !== 'string' || !isEventName(name)) throw new TypeError(`Unknown event "${String(name).slice(0, 60)}".`);
    if (typeof listener !== 'function') throw new TypeError('An event listener must be a function.');
    let set = listeners.get(name);
    if (!set) {
      set = new Set();
      listeners.set(name, set);
      source.addEventListener(name, relayFor(name));
    }
    // Each subscription gets its own wrapper, so subscribing the same function twice works like IPC.
    const wrapper: Listener = (payload) => listener(payload as EventPayload<K>);
    set.add(wrapper);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      set.delete(wrapper);
    };
  }

  /** A finished export into the browser's downloads: only the host's own export addresses, with the token. */
  async function download(url: string, fileName: string): Promise<void> {
    if (typeof url !== 'string' || !url.startsWith(DOWNLOAD_PREFIX) || url.includes('..') || typeof fileName !== 'string') {
      throw new TypeError('Only exports from this web host can be downloaded.');
    }
    await options.saveFile?.(url, { [TOKEN_HEADER]: options.token }, fileName);
  }

  return Object.freeze(options.saveFile ? { invoke, on, download } : { invoke, on });
}

/**
 * The page's token: from the `#token=` fragment of the first load (a fragment is never sent to a
 * server), which is then removed from the address bar and history with history.replaceState, and kept
 * in sessionStorage for reloads of this tab. Never read from the query string.
 */
export function readToken(
  location: { pathname: string; search: string; hash: string },
  storage: Pick<Storage, 'getItem' | 'setItem'> | null,
  history: Pick<History, 'replaceState'> | null,
): string {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const fromUrl = fragment.get('token');
  if (fromUrl) {
    fragment.delete('token');
    const rest = fragment.toString();
    history?.replaceState(null, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
    storage?.setItem('invoiceInbox.token', fromUrl);
    return fromUrl;
  }
  return storage?.getItem('invoiceInbox.token') ?? '';
}

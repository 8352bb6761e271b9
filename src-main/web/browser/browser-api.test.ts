import { describe, expect, it } from 'vitest';
import { createBrowserApi, readToken, TOKEN_HEADER, WEB_HOST_UNREACHABLE, type BrowserApiOptions, type EventSourceLike } from './browser-api';

type Handler = (event: { data?: unknown }) => void;

class FakeEventSource implements EventSourceLike {
  readonly handlers = new Map<string, Set<Handler>>();
  closed = false;
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: Handler): void {
    if (!this.handlers.has(type)) this.handlers.set(type, new Set());
    this.handlers.get(type)?.add(listener);
  }
  removeEventListener(type: string, listener: Handler): void {
    this.handlers.get(type)?.delete(listener);
  }
  close(): void {
    this.closed = true;
  }
  fire(type: string, data?: string): void {
    for (const handler of [...(this.handlers.get(type) ?? [])]) handler({ data });
  }
}

function setup(answer: { status: number; body: unknown } = { status: 200, body: { ok: true, value: 'v' } }) {
  const calls: Array<{ url: string; init: Parameters<BrowserApiOptions['fetch']>[1] }> = [];
  let source: FakeEventSource | null = null;
  const api = createBrowserApi({
    token: 'tok',
    fetch: async (url, init) => {
      calls.push({ url, init });
      return { ok: answer.status === 200, status: answer.status, json: async () => answer.body };
    },
    openEvents: (url) => (source = new FakeEventSource(url)),
    readyTimeoutMs: 50,
  });
  if (!source) throw new Error('no event source');
  return { api, calls, source: source as FakeEventSource };
}

describe('browser API', () => {
  it('opens one event stream with the token and invokes over POST with the token header', async () => {
    const { api, calls, source } = setup();
    expect(source.url).toBe('/api/events');
    source.fire('open');
    expect(await api.invoke('app:info', {})).toEqual({ ok: true, value: 'v' });
    expect(calls[0]).toEqual({
      url: '/api/invoke/app%3Ainfo',
      init: { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: 'tok' }, body: '{}' },
    });
  });

  it('still sends when the stream does not open in time', async () => {
    const { api } = setup();
    expect(await api.invoke('app:info', {})).toEqual({ ok: true, value: 'v' });
  });

  it('answers unknown commands, refusals and network failures as values', async () => {
    expect(await setup().api.invoke('nope' as 'app:info', {})).toMatchObject({ ok: false, error: { code: 'unknown_command' } });
    expect(await setup({ status: 401, body: null }).api.invoke('app:info', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const failing = createBrowserApi({
      token: 't',
      fetch: async () => {
        throw new Error('Failed to fetch');
      },
      openEvents: (url) => new FakeEventSource(url),
      readyTimeoutMs: 1,
    });
    expect(await failing.invoke('app:info', {})).toEqual({ ok: false, error: { code: 'failed', message: WEB_HOST_UNREACHABLE } });
  });

  it('delivers events to subscribers until they unsubscribe', () => {
    const { api, source } = setup();
    const seen: unknown[] = [];
    const other: unknown[] = [];
    const off = api.on('sync:finished', (payload) => seen.push(payload));
    api.on('sync:finished', (payload) => other.push(payload));
    source.fire('sync:finished', '{"results":[]}');
    off();
    off();
    source.fire('sync:finished', '{"results":[1]}');
    source.fire('sync:finished', 'not json');
    expect(seen).toEqual([{ results: [] }]);
    expect(other).toEqual([{ results: [] }, { results: [1] }]);
  });

  it('refuses unknown events and non-function listeners, and is frozen', () => {
    const { api } = setup();
    expect(() => api.on('nope' as 'sync:finished', () => undefined)).toThrow(TypeError);
    expect(() => api.on('sync:finished', 'x' as unknown as () => void)).toThrow(TypeError);
    expect(Object.isFrozen(api)).toBe(true);
  });
});

describe('readToken', () => {
  function setup() {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    const replaced: string[] = [];
    const history = { replaceState: (_data: unknown, _unused: string, url?: string | URL | null) => void replaced.push(String(url)) };
    return { storage, history, replaced };
  }

  it('reads #token= once, removes it from the address bar and history, and remembers it for reloads', () => {
    const { storage, history, replaced } = setup();
    expect(readToken({ pathname: '/', search: '', hash: '#token=abc' }, storage, history)).toBe('abc');
    expect(replaced).toEqual(['/']);
    expect(readToken({ pathname: '/inbox', search: '?x=1', hash: '#token=def&view=2' }, storage, history)).toBe('def');
    expect(replaced.at(-1)).toBe('/inbox?x=1#view=2');
    expect(readToken({ pathname: '/', search: '', hash: '' }, storage, history)).toBe('def');
    expect(replaced).toHaveLength(2);
    expect(readToken({ pathname: '/', search: '', hash: '' }, null, null)).toBe('');
  });

  it('never reads a token from the query string', () => {
    const { storage, history } = setup();
    expect(readToken({ pathname: '/', search: '?token=abc', hash: '' }, storage, history)).toBe('');
  });
});

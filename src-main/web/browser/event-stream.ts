/**
 * Server-sent events over fetch, so the token travels in a header (EventSource cannot send one, and the
 * alternatives, a cookie or a `?token=` query, leak it). A browser-side file: no node imports. Speaks
 * the SSE format the web host writes (`event:`, `data:`, `retry:`, comments) and reconnects like
 * EventSource does, except after 401/403 (a wrong token stays wrong).
 */
import type { EventSourceLike } from './browser-api';

export interface StreamResponse {
  ok: boolean;
  status: number;
  body: ReadableStream<Uint8Array> | null;
}

export interface EventStreamOptions {
  url: string;
  headers: Record<string, string>;
  fetch: (url: string, init: { headers: Record<string, string>; signal: AbortSignal; cache: 'no-store' }) => Promise<StreamResponse>;
  /** Wait before reconnecting; the server's `retry:` overrides it. */
  retryMs?: number;
  setTimer?: (run: () => void, ms: number) => void;
}

type Listener = (event: { data?: unknown }) => void;

export function openEventStream(options: EventStreamOptions): EventSourceLike {
  const listeners = new Map<string, Set<Listener>>();
  const setTimer = options.setTimer ?? ((run, ms) => void setTimeout(run, ms));
  let retryMs = options.retryMs ?? 1000;
  let closed = false;
  let controller = new AbortController();

  const fire = (type: string, data?: string): void => {
    for (const listener of [...(listeners.get(type) ?? [])]) listener({ data });
  };

  const reconnect = (): void => {
    if (!closed) setTimer(() => void connect(), retryMs);
  };

  async function connect(): Promise<void> {
    if (closed) return;
    controller = new AbortController();
    let response: StreamResponse;
    try {
      response = await options.fetch(options.url, { headers: { accept: 'text/event-stream', ...options.headers }, signal: controller.signal, cache: 'no-store' });
    } catch {
      reconnect();
      return;
    }
    if (response.status === 401 || response.status === 403) {
      fire('error');
      return;
    }
    if (!response.ok || !response.body) {
      reconnect();
      return;
    }
    fire('open');
    try {
      await readFrames(response.body, (frame) => {
        if (frame.retry !== null) retryMs = frame.retry;
        if (frame.data !== null) fire(frame.event, frame.data);
      });
    } catch {
      // The stream broke: reconnect below, as EventSource would.
    }
    fire('error');
    reconnect();
  }

  void connect();

  return {
    addEventListener(type, listener) {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)?.add(listener);
    },
    removeEventListener(type, listener) {
      listeners.get(type)?.delete(listener);
    },
    close() {
      closed = true;
      controller.abort();
    },
  };
}

interface Frame {
  event: string;
  data: string | null;
  retry: number | null;
}

/** Reads SSE frames (blank-line separated) until the stream ends. */
export async function readFrames(body: ReadableStream<Uint8Array>, onFrame: (frame: Frame) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  let frame: Frame = { event: 'message', data: null, retry: null };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffered += decoder.decode(value, { stream: true });
    const lines = buffered.split(/\r\n|\r|\n/);
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (line === '') {
        if (frame.data !== null || frame.retry !== null) onFrame(frame);
        frame = { event: 'message', data: null, retry: null };
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') frame.event = value;
      else if (field === 'data') frame.data = frame.data === null ? value : `${frame.data}\n${value}`;
      else if (field === 'retry' && /^\d+$/.test(value)) frame.retry = Number(value);
    }
  }
}

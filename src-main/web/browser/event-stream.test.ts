import { openEventStream, type EventStreamOptions, type StreamResponse } from './event-stream';

/** A response whose body the test writes frame by frame. */
function controllableResponse(status = 200): { response: StreamResponse; push: (text: string) => void; end: () => void } {
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  const encoder = new TextEncoder();
  return {
    response: { ok: status === 200, status, body },
    push: (text) => controller?.enqueue(encoder.encode(text)),
    end: () => controller?.close(),
  };
}

function setup(responses: StreamResponse[]) {
  const calls: Array<{ url: string; headers: Record<string, string> }> = [];
  const timers: Array<{ run: () => void; ms: number }> = [];
  const fetch: EventStreamOptions['fetch'] = async (url, init) => {
    calls.push({ url, headers: init.headers });
    const next = responses.shift();
    if (!next) throw new Error('offline');
    return next;
  };
  const source = openEventStream({ url: '/api/events', headers: { 'x-invoice-inbox-token': 'tok' }, fetch, setTimer: (run, ms) => void timers.push({ run, ms }) });
  const seen: Array<[string, unknown]> = [];
  for (const type of ['open', 'error', 'sync:finished', 'message']) source.addEventListener(type, (event) => seen.push([type, event.data]));
  return { source, calls, timers, seen };
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('openEventStream', () => {
  it('sends the token in a header (never in the address) and dispatches named events', async () => {
    const stream = controllableResponse();
    const { calls, seen } = setup([stream.response]);
    await settle();
    expect(calls).toEqual([{ url: '/api/events', headers: { accept: 'text/event-stream', 'x-invoice-inbox-token': 'tok' } }]);
    stream.push('retry: 1000\n: connected\n\nevent: sync:finished\ndata: {"results":');
    stream.push('[]}\n\ndata: plain\n\n');
    await settle();
    expect(seen).toEqual([
      ['open', undefined],
      ['sync:finished', '{"results":[]}'],
      ['message', 'plain'],
    ]);
  });

  it('reconnects after the stream ends, waiting what the server asked', async () => {
    const first = controllableResponse();
    const second = controllableResponse();
    const { calls, timers, seen } = setup([first.response, second.response]);
    await settle();
    first.push('retry: 2500\n\n');
    first.end();
    await settle();
    expect(timers.map((timer) => timer.ms)).toEqual([2500]);
    timers[0]?.run();
    await settle();
    expect(calls).toHaveLength(2);
    expect(seen.filter(([type]) => type === 'open')).toHaveLength(2);
  });

  it('gives up on a refused token, and stops when closed', async () => {
    const refused = setup([controllableResponse(401).response]);
    await settle();
    expect(refused.seen).toEqual([['error', undefined]]);
    expect(refused.timers).toEqual([]);

    const stream = controllableResponse();
    const open = setup([stream.response]);
    await settle();
    open.source.close();
    stream.end();
    await settle();
    expect(open.timers).toEqual([]);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatEvent } from './sse';
import { openStream, startTestServer, until, type ServerFixture } from './test-support';

let f: ServerFixture;

beforeEach(async () => {
  f = await startTestServer();
});

afterEach(async () => {
  await f.close();
});

describe('server-sent events', () => {
  it('delivers each contract event to every open stream as `event: name` + JSON data', async () => {
    const a = await openStream(f.server.port, '/api/events', f.token);
    const b = await openStream(f.server.port, '/api/events', f.token);
    expect(a.res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    await until(() => f.hub.size() === 2 && a.text().includes(': connected'));
    f.hub.emit('sync:finished', { results: [] });
    f.hub.emit('net:status', { online: false, since: '2026-06-15T12:00:00.000Z' });
    const expected = 'event: sync:finished\ndata: {"results":[]}\n\nevent: net:status\ndata: {"online":false,"since":"2026-06-15T12:00:00.000Z"}\n\n';
    await until(() => a.text().endsWith(expected) && b.text().endsWith(expected));
    a.close();
    await until(() => f.hub.size() === 1);
    b.close();
  });

  it('forwards what the services emit (a sync run through the API)', async () => {
    const stream = await openStream(f.server.port, '/api/events', f.token);
    await until(() => f.hub.size() === 1);
    const response = await fetch(`http://127.0.0.1:${f.server.port}/api/invoke/sync:start`, {
      method: 'POST',
      headers: { 'x-invoice-inbox-token': f.token },
      body: '{}',
    });
    expect(await response.json()).toEqual({ ok: true, value: { started: true } });
    await until(() => stream.text().includes('event: sync:finished') && stream.text().includes('event: inbox:changed'));
    expect(stream.text().indexOf('event: sync:finished')).toBeLessThan(stream.text().indexOf('event: inbox:changed'));
    stream.close();
  });

  it('keeps every payload on one data line', () => {
    expect(formatEvent('settings:changed', { savedViews: ['a\nb'] })).toBe('event: settings:changed\ndata: {"savedViews":["a\\nb"]}\n\n');
  });
});

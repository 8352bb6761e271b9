import { createEventTap } from './event-tap';
import type { EventSink } from './commands';

function recordingSink() {
  const sent: Array<[string, unknown]> = [];
  const sink: EventSink = { emit: (name, payload) => void sent.push([name, payload]) };
  return { sink, sent };
}

describe('createEventTap', () => {
  it('forwards every event and calls listeners of that name only', () => {
    const { sink, sent } = recordingSink();
    const tap = createEventTap(sink);
    const net = vi.fn();
    tap.listen('net:status', net);
    tap.emit('net:status', { online: false, since: 'x' });
    tap.emit('sync:finished', { results: [] });
    expect(sent.map(([name]) => name)).toEqual(['net:status', 'sync:finished']);
    expect(net).toHaveBeenCalledTimes(1);
    expect(net).toHaveBeenCalledWith({ online: false, since: 'x' });
  });

  it('stops calling a listener after unsubscribe', () => {
    const tap = createEventTap(recordingSink().sink);
    const listener = vi.fn();
    const off = tap.listen('settings:changed', listener);
    off();
    tap.emit('settings:changed', { theme: 'dark', syncIntervalMinutes: 0, startAtLogin: false, savedViews: [], developerMode: false });
    expect(listener).not.toHaveBeenCalled();
  });

  it('keeps forwarding when a listener throws', () => {
    const { sink, sent } = recordingSink();
    const errors: unknown[] = [];
    const tap = createEventTap(sink, (error) => errors.push(error));
    const later = vi.fn();
    tap.listen('net:status', () => {
      throw new Error('boom');
    });
    tap.listen('net:status', later);
    tap.emit('net:status', { online: true, since: 'x' });
    expect(sent).toHaveLength(1);
    expect(later).toHaveBeenCalled();
    expect(errors).toHaveLength(1);
  });
});

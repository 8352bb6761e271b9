import type { ServerResponse } from 'node:http';
import type { EventName, EventPayload } from '../../src-shared/contract';
import type { EventSink } from '../services/commands';

/**
 * Server-sent events: one stream per open page, one SSE event per contract event
 * (`event: <name>` + `data: <JSON payload>`). Also the EventSink the services emit into.
 */
export class SseHub implements EventSink {
  private readonly clients = new Set<ServerResponse>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(heartbeatMs = 15_000) {
    this.heartbeat = setInterval(() => this.broadcast(': keep-alive\n\n'), heartbeatMs);
    this.heartbeat.unref();
  }

  /** Takes over the response as an event stream until the page goes away. */
  attach(res: ServerResponse): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-content-type-options': 'nosniff',
      // Tell proxies (none expected on loopback) not to buffer.
      'x-accel-buffering': 'no',
    });
    res.write('retry: 1000\n: connected\n\n');
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  emit<K extends EventName>(name: K, payload: EventPayload<K>): void {
    this.broadcast(formatEvent(name, payload));
  }

  size(): number {
    return this.clients.size;
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const res of this.clients) res.end();
    this.clients.clear();
  }

  private broadcast(frame: string): void {
    for (const res of this.clients) {
      if (!res.writableEnded) res.write(frame);
    }
  }
}

/** JSON has no raw newlines, so one `data:` line always carries the whole payload. */
export function formatEvent(name: string, payload: unknown): string {
  return `event: ${name}\ndata: ${JSON.stringify(payload ?? null)}\n\n`;
}

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { AccountSyncResult } from '../../src-shared/domain';
import { createNetworkMonitor, reachabilityProbe } from './network-monitor';
import { RecordingEvents } from './test-support';

function result(ok: boolean, kind: 'network' | 'auth' = 'network'): AccountSyncResult {
  return { accountId: 'a', ok, error: ok ? null : { kind, message: 'm', action: 'retry' }, invoiceCount: 0, requests: 1, mode: 'full', warnings: [] };
}

describe('NetworkMonitor', () => {
  it('goes offline only when every account failed on the network, and emits each change once', () => {
    const events = new RecordingEvents();
    const monitor = createNetworkMonitor({ events, now: () => Date.parse('2026-06-15T12:00:00Z') });
    monitor.reportSyncResults([result(false), result(false, 'auth')]);
    expect(monitor.online()).toBe(true);
    monitor.reportSyncResults([result(false), result(false)]);
    monitor.reportSyncResults([result(false)]);
    expect(monitor.online()).toBe(false);
    monitor.reportSyncResults([result(false), result(true)]);
    expect(events.emitted).toEqual([
      { name: 'net:status', payload: { online: false, since: '2026-06-15T12:00:00.000Z' } },
      { name: 'net:status', payload: { online: true, since: '2026-06-15T12:00:00.000Z' } },
    ]);
  });

  it('checks with the injected probe (a throwing probe means offline)', async () => {
    const events = new RecordingEvents();
    let answer: boolean | Error = false;
    const monitor = createNetworkMonitor({
      events,
      probe: async () => {
        if (answer instanceof Error) throw answer;
        return answer;
      },
    });
    expect(await monitor.check()).toBe(false);
    answer = true;
    expect(await monitor.check()).toBe(true);
    answer = new Error('boom');
    expect(await monitor.check()).toBe(false);
  });

  it('reachabilityProbe: any HTTP answer is online, a refused connection is not', async () => {
    const server = createServer((_req, res) => {
      res.statusCode = 404;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const up = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
    expect(await reachabilityProbe(() => [up])()).toBe(true);
    expect(await reachabilityProbe(() => ['http://127.0.0.1:1/x', 'not a url'])()).toBe(false);
    expect(await reachabilityProbe(() => [])()).toBe(true);
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
});

/**
 * A web host (the same composition as `npm run web`) in a process of its own, so its memory is measured
 * per workspace: the "main process" of the renderer benchmark. Credentials in memory (the seeded
 * accounts have none; nothing reaches a keychain). Answers `memory` with its resident set now and at
 * its peak.
 */
import path from 'node:path';
import { MemoryCredentialStore } from '../../src-main/core/credentials/memory-store';
import { startWebHost, type WebHost } from '../../src-main/web/host';
import { serveParent } from './child';

let host: WebHost | null = null;

serveParent(async (message) => {
  switch (message.type) {
    case 'start':
      host = await startWebHost({
        root: path.resolve(__dirname, '..', '..'),
        dataDir: String(message.dataDir),
        port: 0,
        demo: false,
        credentials: new MemoryCredentialStore(),
        log: (line) => process.stderr.write(`bench host: ${line}\n`),
      });
      return { type: 'ready', url: host.url };
    case 'memory':
      // maxRSS is in kilobytes: the peak resident set since the process started.
      return { type: 'memory', rss: process.memoryUsage().rss, peakRss: process.resourceUsage().maxRSS * 1024 };
    case 'close':
      await host?.close();
      process.exit(0);
      return null;
    default:
      return null;
  }
});

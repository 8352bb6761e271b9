/**
 * The benchmark's simulator in its own process, so the provider side's CPU (building and serializing
 * pages) does not share the client's thread, as a remote provider would not. Driven over the fork IPC
 * channel (child.ts): the parent sends the options, receives the URL, asks for stats.
 */
import { startSimulator, type Simulator } from '../../src-main/simulator';
import { serveParent } from './child';

let sim: Simulator | null = null;

serveParent(async (message) => {
  switch (message.type) {
    case 'start':
      sim = await startSimulator(message.options as Parameters<typeof startSimulator>[0]);
      return { type: 'ready', url: sim.url };
    case 'stats':
      return { type: 'stats', stats: sim?.stats() };
    case 'resetStats':
      sim?.resetStats();
      return { type: 'reset' };
    case 'close':
      await sim?.close();
      process.exit(0);
      return null;
    default:
      return null;
  }
});

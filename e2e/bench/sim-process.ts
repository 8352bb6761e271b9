/**
 * The benchmark's simulator in its own process, so the provider side's CPU (building and serializing
 * pages) does not share the client's thread, as a remote provider would not. Driven over the fork IPC
 * channel: the parent sends the options, receives the URL, asks for stats.
 */
import { startSimulator, type SimulatorOptions } from '../../src-main/simulator';

type Request = { type: 'stats' } | { type: 'resetStats' } | { type: 'close' };

process.once('message', (options: SimulatorOptions) => {
  void startSimulator(options).then((sim) => {
    process.send?.({ type: 'ready', url: sim.url });
    process.on('message', (message: Request) => {
      if (message.type === 'stats') process.send?.({ type: 'stats', stats: sim.stats() });
      else if (message.type === 'resetStats') {
        sim.resetStats();
        process.send?.({ type: 'reset' });
      } else void sim.close().then(() => process.exit(0));
    });
  });
});

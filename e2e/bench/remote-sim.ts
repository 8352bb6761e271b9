import type { ProviderId } from '../../src-shared/domain';
import type { SimStats, SimulatorOptions } from '../../src-main/simulator';
import { forkBench } from './child';

/** A simulator running in a child process (see sim-process.ts). */
export interface RemoteSimulator {
  url: string;
  baseUrl(provider: ProviderId): string;
  stats(): Promise<SimStats>;
  resetStats(): Promise<void>;
  close(): Promise<void>;
}

export async function startRemoteSimulator(options: SimulatorOptions): Promise<RemoteSimulator> {
  const child = forkBench('sim-process.ts');
  const { url } = await child.ask<{ url: string }>({ type: 'start', options }, 'ready');
  return {
    url,
    baseUrl: (provider) => `${url}/${provider}`,
    stats: async () => (await child.ask<{ stats: SimStats }>({ type: 'stats' }, 'stats')).stats,
    resetStats: async () => {
      await child.ask({ type: 'resetStats' }, 'reset');
    },
    close: () => child.close(),
  };
}

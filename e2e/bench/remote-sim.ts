import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ProviderId } from '../../src-shared/domain';
import type { SimStats, SimulatorOptions } from '../../src-main/simulator';

/** A simulator running in a child process (see sim-process.ts). */
export interface RemoteSimulator {
  url: string;
  baseUrl(provider: ProviderId): string;
  stats(): Promise<SimStats>;
  resetStats(): Promise<void>;
  close(): Promise<void>;
}

export async function startRemoteSimulator(options: SimulatorOptions): Promise<RemoteSimulator> {
  const script = fileURLToPath(new URL('./sim-process.ts', `file://${__filename}`));
  const child: ChildProcess = fork(script, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = <T>(type: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const onMessage = (message: { type: string } & T): void => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message);
      };
      const onExit = (code: number | null): void => reject(new Error(`simulator process exited (${code})`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const ready = next<{ url: string }>('ready');
  child.send(options);
  const { url } = await ready;
  return {
    url,
    baseUrl: (provider) => `${url}/${provider}`,
    async stats() {
      const reply = next<{ stats: SimStats }>('stats');
      child.send({ type: 'stats' });
      return (await reply).stats;
    },
    async resetStats() {
      const reply = next<object>('reset');
      child.send({ type: 'resetStats' });
      await reply;
    },
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.send({ type: 'close' });
      }),
  };
}

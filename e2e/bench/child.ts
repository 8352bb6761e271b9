/**
 * Benchmark helpers in child processes (the simulator, a web host, one round of a database open):
 * forked with tsx's loader (a bundled probe with none) in the same process (so the child's pid is the
 * process doing the work, and its memory is its own), talking over the fork IPC channel.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface BenchChild {
  readonly pid: number;
  /** Sends `message` and resolves with the first message of type `reply` (rejects if the child exits first). */
  ask<T>(message: object, reply: string): Promise<T>;
  /** Waits for the first message of type `reply` without sending anything. */
  next<T>(reply: string): Promise<T>;
  /** Sends `{type: 'close'}` and waits for the exit (SIGKILL after 15 s). */
  close(): Promise<void>;
}

/**
 * Forks `e2e/bench/<file>` under tsx, or a built JavaScript file (an absolute path, see probe-build.ts)
 * with plain node. Its stdout and stderr go to our stderr (stdout carries the report).
 */
export function forkBench(file: string, args: readonly string[] = []): BenchChild {
  const built = path.isAbsolute(file);
  const child: ChildProcess = fork(built ? file : path.join(__dirname, file), [...args], {
    execArgv: built ? [] : ['--import', 'tsx'],
    stdio: ['ignore', process.stderr, 'inherit', 'ipc'],
  });
  if (child.pid === undefined) throw new Error(`could not start ${file}`);
  const pid = child.pid;
  let stderrHint = '';
  const next = <T>(type: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const onMessage = (message: { type?: string; error?: string } & T): void => {
        if (message.type === 'error') {
          cleanup();
          reject(new Error(`${file}: ${message.error ?? 'failed'}`));
          return;
        }
        if (message.type !== type) return;
        cleanup();
        resolve(message);
      };
      const onExit = (code: number | null): void => {
        cleanup();
        reject(new Error(`${file} exited (code ${code})${stderrHint}`));
      };
      const cleanup = (): void => {
        child.off('message', onMessage);
        child.off('exit', onExit);
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  child.once('error', (error) => (stderrHint = ` (${error.message})`));
  return {
    pid,
    next,
    ask<T>(message: object, reply: string): Promise<T> {
      const answer = next<T>(reply);
      child.send(message);
      return answer;
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(killer);
          resolve();
        });
        child.send({ type: 'close' });
      }),
  };
}

/** In a child: answers each parent message with `handle`'s reply; errors go back as `{type: 'error'}`. */
export function serveParent(handle: (message: { type: string } & Record<string, unknown>) => Promise<object | null>): void {
  process.on('message', (message: { type: string } & Record<string, unknown>) => {
    handle(message).then(
      (reply) => {
        if (reply !== null) process.send?.(reply);
      },
      (error: unknown) => process.send?.({ type: 'error', error: error instanceof Error ? error.message : String(error) }),
    );
  });
}

import type { Workspace } from '../core/workspace/open-workspace';

/** Everything a CLI command touches, injected so tests run commands in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  readStdin: () => Promise<string>;
}

export interface CliContext extends CliIo {
  dataDir: string;
  /** Opens the data dir's workspace (once per invocation; closed when the command ends). */
  openWorkspace: () => Promise<Workspace>;
}

/** Exit codes are part of the CLI's contract. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * `invoice-inbox list | head -1`: the reader may close the pipe before everything is written. That is
 * the reader's choice, not a failure, so the CLI stops quietly with `exit(0)` instead of dying with an
 * EPIPE stack. Any other stream error is rethrown as before.
 */
export function quitQuietlyOnClosedPipe(streams: readonly NodeJS.WritableStream[], exit: (code: number) => void): void {
  for (const stream of streams) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      exit(EXIT.ok);
    });
  }
}

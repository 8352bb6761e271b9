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

import type { InboxService } from '../core/app/types';

/** Everything a CLI command touches, injected so tests run commands in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  readStdin: () => Promise<string>;
}

export interface CliContext extends CliIo {
  dataDir: string;
  /** Opens the workspace's core (accounts, keychain, cache). */
  openInbox: () => Promise<InboxService>;
}

/** Exit codes are part of the CLI's contract. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

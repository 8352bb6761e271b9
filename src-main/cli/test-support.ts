/** Runs the CLI in-process for tests: output captured, the workspace opened by the test's own factory. */
import type { InboxService } from '../core/app/types';
import { runCli } from './main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export interface CliRunOptions {
  openInbox: (dataDir: string) => Promise<InboxService>;
  stdin?: string;
  env?: NodeJS.ProcessEnv;
}

export async function runCliCaptured(args: string[], options: CliRunOptions): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
    env: options.env ?? {},
    readStdin: async () => options.stdin ?? '',
    openInbox: options.openInbox,
  });
  return { code, out, err };
}

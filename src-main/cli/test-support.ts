/** Runs the CLI in-process for tests: output captured, the workspace opened by the test's own factory. */
import type { CredentialStore } from '../core/credentials/types';
import { openWorkspace, type Workspace, type WorkspaceOptions } from '../core/workspace/open-workspace';
import { runCli } from './main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export interface CliRunOptions {
  openWorkspace: (dataDir: string, options: { developerMode: boolean }) => Promise<Workspace>;
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
    openWorkspace: options.openWorkspace,
  });
  return { code, out, err };
}

/** How tests open a workspace for the CLI: given credentials, no watcher, extra options (engine tuning). */
export function testWorkspaceOpener(credentials: CredentialStore, options: Partial<Omit<WorkspaceOptions, 'credentials'>> = {}) {
  return (dataDir: string, flags: { developerMode: boolean } = { developerMode: false }): Promise<Workspace> =>
    openWorkspace(dataDir, { credentials, watchIntervalMs: 0, developerMode: flags.developerMode, ...options });
}

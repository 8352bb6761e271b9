import type { Inbox } from '../app/inbox-service';
import { openWorkspace, type Workspace, type WorkspaceOptions } from '../workspace/open-workspace';

/** A workspace for a test: no watcher (tests wait on events, not on polling). */
export function openTestWorkspace(dataDir: string, options: WorkspaceOptions): Promise<Workspace> {
  return openWorkspace(dataDir, { watchIntervalMs: 0, ...options });
}

/** The inbox of a test workspace (the core as the CLI and the hosts use it). */
export async function openTestInbox(dataDir: string, options: WorkspaceOptions): Promise<Inbox> {
  return (await openTestWorkspace(dataDir, options)).inbox;
}

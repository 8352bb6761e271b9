import type { AppSettings } from '../../../src-shared/contract';
import type { SettingsService } from '../settings/app-settings';
import type { WorkspaceStore } from '../store/types';
import type { Lazy } from './lazy';
import { watchWorkspace } from './workspace-watcher';

export interface FollowerParts {
  store: WorkspaceStore;
  settings: Lazy<SettingsService>;
  /** 0: nothing is watched and nothing is scheduled (a one-shot command); the sweep runs at close. */
  watchIntervalMs: number;
  /** Another process wrote to the workspace. */
  onExternalChange: () => void;
  onSettingsChanged: (settings: AppSettings) => void;
  /** Housekeeping that paints nothing (the sweep of killed writes' temps). */
  afterOpening: () => void;
  log: (line: string) => void;
}

export interface Follower {
  /** Settings may have changed (through this process, or another one): tells listeners when they did. */
  settingsChanged(): void;
  stop(): void;
}

/**
 * Follows what other processes write (data_version, polled) and what settings listeners were last
 * told. A long-running host does its housekeeping and reads that baseline once the opening code and
 * what the host does with the workspace at once have run, so its first rows come first; until the
 * baseline is read, any change is told.
 */
export function followWorkspace(parts: FollowerParts): Follower {
  let lastSettings: string | null = null;
  const settingsChanged = (): void => {
    const now = parts.settings.get().get();
    const text = JSON.stringify(now);
    if (text === lastSettings) return;
    lastSettings = text;
    parts.onSettingsChanged(now);
  };
  if (parts.watchIntervalMs === 0) return { settingsChanged, stop: () => undefined };
  const stopWatching = watchWorkspace({
    dataVersion: () => parts.store.dataVersion(),
    intervalMs: parts.watchIntervalMs,
    onChange: () => {
      parts.onExternalChange();
      settingsChanged();
    },
    onError: () => parts.log('Could not check the workspace for changes made elsewhere.'),
  });
  const housekeeping = setImmediate(() => {
    parts.afterOpening();
    try {
      lastSettings ??= JSON.stringify(parts.settings.get().get());
    } catch {
      // Read again at the next change.
    }
  });
  return {
    settingsChanged,
    stop: () => {
      clearImmediate(housekeeping);
      stopWatching();
    },
  };
}

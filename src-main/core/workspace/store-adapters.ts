import type { TimeZone } from '../reminders/local-time';
import { localDay, startOfLocalDay } from '../reminders/local-time';
import type { QueryCalendar, WorkspaceStore } from '../store/types';
import type { SyncCache } from '../sync/types';

/** The sync engine's cache over the workspace store. */
export function storeSyncCache(store: WorkspaceStore): SyncCache {
  return {
    previous(accountId) {
      return store.syncState.get(accountId)?.syncedAt ? store.invoices.digests(accountId) : null;
    },
    commit: (commit) => store.invoices.commitSync(commit),
  };
}

/** Today and the start of any day on the user's calendar, read from the clock at each call. */
export function calendarOf(now: () => number, zone: TimeZone): () => QueryCalendar {
  return () => ({ today: localDay(now(), zone), startOf: (day) => startOfLocalDay(day, zone) });
}

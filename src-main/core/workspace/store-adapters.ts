import { DAY_MS, localDay, startOfLocalDay, zoneNamed, type TimeZone } from '../../../src-shared/domain/local-time';
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

/**
 * Today and the start of any day on the user's calendar, read from the clock at each call; a zone name
 * (the CLI's --tz) counts on that zone's calendar instead.
 */
export function calendarOf(now: () => number, zone: TimeZone, paidCheckDays: () => number = () => 3): (zoneName?: string) => QueryCalendar {
  return (zoneName) => {
    const calendarZone = zoneName === undefined ? zone : zoneNamed(zoneName);
    const nowMs = now();
    let paidMarksSince: string | undefined;
    return {
      today: localDay(nowMs, calendarZone),
      startOf: (day) => startOfLocalDay(day, calendarZone),
      dayOf: (ms) => localDay(ms, calendarZone),
      // "I paid this" takes an invoice out of what is owed for as long as the provider usually takes to
      // confirm. Read from the reminder preferences when a query first needs it (a window of rows
      // without a mark never does).
      get paidMarksSince() {
        return (paidMarksSince ??= new Date(nowMs - paidCheckDays() * DAY_MS).toISOString());
      },
    };
  };
}

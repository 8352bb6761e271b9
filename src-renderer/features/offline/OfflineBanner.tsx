import { useAppState, useClock, useSync } from '../../app/context';
import { formatAgo } from '../../format/dates';
import { allNetworkFailed } from '../../stores/sync';

/** Says the app is offline and how old the shown data is; nothing else changes on screen. */
export function OfflineBanner() {
  const clock = useClock();
  const online = useAppState((s) => s.online);
  const lastResults = useSync((s) => s.lastResults);
  const byAccount = useSync((s) => s.byAccount);
  const start = useSync((s) => s.start);
  if (online && !allNetworkFailed(lastResults)) return null;
  const times = Object.values(byAccount)
    .map((s) => s.lastSyncedAt)
    .filter((v): v is string => v !== null)
    .map((v) => Date.parse(v))
    .filter((ms) => !Number.isNaN(ms));
  const latest = times.length > 0 ? Math.max(...times) : null;
  const age = latest === null ? null : formatAgo(latest, clock());
  return (
    <div className="banner banner-offline" role="status">
      <strong>
        {age === null ? 'Offline — no invoices have been synced yet' : `Offline — showing invoices from ${age === 'just now' ? 'a moment ago' : age}`}
      </strong>
      <span> Everything already synced stays here, including PDFs you opened. Syncing resumes when the connection is back.</span>
      <button type="button" onClick={() => void start()}>
        Try again
      </button>
    </div>
  );
}

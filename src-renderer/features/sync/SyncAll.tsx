import { useAccounts, useClock, useSync } from '../../app/context';
import { Icon } from '../../components/Icon';
import { formatAgo } from '../../format/dates';

/** "Sync now" for every account (or "Cancel" while any syncs) with a one-line summary. */
export function SyncAll() {
  const clock = useClock();
  const byAccount = useSync((s) => s.byAccount);
  const actionError = useSync((s) => s.actionError);
  const start = useSync((s) => s.start);
  const cancel = useSync((s) => s.cancel);
  const accountCount = useAccounts((s) => s.accounts.length);
  if (accountCount === 0) return null;
  const states = Object.values(byAccount);
  const syncing = states.filter((s) => s.phase === 'syncing').length;
  const failed = states.filter((s) => s.phase === 'error').length;
  const latest = Math.max(
    0,
    ...states.map((s) => (s.lastSyncedAt ? Date.parse(s.lastSyncedAt) : 0)),
  );
  return (
    <div className="sync-all">
      <p className="muted" role="status">
        {syncing > 0
          ? `Syncing ${syncing} ${syncing === 1 ? 'account' : 'accounts'}…`
          : latest > 0
            ? `Synced ${formatAgo(latest, clock())}`
            : 'Not synced yet'}
        {failed > 0 && syncing === 0 ? ` · ${failed} with errors` : ''}
      </p>
      {syncing > 0 ? (
        <button type="button" className="sync-button" title="Cancel sync" onClick={() => void cancel()}>
          <Icon name="sync" />
          <span className="nav-label">Cancel sync</span>
        </button>
      ) : (
        <button type="button" className="sync-button" title="Sync all now" onClick={() => void start()}>
          <Icon name="sync" />
          <span className="nav-label">Sync all now</span>
        </button>
      )}
      {actionError ? (
        <p className="field-error" role="alert">
          {actionError}
        </p>
      ) : null}
    </div>
  );
}

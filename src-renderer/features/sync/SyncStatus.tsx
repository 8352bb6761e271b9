import { useAccounts, useClock, useSync } from '../../app/context';
import { ProgressBar } from '../../components/ProgressBar';
import { formatAgo, formatDateTime } from '../../format/dates';
import { errorFix } from './error-action';

export interface SyncStatusProps {
  accountId: string;
  accountLabel: string;
  /** Opens the account's edit form at the field that fixes the error. */
  onFix: (focus: 'secret' | 'baseUrl') => void;
}

/** One account's sync: progress while syncing, last synced time, errors in words with their fix, warnings about what was saved. */
export function SyncStatus({ accountId, accountLabel, onFix }: SyncStatusProps) {
  const clock = useClock();
  const state = useSync((s) => s.byAccount[accountId]);
  const start = useSync((s) => s.start);
  const cancel = useSync((s) => s.cancel);
  const hasAccount = useAccounts((s) => s.accounts.some((a) => a.id === accountId));
  if (!hasAccount) return null;
  const phase = state?.phase ?? 'idle';
  const progress = state?.progress ?? null;
  const error = state?.lastError ?? null;
  const fix = error ? errorFix(error) : null;
  const warnings = state?.warnings ?? [];

  return (
    <div className="sync-status" data-phase={phase}>
      {phase === 'syncing' ? (
        <div className="sync-progress">
          <ProgressBar label={`Syncing ${accountLabel}`} value={progress?.invoicesSoFar ?? 0} max={progress?.total ?? null} />
          <span className="muted" role="status">
            Syncing… {progress ? `page ${progress.pagesDone}, ${progress.invoicesSoFar}${progress.total !== null ? ` of ${progress.total}` : ''} invoices` : ''}
          </span>
          <button type="button" onClick={() => void cancel(accountId)} aria-label={`Cancel syncing ${accountLabel}`}>
            Cancel
          </button>
        </div>
      ) : (
        <div className="sync-line">
          <span className="muted" title={state?.lastSyncedAt ? formatDateTime(state.lastSyncedAt) : undefined}>
            {state?.lastSyncedAt
              ? `${phase === 'error' ? 'Last good sync' : 'Synced'} ${formatAgo(Date.parse(state.lastSyncedAt), clock())}`
              : 'Not synced yet'}
          </span>
          <button type="button" onClick={() => void start(accountId)} aria-label={`Sync now ${accountLabel}`}>
            Sync now
          </button>
        </div>
      )}
      {error && phase !== 'syncing' ? (
        <div className="sync-error" role="alert">
          <p>{error.message}</p>
          {fix?.kind === 'hint' ? <p className="muted">{fix.text}</p> : null}
          {fix?.kind === 'button' ? (
            <button
              type="button"
              onClick={() => (fix.action === 'retry' ? void start(accountId) : onFix(fix.action === 'reenter_credential' ? 'secret' : 'baseUrl'))}
            >
              {fix.label}
            </button>
          ) : null}
        </div>
      ) : null}
      {warnings.length > 0 ? (
        <ul className="sync-warnings" aria-label={`Warnings for ${accountLabel}`}>
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

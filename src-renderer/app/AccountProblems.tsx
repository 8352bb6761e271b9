import type { AccountView } from '../../src-shared/contract';
import type { AccountSyncState, SyncErrorKind } from '../../src-shared/domain/sync';
import { Icon } from '../components/Icon';
import { errorFix } from '../features/sync/error-action';
import { formatDataAge } from '../format/dates';
import { allNetworkFailed } from '../stores/sync';
import { useAccounts, useAppState, useClock, useServices, useSync } from './context';

/** The headline per kind of failure ("key rejected"); the provider's full sentence follows it. */
const PROBLEM_WORDS: Record<SyncErrorKind, string> = {
  auth: 'credential rejected',
  rate_limited: 'asked to slow down',
  network: 'cannot be reached',
  server: 'provider error',
  bad_response: 'unreadable answer',
  config: 'address not recognised',
  cancelled: 'sync cancelled',
  storage: 'cannot save on this computer',
};

interface Problem {
  account: AccountView;
  state: AccountSyncState;
}

/** Accounts whose last sync failed (the live sync state first, else what the account list said). */
function useProblems(): Problem[] {
  const accounts = useAccounts((s) => s.accounts);
  const byAccount = useSync((s) => s.byAccount);
  const online = useAppState((s) => s.online);
  const lastResults = useSync((s) => s.lastResults);
  // Offline, the offline banner already speaks for every network failure.
  const offline = !online || allNetworkFailed(lastResults);
  const problems: Problem[] = [];
  for (const account of accounts) {
    const state = byAccount[account.id] ?? account.sync;
    const error = state.lastError;
    if (state.phase !== 'error' || !error || error.kind === 'cancelled' || (offline && error.kind === 'network')) continue;
    problems.push({ account, state });
  }
  return problems;
}

function ProblemLine({ account, state }: Problem) {
  const { stores } = useServices();
  const clock = useClock();
  const error = state.lastError;
  if (!error) return null;
  const fix = errorFix(error);
  const since = state.lastSyncedAt ? `rows shown are from ${formatDataAge(state.lastSyncedAt, clock())}` : 'none of its invoices have synced yet';
  const act = () => {
    if (fix.kind !== 'button') return;
    if (fix.action === 'retry') void stores.sync.getState().start(account.id);
    else stores.app.getState().navigate('accounts', { kind: 'edit', accountId: account.id, focus: fix.action === 'reenter_credential' ? 'secret' : 'baseUrl' });
  };
  return (
    <li className="problem">
      <p className="problem-text">
        <strong>
          {account.label}: {PROBLEM_WORDS[error.kind]}
        </strong>{' '}
        — {since}.
      </p>
      <p className="problem-detail">
        {error.message}
        {fix.kind === 'hint' ? ` ${fix.text}` : ''}
      </p>
      {fix.kind === 'button' ? (
        <button type="button" onClick={act} aria-label={`${fix.label}: ${account.label}`}>
          {fix.label}
        </button>
      ) : null}
    </li>
  );
}

/**
 * A banner across the app for every account that cannot sync, saying what failed, how old its rows
 * are, and the one action that fixes it. Not on the accounts screen, whose cards say the same.
 */
export function AccountProblems() {
  const screen = useAppState((s) => s.screen);
  const problems = useProblems();
  if (problems.length === 0 || screen === 'accounts') return null;
  return (
    <section className="banner banner-problem" aria-label={problems.length === 1 ? 'An account cannot sync' : `${problems.length} accounts cannot sync`}>
      <Icon name="broken" />
      <ul className="problem-list">
        {problems.map((p) => (
          <ProblemLine key={p.account.id} {...p} />
        ))}
      </ul>
    </section>
  );
}

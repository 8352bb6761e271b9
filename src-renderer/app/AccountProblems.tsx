import { Icon } from '../components/Icon';
import { errorFix } from '../features/sync/error-action';
import { formatDataAge } from '../format/dates';
import { useAppState, useClock, useServices } from './context';
import { PROBLEM_WORDS, useFailingAccounts, type Problem } from './failing-accounts';

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
  const problems = useFailingAccounts();
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

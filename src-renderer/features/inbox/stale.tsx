import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useClock } from '../../app/context';
import { staleRowsText, useFailingAccounts } from '../../app/failing-accounts';
import { Icon } from '../../components/Icon';

/** Account id -> why its rows are stale; computed once per change of the stores, read by each row. */
const StaleAccounts = createContext<ReadonlyMap<string, string>>(new Map());

/** Gives the grid the accounts whose last sync failed (not a query per row). */
export function StaleAccountsProvider({ children }: { children: ReactNode }) {
  const problems = useFailingAccounts();
  const clock = useClock();
  const stale = useMemo(() => new Map(problems.map((p) => [p.account.id, staleRowsText(p, clock())])), [problems, clock]);
  return <StaleAccounts.Provider value={stale}>{children}</StaleAccounts.Provider>;
}

/**
 * "Stale" beside the account of a row whose account cannot sync: an icon and the word (not colour
 * alone), the reason and the rows' age as a tooltip and for screen readers.
 */
export function StaleMarker({ accountId }: { accountId: string }) {
  const why = useContext(StaleAccounts).get(accountId);
  if (why === undefined) return null;
  return (
    <span className="stale-tag" title={why}>
      <Icon name="broken" />
      Stale
      <span className="visually-hidden">: {why}</span>
    </span>
  );
}

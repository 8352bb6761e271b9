import { useCallback, useMemo } from 'react';
import { dayOf } from '../../../src-shared/domain/dates';
import { useAccounts, useClock, useInbox } from '../../app/context';
import { agingByCurrency } from './aging';
import { NoAccounts, NoInvoicesYet, NoMatch } from './EmptyInbox';
import { FilterBar } from './FilterBar';
import { InvoiceGrid } from './InvoiceGrid';
import { SummaryStrip } from './SummaryStrip';
import { summarize } from './summary';
import { ViewsBar } from './ViewsBar';

export const SEARCH_INPUT_ID = 'inbox-search';

function Body() {
  const clock = useClock();
  const visible = useInbox((s) => s.visible);
  const total = useInbox((s) => s.rows.length);
  const selectedId = useInbox((s) => s.selectedId);
  const openDetail = useInbox((s) => s.openDetail);
  const inboxState = useInbox((s) => s.loadState);
  const loadError = useInbox((s) => s.loadError);
  const accountsState = useAccounts((s) => s.loadState);
  const accountCount = useAccounts((s) => s.accounts.length);
  // Day-based figures only change with the day: a stable "now" keeps rows memoized between renders.
  const today = dayOf(clock());
  const nowMs = Date.parse(`${today}T12:00:00Z`);
  const summary = useMemo(() => summarize(visible), [visible]);
  const aging = useMemo(() => agingByCurrency(visible, nowMs), [visible, nowMs]);
  const onOpen = useCallback((id: string) => openDetail(id), [openDetail]);

  if (inboxState === 'error' && total === 0) {
    return (
      <p className="error-box" role="alert">
        The inbox could not be read: {loadError}
      </p>
    );
  }
  if (inboxState !== 'ready' || accountsState === 'idle' || accountsState === 'loading') {
    return (
      <p className="muted loading" role="status">
        Loading invoices…
      </p>
    );
  }
  if (accountCount === 0 && total === 0) return <NoAccounts />;
  if (total === 0) return <NoInvoicesYet />;
  return (
    <>
      <SummaryStrip summary={summary} aging={aging} />
      {visible.length === 0 ? <NoMatch /> : <InvoiceGrid rows={visible} selectedId={selectedId} nowMs={nowMs} onOpen={onOpen} />}
    </>
  );
}

export function InboxScreen() {
  const search = useInbox((s) => s.filter.search);
  const setFilter = useInbox((s) => s.setFilter);
  const problems = useInbox((s) => s.problems);
  return (
    <section className="inbox" aria-labelledby="inbox-title">
      <header className="screen-header">
        <h1 id="inbox-title">Inbox</h1>
        <input
          id={SEARCH_INPUT_ID}
          className="search"
          type="search"
          placeholder="Search number, description, line items, account  ( / )"
          aria-label="Search invoices"
          aria-keyshortcuts="/"
          value={search}
          onChange={(e) => setFilter({ search: e.target.value })}
        />
      </header>
      {problems.length > 0 ? (
        <p className="warning-box" role="status">
          Some cached data could not be read and was set aside: {problems.join('; ')}. Sync to fetch it again.
        </p>
      ) : null}
      <ViewsBar />
      <FilterBar />
      <Body />
    </section>
  );
}

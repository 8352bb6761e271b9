import { useCallback } from 'react';
import { dayOf } from '../../../src-shared/domain/dates';
import { isFilterEmpty } from '../../../src-shared/domain/inbox-query';
import { useAccounts, useClock, useInbox, useServices } from '../../app/context';
import { ExportMenu } from '../export/ExportMenu';
import { ExportStatus } from '../export/ExportStatus';
import { BulkActionBar } from '../marks/BulkActionBar';
import { PrintPreview } from '../print/PrintPreview';
import { NoAccounts, NoInvoicesYet, NoMatch } from './EmptyInbox';
import { FilterBar } from './FilterBar';
import { InvoiceGrid } from './InvoiceGrid';
import { StaleAccountsProvider } from './stale';
import { isPaidView, SummaryStrip } from './SummaryStrip';
import { useCompactInbox } from './useCompactInbox';
import { useGridSelection } from './useGridSelection';
import { ViewsBar } from './ViewsBar';

export const SEARCH_INPUT_ID = 'inbox-search';

function Body({ compactSummary }: { compactSummary: boolean }) {
  const { stores } = useServices();
  const clock = useClock();
  const pages = useInbox((s) => s.pages);
  const count = useInbox((s) => s.count);
  const query = useInbox((s) => s.query);
  const shownSearch = useInbox((s) => s.shownSearch);
  const filter = useInbox((s) => s.filter);
  const total = useInbox((s) => s.facets?.total ?? null);
  const aggregates = useInbox((s) => s.aggregates);
  const selectedId = useInbox((s) => s.selectedId);
  const selectedIndex = useInbox((s) => s.selectedIndex);
  const openDetail = useInbox((s) => s.openDetail);
  const sort = useInbox((s) => s.sort);
  const setSort = useInbox((s) => s.setSort);
  const inboxState = useInbox((s) => s.loadState);
  const loadError = useInbox((s) => s.loadError);
  const accountsState = useAccounts((s) => s.loadState);
  const accountCount = useAccounts((s) => s.accounts.length);
  // Day-based figures only change with the day: a stable "now" keeps rows memoized between renders.
  const nowMs = Date.parse(`${dayOf(clock())}T12:00:00Z`);
  const onOpen = useCallback((id: string, index: number) => openDetail(id, index), [openDetail]);
  const onRange = useCallback((start: number, end: number) => stores.inbox.getState().ensureRows(start, end), [stores]);
  const rowAt = useCallback((index: number) => pages.get(index), [pages]);
  const selection = useGridSelection();

  if (inboxState === 'error' && pages.size === 0) {
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
  const shown = count ?? pages.size;
  if (accountCount === 0 && total === 0) return <NoAccounts />;
  if (total === 0 && isFilterEmpty(filter)) return <NoInvoicesYet />;
  return (
    <>
      <SummaryStrip count={count} aggregates={aggregates} paidView={isPaidView(filter)} compact={compactSummary} />
      <BulkActionBar />
      {shown === 0 ? (
        <NoMatch />
      ) : (
        <InvoiceGrid
          count={shown}
          rowAt={rowAt}
          onRange={onRange}
          selectedId={selectedId}
          selectedIndex={selectedIndex}
          query={query}
          search={shownSearch}
          nowMs={nowMs}
          onOpen={onOpen}
          sort={sort}
          onSort={setSort}
          {...selection}
        />
      )}
    </>
  );
}

export function InboxScreen() {
  const search = useInbox((s) => s.filter.search);
  const setFilter = useInbox((s) => s.setFilter);
  const compact = useCompactInbox();
  return (
    <section className={`inbox${compact.filters ? ' compact' : ''}`} aria-labelledby="inbox-title">
      <header className="screen-header">
        <h1 id="inbox-title">Inbox</h1>
        <input
          id={SEARCH_INPUT_ID}
          className="search"
          type="search"
          placeholder="Search number, description, line items, account  ( / )"
          aria-label="Search invoices"
          aria-keyshortcuts="/"
          maxLength={200}
          value={search}
          onChange={(e) => setFilter({ search: e.target.value })}
        />
        <ExportMenu />
        {compact.filters ? <FilterBar compact /> : null}
      </header>
      <ExportStatus />
      <PrintPreview />
      <ViewsBar />
      {compact.filters ? null : <FilterBar />}
      <StaleAccountsProvider>
        <Body compactSummary={compact.summary} />
      </StaleAccountsProvider>
    </section>
  );
}

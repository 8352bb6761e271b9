import { useEffect } from 'react';
import type { InboxFilter, InboxSort } from '../../../src-shared/domain/inbox-query';
import { AgingChart } from '../../components/AgingChart';
import { RowsTable, TotalsTable } from './PrintTables';
import { PRINT_MAX_ROWS, useAllRows } from './use-all-rows';

const SORT_WORDS: Record<InboxSort['key'], string> = {
  attention: 'most urgent first',
  due: 'by due date',
  amount: 'by amount',
  issued: 'by issue date',
  paid: 'by payment date',
  provider: 'by provider and account',
};

function sortWords(sort: InboxSort): string {
  return sort.key === 'attention' ? SORT_WORDS.attention : `${SORT_WORDS[sort.key]}, ${sort.dir === 'asc' ? 'ascending' : 'descending'}`;
}

export interface DocumentProps {
  title: string;
  asOf: string;
  /** Every row is loaded (or loading failed): printing may start. */
  onReady: (ready: boolean, error: string | null) => void;
}

/** The current view as a document: every row (in pages from main), totals per currency and the aging table. */
export function ViewDocument({ title, asOf, filter, sort, onReady }: DocumentProps & { filter: InboxFilter; sort: InboxSort }) {
  const data = useAllRows(filter, sort);
  useEffect(() => onReady(data.done, data.error), [data.done, data.error, onReady]);
  const count = data.count ?? 0;
  return (
    <>
      <header className="print-header">
        <h1 id="print-title">{title}</h1>
        <p className="print-meta">
          {data.count === null ? 'Counting invoices…' : `${count.toLocaleString()} ${count === 1 ? 'invoice' : 'invoices'}`} · {sortWords(sort)} · as of {asOf}
          {filter.search.trim() ? ` · search “${filter.search.trim()}”` : ''}
        </p>
        {count > PRINT_MAX_ROWS ? (
          <p className="print-note">
            This view holds {count.toLocaleString()} invoices; the first {PRINT_MAX_ROWS.toLocaleString()} are printed. Export it to Excel for all of them.
          </p>
        ) : null}
      </header>
      <RowsTable rows={data.rows} caption={`${title}: invoices`} />
      <section className="print-section" aria-labelledby="print-totals-title">
        <h2 id="print-totals-title">Totals per currency</h2>
        {data.aggregates ? <TotalsTable totals={data.aggregates.byCurrency} /> : <p>Adding up…</p>}
      </section>
      <section className="print-section" aria-labelledby="print-aging-title">
        <h2 id="print-aging-title">Aging of open amounts</h2>
        {data.aggregates ? <AgingChart aging={data.aggregates.aging} /> : <p>Adding up…</p>}
      </section>
    </>
  );
}

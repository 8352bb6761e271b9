import { useEffect, useState } from 'react';
import type { InboxAggregates, InboxFilter, InboxRowView, InboxSort } from '../../../src-shared/domain/inbox-query';
import { useApi } from '../../app/context';
import { messageOf } from '../../stores/types';

/** Rows a printed document holds at most (beyond that, the Excel export is the way). */
export const PRINT_MAX_ROWS = 10_000;
const PAGE = 500;

export interface AllRows {
  rows: InboxRowView[];
  /** Rows in the whole filtered set (null until the first page came back). */
  count: number | null;
  aggregates: InboxAggregates | null;
  /** Every row (up to PRINT_MAX_ROWS) is loaded. */
  done: boolean;
  error: string | null;
}

const EMPTY: AllRows = { rows: [], count: null, aggregates: null, done: false, error: null };

/**
 * Every row of a filtered, sorted inbox for a printed document, asked from main in pages of 500 (not
 * the grid's window of rows on screen), with the count and the figures of the whole set.
 */
export function useAllRows(filter: InboxFilter, sort: InboxSort): AllRows {
  const api = useApi();
  const [state, setState] = useState<AllRows>(EMPTY);
  useEffect(() => {
    let stopped = false;
    void (async () => {
      try {
        const first = await api.call('invoices:query', { filter, sort, offset: 0, limit: PAGE, count: true, aggregates: true });
        let rows = first.rows;
        const wanted = Math.min(first.count, PRINT_MAX_ROWS);
        if (stopped) return;
        setState({ rows, count: first.count, aggregates: first.aggregates, done: rows.length >= wanted, error: null });
        while (rows.length < wanted) {
          const next = await api.call('invoices:query', { filter, sort, offset: rows.length, limit: Math.min(PAGE, wanted - rows.length), count: false, aggregates: false });
          if (stopped) return;
          if (next.rows.length === 0) break;
          rows = [...rows, ...next.rows];
          setState((previous) => ({ ...previous, rows, done: rows.length >= wanted }));
        }
        setState((previous) => ({ ...previous, done: true }));
      } catch (error) {
        if (!stopped) setState((previous) => ({ ...previous, error: messageOf(error) }));
      }
    })();
    return () => {
      stopped = true;
    };
  }, [api, filter, sort]);
  return state;
}

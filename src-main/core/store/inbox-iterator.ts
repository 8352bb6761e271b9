/**
 * An inbox scope read in batches (exports, print): the matching invoices' positions are written once
 * to a temporary table of this connection (position -> row), then each batch is a short keyed read
 * after the last position. Memory stays at one batch whatever the size of the scope; the set and its
 * order are fixed when the iteration opens; other statements run freely between batches (nothing is
 * held open across them, unlike a live cursor).
 */
import type { Database, Statement } from 'better-sqlite3';
import type { InboxAggregates, InboxRowView } from '../../../src-shared/domain';
import { toView, WINDOW_COLUMNS, WINDOW_WIDTH, type WindowRow } from './inbox-row-view';
import { marksSinceOf, type Params, type QueryCalendar } from './inbox-sql';
import type { InboxIterator } from './types';

export interface IterationQuery {
  /** Conditions on invoices i (the search already joined) and their parameters (calendar included). */
  where: string;
  params: Params;
  /** ORDER BY of the scope's sort. */
  order: string;
  calendar: QueryCalendar;
  batchSize: number;
}

export interface IterationDeps {
  /** Totals and aging of the rows `from` + `where` select (see InboxQueryTable). */
  figures(from: string, where: string, params: Params): InboxAggregates;
}

let serial = 0;

export function openInboxIteration(db: Database, query: IterationQuery, deps: IterationDeps): InboxIterator {
  if (!Number.isInteger(query.batchSize) || query.batchSize < 1) throw new RangeError(`batch size must be a positive integer, got ${query.batchSize}`);
  const table = `temp.inbox_iteration_${++serial}`;
  db.prepare(`CREATE TABLE ${table} (pos INTEGER PRIMARY KEY, seq INTEGER NOT NULL)`).run();
  let open = true;
  const close = (): void => {
    if (!open) return;
    open = false;
    if (db.open) db.prepare(`DROP TABLE IF EXISTS ${table}`).run();
  };
  let count: number;
  let batch: Statement<unknown[]>;
  try {
    db.prepare(`INSERT INTO ${table} (pos, seq) SELECT row_number() OVER (ORDER BY ${query.order}), i.seq FROM invoices i WHERE ${query.where}`).run(query.params);
    count = db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    batch = db.prepare(`SELECT ${WINDOW_COLUMNS}, t.pos FROM ${table} t JOIN invoices i ON i.seq = t.seq WHERE t.pos > @after ORDER BY t.pos LIMIT @limit`).raw(true);
  } catch (error) {
    close();
    throw error;
  }
  const from = `${table} t JOIN invoices i ON i.seq = t.seq`;

  return {
    count,
    calendar: query.calendar,
    aggregates: () => deps.figures(from, '1', query.params),
    close,
    *[Symbol.iterator]() {
      let after = 0;
      const since = marksSinceOf(query.calendar);
      while (open) {
        const rows = batch.all({ ...query.params, after, limit: query.batchSize }) as WindowRow[];
        if (rows.length === 0) return;
        after = (rows[rows.length - 1]?.[WINDOW_WIDTH] as number | undefined) ?? after;
        yield rows.map((row): InboxRowView => toView(row, since));
        if (rows.length < query.batchSize) return;
      }
    },
  };
}

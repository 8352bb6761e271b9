import type { Database, Statement } from 'better-sqlite3';
import type { AgingBucket, CurrencyAging, CurrencyTotal, InboxAggregates, InboxFilter, InboxRowView, InboxSort, Invoice } from '../../../src-shared/domain';
import { AGING_BUCKETS, EMPTY_FILTER } from '../../../src-shared/domain';
import { openInboxIteration } from './inbox-iterator';
import { toView, WINDOW_COLUMNS, type WindowRow } from './inbox-row-view';
import { ACCOUNT_RANKS, AGING_BUCKET, DUPLICATE, filterSql, marksSinceOf, orderSql, OWED, OWED_STATUSES, orderIndex, positionSql, providerOrderSql, searchOn, sortedOrderSql, withMarksSince, wordsOn, type Params, type QueryCalendar, type SqlParts } from './inbox-sql';
import { fromLineItemRow, fromRow, type InvoiceRow, type LineItemRow } from './invoice-row';
import type { InboxIterator, InboxQueries, InboxQueryInput, InboxScope } from './types';

interface FigureRow {
  currency: string;
  n: number;
  paid: number;
  paid_n: number;
}

/** What reminders look at: invoices with money still owed (by the provider's status, whatever the amount). */
const OWED_OR_OPEN = `(i.kind = 'invoice' AND i.status IN ('open', 'overdue'))`;

/** A search matching at most this many invoices looks their rows up directly; more: see withSearch. */
const SMALL_MATCH = 5000;
/** A trigram search matching at most this many invoices looks them up at once for a window (see windowPlan). */
const FEW_MATCH = 500;
/** How far into a sort's index a window's rows are looked for first (see windowPlan)... */
const WALK_HEAD = 2000;
/** ...and how many times that far reading on may go (a full scan and sort of 100,000 invoices: 30 ms). */
const WALK_REACH = 4;
const MAX_CACHED_STATEMENTS = 96;

/** Figures read the narrow covering index, joined to the search's matches when there is one. */
const FIGURES_FROM = 'invoices i INDEXED BY invoices_figures';
const FIGURES_FROM_SEARCH = 'invoice_search s JOIN invoices i INDEXED BY invoices_figures ON i.seq = s.rowid';

/**
 * The inbox's reads: a window of the filtered, sorted set, its count, and the figures for the whole
 * set. A search is joined the cheapest way for its size and the sort (see windowPlan), so the first
 * rows come back at once whatever the size of the workspace.
 */
export class InboxQueryTable implements InboxQueries {
  private readonly statements = new Map<string, Statement<unknown[]>>();

  /**
   * `smallMatch`: a search matching at most this many invoices looks their rows up directly; `walkHead`:
   * how many rows of the sort's order a window's matches are first looked for in (tests set both).
   */
  constructor(
    private readonly db: Database,
    private readonly smallMatch = SMALL_MATCH,
    private readonly walkHead = WALK_HEAD,
  ) {}

  window(input: InboxQueryInput, calendar: QueryCalendar): { rows: InboxRowView[] } {
    const parts = filterSql(input.filter, calendar);
    const { from, where, order, walk } = this.windowPlan(parts, input.sort, input.offset + input.limit);
    const sql = walk
      ? `SELECT ${WINDOW_COLUMNS} FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`
      : // Sorted: the window's rows are picked by their sort keys alone, then their columns read (SQLite
        // would work out a row's 25 columns for every row it sorts: twice the time at 100,000 invoices).
        `SELECT ${WINDOW_COLUMNS} FROM invoices i WHERE i.seq IN (SELECT i.seq FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset) ORDER BY ${order}`;
    const rows = this.statement(sql).raw(true).all({ ...parts.params, limit: input.limit, offset: input.offset }) as WindowRow[];
    const since = marksSinceOf(calendar);
    return { rows: rows.map((row) => toView(row, since)) };
  }

  row(id: string, calendar: QueryCalendar): InboxRowView | null {
    const parts = filterSql(EMPTY_FILTER, calendar);
    const row = this.statement(`SELECT ${WINDOW_COLUMNS} FROM invoices i WHERE i.id = @target`).raw(true).get({ ...parts.params, target: id }) as WindowRow | undefined;
    return row ? toView(row, marksSinceOf(calendar)) : null;
  }

  duplicatePairs(): Map<string, string> {
    const rows = this.statement(`SELECT i.id AS id, f.duplicate_of AS duplicate_of FROM duplicate_flags f JOIN invoices i ON i.seq = f.seq WHERE ${DUPLICATE}`).all() as { id: string; duplicate_of: string }[];
    return new Map(rows.map((row) => [row.id, row.duplicate_of]));
  }

  duplicateOf(id: string): string | null {
    const row = this.statement('SELECT f.duplicate_of FROM duplicate_flags f JOIN invoices i ON i.seq = f.seq WHERE i.id = ?').pluck().get(id);
    return typeof row === 'string' ? row : null;
  }

  count(filter: InboxFilter, calendar: QueryCalendar): number {
    const parts = filterSql(filter, calendar);
    const sql =
      parts.search.length === 0
        ? `SELECT count(*) AS n FROM ${FIGURES_FROM} WHERE ${parts.where}`
        : parts.where === '1'
          ? `SELECT count(*) AS n FROM invoice_search s WHERE ${searchOn(parts, 's')}`
          : `SELECT count(*) AS n FROM ${FIGURES_FROM_SEARCH} WHERE ${searchOn(parts, 's')} AND ${parts.where}`;
    return (this.statement(sql).get(parts.params) as { n: number }).n;
  }

  aggregates(filter: InboxFilter, calendar: QueryCalendar): InboxAggregates {
    const parts = filterSql(filter, calendar);
    const from = parts.search.length === 0 ? FIGURES_FROM : FIGURES_FROM_SEARCH;
    const where = parts.search.length === 0 ? parts.where : `${searchOn(parts, 's')} AND ${parts.where}`;
    // What is owed is a few invoices among the matches: each one's text is tested (eachRowMatches).
    const owed = parts.search.length === 0 ? parts.where : `${parts.where} AND ${eachRowMatches(parts)}`;
    return this.figures({ from, where, owed }, withMarksSince(parts.params, calendar));
  }

  iterate(scope: InboxScope, calendar: QueryCalendar, batchSize: number): InboxIterator {
    const parts = filterSql(scope.ids === undefined ? scope.filter : EMPTY_FILTER, calendar);
    let where = scope.ids === undefined ? this.withSearch(parts) : parts.where;
    if (scope.ids !== undefined) {
      parts.params.ids = JSON.stringify(scope.ids);
      where += ' AND i.id IN (SELECT value FROM json_each(@ids))';
    }
    return openInboxIteration(this.db, { where, params: parts.params, order: orderSql(scope.sort), calendar, batchSize }, {
      figures: (from, figuresWhere, params) => this.figures({ from, where: figuresWhere }, withMarksSince(params, calendar), (sql) => this.db.prepare(sql)),
    });
  }

  /**
   * Totals per currency and aging of the invoices `from` + `where` select (alias i). `owed`: the same
   * invoices as conditions on invoices i alone, when there is such a form. What is owed is then summed
   * over the owed statuses, which SQLite reads from the status index instead of testing every invoice
   * (the whole inbox of 100,000: 71 ms -> 38 ms; a search's: 43 ms -> 2 ms for the owed part). `prepare`
   * is the statement cache unless the SQL names a one-off table (an iteration's snapshot).
   */
  private figures(set: { from: string; where: string; owed?: string }, params: Params, prepare = (sql: string) => this.statement(sql)): InboxAggregates {
    const figures = prepare(
      `SELECT i.currency, count(*) AS n,
         sum(CASE WHEN i.status = 'paid' THEN i.amount_paid ELSE 0 END) AS paid, sum(CASE WHEN i.status = 'paid' THEN 1 ELSE 0 END) AS paid_n
       FROM ${set.from} WHERE ${set.where} GROUP BY i.currency ORDER BY i.currency`,
    ).all(params) as FigureRow[];
    const owedSet = set.owed === undefined ? `${set.from} WHERE ${set.where}` : `invoices i WHERE ${set.owed}`;
    const buckets = prepare(
      `SELECT i.currency, ${AGING_BUCKET} AS bucket, sum(i.amount_due) AS amount, count(*) AS n
       FROM ${owedSet} AND i.status IN (${OWED_STATUSES}) AND ${OWED} GROUP BY 1, 2`,
    ).all(params) as { currency: string; bucket: number; amount: number; n: number }[];

    const owed = new Map<string, { due: number; count: number; buckets: Record<AgingBucket, number> }>();
    for (const entry of buckets) {
      let currency = owed.get(entry.currency);
      if (!currency) {
        currency = { due: 0, count: 0, buckets: Object.fromEntries(AGING_BUCKETS.map((bucket) => [bucket, 0])) as Record<AgingBucket, number> };
        owed.set(entry.currency, currency);
      }
      currency.due += entry.amount;
      currency.count += entry.n;
      currency.buckets[AGING_BUCKETS[entry.bucket] as AgingBucket] += entry.amount;
    }
    const byCurrency: CurrencyTotal[] = figures.map((row) => ({
      currency: row.currency,
      count: row.n,
      dueAmount: owed.get(row.currency)?.due ?? 0,
      dueCount: owed.get(row.currency)?.count ?? 0,
      paidAmount: row.paid,
      paidCount: row.paid_n,
    }));
    const aging: CurrencyAging[] = figures.flatMap((row) => {
      const currency = owed.get(row.currency);
      return currency ? [{ currency: row.currency, buckets: currency.buckets, total: currency.due }] : [];
    });
    return { count: figures.reduce((sum, row) => sum + row.n, 0), byCurrency, aging };
  }

  /**
   * The invoice's position in the view, or null when the view does not hold it: its sort keys are read,
   * then the invoices of the view that come before it are counted (numbering the whole view in order
   * took up to 180 ms at 100,000 invoices).
   */
  locate(id: string, filter: InboxFilter, sort: InboxSort, calendar: QueryCalendar): number | null {
    const parts = filterSql(filter, calendar);
    const where = this.withSearch(parts);
    const { keys, precedes } = positionSql(sort);
    const target = this.statement(`SELECT ${keys} FROM invoices i WHERE i.id = @target AND ${where}`).get({ ...parts.params, target: id }) as Params | undefined;
    if (target === undefined) return null;
    return this.statement(`SELECT count(*) FROM invoices i WHERE ${where} AND ${precedes}`)
      .pluck()
      .get({ ...parts.params, ...target }) as number;
  }

  select(filter: InboxFilter, sort: InboxSort, calendar: QueryCalendar): Invoice[] {
    const parts = filterSql(filter, calendar);
    const where = this.withSearch(parts);
    const rows = this.statement(`SELECT i.* FROM invoices i WHERE ${where} ORDER BY ${orderSql(sort)}`).all(parts.params) as InvoiceRow[];
    const lines = this.statement('SELECT * FROM line_items WHERE invoice_id = ? ORDER BY position');
    return rows.map((row) => fromRow(row, (lines.all(row.id) as LineItemRow[]).map(fromLineItemRow)));
  }

  ids(filter: InboxFilter, calendar: QueryCalendar): string[] {
    const parts = filterSql(filter, calendar);
    const where = this.withSearch(parts);
    return this.statement(`SELECT i.id FROM invoices i WHERE ${where} ORDER BY i.seq`).pluck().all(parts.params) as string[];
  }

  reminderCandidates(): Invoice[] {
    const rows = this.statement(
      // A possible duplicate of another account's invoice reminds once, through the first copy.
      `SELECT * FROM invoices i WHERE (${OWED_OR_OPEN} AND NOT ${DUPLICATE}) OR i.id IN (SELECT invoice_id FROM invoice_marks WHERE marked_paid_at IS NOT NULL) ORDER BY i.seq`,
    ).all() as InvoiceRow[];
    return rows.map((row) => fromRow(row, []));
  }

  currencies(): string[] {
    return (this.statement('SELECT DISTINCT currency FROM invoices ORDER BY currency').all() as { currency: string }[]).map((row) => row.currency);
  }

  /**
   * How a window is read. Every sort but the provider's has an index in its order (orderIndex), and
   * reading that index until the window is full costs what the window shows when its rows come early
   * in that order: always for the whole inbox; for a filter or a search, when the first `walkHead` rows
   * of the order hold enough of them (walkReaches). A common word ("research" in half of 100,000
   * invoices) then gives its first page in a millisecond. Otherwise the window's rows are found first
   * (the filter's own indexes, the search's matches: withSearch) and sorted, so a filter whose rows lie
   * deep in the order (the Overdue view sorted by amount) never reads the whole index; a trigram search
   * with a handful of matches looks them up at once.
   */
  private windowPlan(parts: SqlParts, sort: InboxSort, need: number): { from: string; where: string; order: string; walk: boolean } {
    const order = orderSql(sort);
    const index = orderIndex(sort);
    const sorted = { from: 'invoices i', order: sortedOrderSql(sort), walk: false };
    if (index === null) {
      const ranks = this.statement(ACCOUNT_RANKS).all() as { id: string; rank: number }[];
      return { ...sorted, where: this.withSearch(parts), order: providerOrderSql(sort, ranks, parts.params) };
    }
    // Read in the index's order: SQLite would rather read a filter's own index and sort, all of it.
    const walk = { from: `invoices i INDEXED BY ${index}`, order, walk: true };
    if (parts.where === '1' && parts.search.length === 0) return { ...walk, where: '1' };
    if (need <= this.walkHead) {
      if (parts.search.includes('match')) {
        const few = this.matches(parts, Math.min(FEW_MATCH, this.smallMatch));
        if (few !== null) return { ...sorted, where: this.direct(parts, few) };
      }
      const each = parts.search.length === 0 ? '1' : eachRowMatches(parts);
      if (this.walkReaches(parts, each, walk.from, order, need)) return { ...walk, where: `${parts.where} AND ${each}` };
    }
    return { ...sorted, where: this.withSearch(parts) };
  }

  /**
   * The filter's conditions with the search joined the cheapest way for its size: few matches are
   * looked up directly, many are read as the set of matches one search builds (a full-text query per
   * row costs up to a millisecond with long words).
   */
  private withSearch(parts: SqlParts): string {
    if (parts.search.length === 0) return parts.where;
    const matches = this.matches(parts, this.smallMatch);
    if (matches !== null) return this.direct(parts, matches);
    return `${parts.where} AND i.seq IN (SELECT s.rowid FROM invoice_search s WHERE ${searchOn(parts, 's')})`;
  }

  private direct(parts: SqlParts, matches: number[]): string {
    parts.params.matches = JSON.stringify(matches);
    return `${parts.where} AND i.seq IN (SELECT value FROM json_each(@matches))`;
  }

  /** The rowids of the search's matches when there are at most `most`; null when there are more. */
  private matches(parts: SqlParts, most: number): number[] | null {
    const found = this.statement(`SELECT rowid FROM invoice_search s WHERE ${searchOn(parts, 's')} LIMIT ${most + 1}`)
      .pluck()
      .all(parts.params) as number[];
    return found.length <= most ? found : null;
  }

  /**
   * Will reading the sort's index find the window's `need` rows (those that pass the filter and the
   * search, `each`) within about WALK_REACH times `walkHead` rows? Counted in the first `walkHead` rows
   * (whether they pass the filter or not: the count never reads further, and stops at `need`), and
   * extrapolated from there.
   */
  private walkReaches(parts: SqlParts, each: string, from: string, order: string, need: number): boolean {
    const head = `SELECT i.seq AS seq, (${parts.where}) AS passes FROM ${from} ORDER BY ${order} LIMIT ${this.walkHead}`;
    const found = this.statement(`SELECT count(*) FROM (SELECT 1 FROM (${head}) i WHERE i.passes AND ${each} LIMIT @need)`)
      .pluck()
      .get({ ...parts.params, need }) as number;
    return found >= need || (found > 0 && need / found <= WALK_REACH);
  }

  private statement(sql: string): Statement<unknown[]> {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size >= MAX_CACHED_STATEMENTS) this.statements.delete(this.statements.keys().next().value as string);
      statement = this.db.prepare(sql) as Statement<unknown[]>;
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

/** The search as a test of each invoice's own text (looked up by its row; see wordsOn). */
function eachRowMatches(parts: SqlParts): string {
  return `EXISTS (SELECT 1 FROM invoice_search t WHERE t.rowid = i.seq AND ${wordsOn(parts, 't')})`;
}

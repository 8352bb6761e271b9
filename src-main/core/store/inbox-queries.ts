import type { Database, Statement } from 'better-sqlite3';
import type { AgingBucket, CurrencyAging, CurrencyTotal, InboxAggregates, InboxFilter, InboxRowView, InboxSort, Invoice } from '../../../src-shared/domain';
import { AGING_BUCKETS, type InvoiceKind, type InvoiceState, type InvoiceStatus, type ProviderId } from '../../../src-shared/domain';
import { AGING_BUCKET, DUPLICATE, filterSql, orderSql, OWED, PAYABLE, searchOn, STATE, type QueryCalendar, type SqlParts } from './inbox-sql';
import { fromLineItemRow, fromRow, type InvoiceRow, type LineItemRow } from './invoice-row';
import type { InboxQueries, InboxQueryInput } from './types';

interface WindowRow {
  id: string;
  account_id: string;
  provider: string;
  provider_invoice_id: string;
  number: string | null;
  status: string;
  state: string;
  payable: number;
  marked_paid_at: string | null;
  marks_since: string;
  duplicate_of: string | null;
  duplicate_decision: string | null;
  raw_status: string;
  kind: string;
  currency: string;
  total: number;
  amount_due: number;
  amount_paid: number;
  issued_at: string | null;
  due_at: string | null;
  paid_at: string | null;
  description: string | null;
  has_pdf: number;
}

interface FigureRow {
  currency: string;
  n: number;
  due: number;
  due_n: number;
  paid: number;
  paid_n: number;
}

const WINDOW_COLUMNS = `i.id, i.account_id, i.provider, i.provider_invoice_id, i.number, i.status, ${STATE} AS state, ${PAYABLE} AS payable,
  (SELECT mk.marked_paid_at FROM invoice_marks mk WHERE mk.invoice_id = i.id) AS marked_paid_at, @marksSince AS marks_since,
  (SELECT f.duplicate_of FROM duplicate_flags f WHERE f.seq = i.seq) AS duplicate_of,
  (SELECT mk.duplicate_decision FROM invoice_marks mk WHERE mk.invoice_id = i.id) AS duplicate_decision, i.raw_status, i.kind,
  i.currency, i.total, i.amount_due, i.amount_paid, i.issued_at, i.due_at, i.paid_at, i.description, i.pdf_url IS NOT NULL AS has_pdf`;

/** What reminders look at: invoices with money still owed (by the provider's status, whatever the amount). */
const OWED_OR_OPEN = `(i.kind = 'invoice' AND i.status IN ('open', 'overdue'))`;

/** A search matching at most this many invoices looks their rows up directly; more: see withSearch. */
const SMALL_MATCH = 5000;
const MAX_CACHED_STATEMENTS = 96;

/** Figures read the narrow covering index, joined to the search's matches when there is one. */
const FIGURES_FROM = 'invoices i INDEXED BY invoices_figures';
const FIGURES_FROM_SEARCH = 'invoice_search s JOIN invoices i INDEXED BY invoices_figures ON i.seq = s.rowid';

/**
 * The inbox's reads: a window of the filtered, sorted set, its count, and the figures for the whole
 * set. A search is joined the cheapest way for its size and the sort (see withSearch), so the first
 * rows come back at once whatever the size of the workspace.
 */
export class InboxQueryTable implements InboxQueries {
  private readonly statements = new Map<string, Statement<unknown[]>>();

  /** `smallMatch`: a search matching at most this many invoices looks their rows up directly (tests lower it). */
  constructor(
    private readonly db: Database,
    private readonly smallMatch = SMALL_MATCH,
  ) {}

  window(input: InboxQueryInput, calendar: QueryCalendar): { rows: InboxRowView[] } {
    const parts = filterSql(input.filter, calendar);
    const where = this.withSearch(parts, walksAttentionIndex(input.sort));
    const sql = `SELECT ${WINDOW_COLUMNS} FROM invoices i WHERE ${where} ORDER BY ${orderSql(input.sort)} LIMIT @limit OFFSET @offset`;
    const rows = this.statement(sql).all({ ...parts.params, limit: input.limit, offset: input.offset }) as WindowRow[];
    const labels = this.labels();
    return { rows: rows.map((row) => toView(row, labels)) };
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
    const figures = this.statement(
      `SELECT i.currency, count(*) AS n,
         sum(CASE WHEN ${OWED} THEN i.amount_due ELSE 0 END) AS due, sum(CASE WHEN ${OWED} THEN 1 ELSE 0 END) AS due_n,
         sum(CASE WHEN i.status = 'paid' THEN i.amount_paid ELSE 0 END) AS paid, sum(CASE WHEN i.status = 'paid' THEN 1 ELSE 0 END) AS paid_n
       FROM ${from} WHERE ${where} GROUP BY i.currency ORDER BY i.currency`,
    ).all(parts.params) as FigureRow[];
    const buckets = this.statement(
      `SELECT i.currency, ${AGING_BUCKET} AS bucket, sum(i.amount_due) AS amount FROM ${from} WHERE ${where} AND ${OWED} GROUP BY 1, 2`,
    ).all(parts.params) as { currency: string; bucket: number; amount: number }[];

    const byCurrency: CurrencyTotal[] = figures.map((row) => ({
      currency: row.currency,
      count: row.n,
      dueAmount: row.due,
      dueCount: row.due_n,
      paidAmount: row.paid,
      paidCount: row.paid_n,
    }));
    const aging: CurrencyAging[] = figures
      .filter((row) => row.due_n > 0)
      .map((row) => {
        const values = Object.fromEntries(AGING_BUCKETS.map((bucket) => [bucket, 0])) as Record<AgingBucket, number>;
        for (const entry of buckets) if (entry.currency === row.currency) values[AGING_BUCKETS[entry.bucket] as AgingBucket] += entry.amount;
        return { currency: row.currency, buckets: values, total: row.due };
      });
    return { count: figures.reduce((sum, row) => sum + row.n, 0), byCurrency, aging };
  }

  locate(id: string, filter: InboxFilter, sort: InboxSort, calendar: QueryCalendar): number | null {
    const parts = filterSql(filter, calendar);
    const where = this.withSearch(parts);
    const sql = `SELECT position FROM (SELECT i.id, row_number() OVER (ORDER BY ${orderSql(sort)}) - 1 AS position FROM invoices i WHERE ${where}) WHERE id = @target`;
    const row = this.statement(sql).get({ ...parts.params, target: id }) as { position: number } | undefined;
    return row?.position ?? null;
  }

  select(filter: InboxFilter, sort: InboxSort, calendar: QueryCalendar): Invoice[] {
    const parts = filterSql(filter, calendar);
    const where = this.withSearch(parts);
    const rows = this.statement(`SELECT i.* FROM invoices i WHERE ${where} ORDER BY ${orderSql(sort)}`).all(parts.params) as InvoiceRow[];
    const lines = this.statement('SELECT * FROM line_items WHERE invoice_id = ? ORDER BY position');
    return rows.map((row) => fromRow(row, (lines.all(row.id) as LineItemRow[]).map(fromLineItemRow)));
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
   * The filter's conditions with the search joined the cheapest way for its size and the sort:
   * - few matches: their rows are looked up directly (then sorted);
   * - many matches, default order (`walk`, a window in the attention index's order): the rows are
   *   read in that index's order and each is checked against the set of matches, built once by one
   *   search (a bloom filter and a lookup per row; a full-text query per row costs up to a
   *   millisecond with long words, which made sparse matches take a second at 100k invoices). Short
   *   words alone (no trigram to look up) are tested on each row's text instead: cheap per row, and
   *   many matches mean the first rows come early in the walk;
   * - many matches in any other order: the set of matches is built once and sorted.
   */
  private withSearch(parts: SqlParts, walk = false): string {
    if (parts.search.length === 0) return parts.where;
    const probe = this.statement(`SELECT rowid FROM invoice_search s WHERE ${searchOn(parts, 's')} LIMIT ${this.smallMatch + 1}`)
      .pluck()
      .all(parts.params) as number[];
    if (probe.length <= this.smallMatch) {
      parts.params.matches = JSON.stringify(probe);
      return `${parts.where} AND i.seq IN (SELECT value FROM json_each(@matches))`;
    }
    if (!walk) return `${parts.where} AND i.seq IN (SELECT s.rowid FROM invoice_search s WHERE ${searchOn(parts, 's')})`;
    const short = parts.search.filter((name) => name !== 'match');
    const perRow = short.length === 0 ? '' : ` AND EXISTS (SELECT 1 FROM invoice_search t WHERE t.rowid = i.seq AND ${searchOn({ ...parts, search: short }, 't')})`;
    if (!parts.search.includes('match')) return `${parts.where}${perRow}`;
    // The unary + keeps SQLite from driving the query by the matches: it walks the sort order instead.
    // Short words are tested only on the rows that passed the trigram words.
    return `${parts.where} AND +i.seq IN (SELECT s.rowid FROM invoice_search s WHERE ${searchOn({ ...parts, search: ['match'] }, 's')})${perRow}`;
  }

  private labels(): Map<string, string> {
    const rows = this.statement('SELECT id, label FROM accounts').all() as { id: string; label: string }[];
    return new Map(rows.map((row) => [row.id, row.label]));
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

/** The default order, ascending: the attention index gives it without sorting. */
function walksAttentionIndex(sort: InboxSort): boolean {
  return sort.key === 'attention' && sort.dir === 'asc';
}

function toView(row: WindowRow, labels: ReadonlyMap<string, string>): InboxRowView {
  return {
    id: row.id,
    accountId: row.account_id,
    accountLabel: labels.get(row.account_id) ?? row.account_id,
    provider: row.provider as ProviderId,
    providerInvoiceId: row.provider_invoice_id,
    number: row.number,
    status: row.status as InvoiceStatus,
    state: row.state as InvoiceState,
    payable: row.payable === 1,
    markedPaidAt: row.marked_paid_at,
    markState: row.marked_paid_at === null ? null : row.marked_paid_at >= row.marks_since ? 'waiting' : 'contradicted',
    possibleDuplicateOf: row.duplicate_decision === 'distinct' ? null : row.duplicate_of,
    rawStatus: row.raw_status,
    kind: row.kind as InvoiceKind,
    currency: row.currency,
    total: row.total,
    amountDue: row.amount_due,
    amountPaid: row.amount_paid,
    issuedAt: row.issued_at,
    dueAt: row.due_at,
    paidAt: row.paid_at,
    description: row.description,
    hasPdf: row.has_pdf === 1,
  };
}

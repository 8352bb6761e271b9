/**
 * The inbox filter and sort as SQL over `invoices` (alias i). Everything that depends on the clock or
 * the user's calendar is a parameter computed by the caller (QueryCalendar), so the stored rows never
 * change with time and the same statement serves every day.
 */
import type { DueFilter, InboxFilter, InboxSort, InvoiceState, InvoiceStatus, StateInput } from '../../../src-shared/domain';
import { addDays, INVOICE_STATUSES, isDateOnly, majorToMinor, PROVIDER_IDS, PROVIDERS, stateOnDay, UNPAID_STATES } from '../../../src-shared/domain';
import { searchTerms } from './search-text';

/** The user's calendar at query time: today's local day and when any local day starts (ms). */
export interface QueryCalendar {
  today: string;
  startOf(day: string): number;
  /** The local day of an instant (a due moment's day where the user is). */
  dayOf(ms: number): string;
  /**
   * "I paid this" marks made at or after this moment (ISO) take the invoice out of what is owed; an
   * older mark the provider still contradicts counts again (the reminders' paid-check lag). Default:
   * every mark counts.
   */
  paidMarksSince?: string;
}

export type Params = Record<string, string | number | null>;

export interface SqlParts {
  /** Conditions other than the search ('1' when none). */
  where: string;
  params: Params;
  /** Search as conditions on invoice_search (see searchOn); empty when there is no search. */
  search: string[];
  /** The same words, each a LIKE pattern for one row's text (see wordsOn); empty when there is no search. */
  words: string[];
}

/** The search conditions on the search table under `alias` (every word must occur). */
export function searchOn(parts: SqlParts, alias: string): string {
  return parts.search.map((name) => (name === 'match' ? `${alias}.text MATCH @match` : `${alias}.text LIKE @${name} ESCAPE '\\'`)).join(' AND ');
}

/**
 * The search as a test of the text of the search table's row under `alias` (looked up by rowid): every
 * word a substring, as the trigram query finds them. The unary + keeps the LIKE from FTS5, which would
 * run it as a trigram query of its own on every row (up to a millisecond a row with long words).
 */
export function wordsOn(parts: SqlParts, alias: string): string {
  return parts.words.map((name) => `+${alias}.text LIKE @${name} ESCAPE '\\'`).join(' AND ');
}

/**
 * THE status function (src-shared/domain/invoice-state.ts) in SQL, on the user's calendar: the state of
 * an invoice today. A test runs both over the same invoices and days and requires the same answers.
 */
export const STATE = `(CASE
  WHEN i.status IN ('paid', 'void', 'uncollectible', 'draft') THEN i.status
  WHEN i.status = 'unknown' THEN CASE WHEN i.paid_at IS NOT NULL OR i.amount_due <= 0 THEN 'paid' ELSE 'unknown' END
  WHEN i.due_date IS NULL AND i.due_ms IS NULL THEN CASE WHEN i.status = 'overdue' THEN 'overdue' ELSE 'no_due_date' END
  WHEN i.due_date < @today OR i.due_ms < @todayStart THEN 'overdue'
  WHEN i.due_date = @today OR i.due_ms < @tomorrowStart THEN 'due_today'
  ELSE 'open' END)`;

/** The statuses STATE gives a state of its own (any other status is owed: a state by its due date). */
const STATUS_STATES: Readonly<Record<string, readonly InvoiceState[]>> = {
  paid: ['paid'],
  void: ['void'],
  uncollectible: ['uncollectible'],
  draft: ['draft'],
  unknown: ['paid', 'unknown'],
};

/**
 * The provider statuses an invoice in one of `states` can have, by STATE's rule. Filtering on them too
 * lets SQLite read the status index instead of working out the state of every invoice: the Overdue
 * view of 100,000 invoices went from 29 ms to 1 ms.
 */
export function statusesOf(states: readonly InvoiceState[]): InvoiceStatus[] {
  return INVOICE_STATUSES.filter((status) => (STATUS_STATES[status] ?? UNPAID_STATES).some((state) => states.includes(state)));
}

/** `STATE IN states`, with the statuses those states come from (see statusesOf). */
function stateIn(states: readonly InvoiceState[], params: Params, prefix: string): string {
  return `i.status IN (${list(statusesOf(states), `${prefix}Status`, params)}) AND ${STATE} IN (${list(states, prefix, params)})`;
}

/** The state of one invoice on the calendar: invoice-state.ts's rule, which STATE mirrors. */
export function stateOf(invoice: StateInput, calendar: QueryCalendar): InvoiceState {
  let dueDay: string | null = null;
  if (invoice.dueAt !== null) {
    const ms = isDateOnly(invoice.dueAt) ? null : Date.parse(invoice.dueAt);
    dueDay = ms === null ? invoice.dueAt : Number.isNaN(ms) ? null : calendar.dayOf(ms);
  }
  return stateOnDay({ ...invoice, dueDay }, calendar.today);
}

/** An invoice the user marked paid (recently enough, see QueryCalendar.paidMarksSince), by its row. */
export const MARKED_PAID = `(i.seq IN (SELECT mi.seq FROM invoice_marks mk JOIN invoices mi ON mi.id = mk.invoice_id WHERE mk.marked_paid_at >= @marksSince))`;

/** The provider statuses of money owed (PAYABLE): the status index finds what is owed among years of paid invoices. */
export const OWED_STATUSES = `'open', 'overdue'`;
/** Money still owed on a bill: what due totals, aging, reminders, the tray and the badge count. */
export const PAYABLE = `(i.kind = 'invoice' AND i.status IN (${OWED_STATUSES}) AND i.amount_due > 0)`;
/** A possible duplicate of another account's invoice the user has not called a separate bill. */
export const DUPLICATE = `(i.seq IN (SELECT f.seq FROM duplicate_flags f WHERE f.seq NOT IN (SELECT di.seq FROM invoice_marks dm JOIN invoices di ON di.id = dm.invoice_id WHERE dm.duplicate_decision = 'distinct')))`;
/** What is owed: payable, not marked paid by the user, counted once among look-alikes. */
export const OWED = `(${PAYABLE} AND NOT ${MARKED_PAID} AND NOT ${DUPLICATE})`;

/** The aging bucket of an owed invoice by its due day on the user's calendar (5 = no due date). */
export const AGING_BUCKET = `(CASE
  WHEN i.due_date IS NULL AND i.due_ms IS NULL THEN 5
  WHEN i.due_date >= @today OR i.due_ms >= @todayStart THEN 0
  WHEN i.due_date >= @day30 OR i.due_ms >= @start30 THEN 1
  WHEN i.due_date >= @day60 OR i.due_ms >= @start60 THEN 2
  WHEN i.due_date >= @day90 OR i.due_ms >= @start90 THEN 3
  ELSE 4 END)`;

/** The parameters every statement using the expressions above needs. */
/** When the calendar's "I paid this" marks still count, read only when a row has one (row views). */
export function marksSinceOf(calendar: QueryCalendar): () => string {
  return () => calendar.paidMarksSince ?? '';
}

/** `params` with @marksSince, for SQL that tells what is owed (OWED). */
export function withMarksSince(params: Params, calendar: QueryCalendar): Params {
  return { ...params, marksSince: calendar.paidMarksSince ?? '' };
}

/** The calendar's parameters of the filter SQL (what is owed adds @marksSince: withMarksSince). */
export function calendarParams(calendar: QueryCalendar): Params {
  const params: Params = {
    today: calendar.today,
    todayStart: calendar.startOf(calendar.today),
    tomorrowStart: calendar.startOf(addDays(calendar.today, 1)),
  };
  for (const days of [30, 60, 90]) {
    const day = addDays(calendar.today, -days);
    params[`day${days}`] = day;
    params[`start${days}`] = calendar.startOf(day);
  }
  return params;
}

/** Due day within [from, to] (inclusive, either open) for both due forms. */
function dueBetween(from: string | null, to: string | null, calendar: QueryCalendar, params: Params, name: string): string {
  const parts: string[] = [];
  const dateParts: string[] = [];
  const msParts: string[] = [];
  if (from !== null) {
    params[`${name}From`] = from;
    params[`${name}FromMs`] = calendar.startOf(from);
    dateParts.push(`i.due_date >= @${name}From`);
    msParts.push(`i.due_ms >= @${name}FromMs`);
  }
  if (to !== null) {
    params[`${name}To`] = to;
    params[`${name}ToMs`] = calendar.startOf(addDays(to, 1));
    dateParts.push(`i.due_date <= @${name}To`);
    msParts.push(`i.due_ms < @${name}ToMs`);
  }
  parts.push(`(i.due_date IS NOT NULL${dateParts.map((p) => ` AND ${p}`).join('')})`);
  parts.push(`(i.due_ms IS NOT NULL${msParts.map((p) => ` AND ${p}`).join('')})`);
  return `(${parts.join(' OR ')})`;
}

function dueCondition(due: DueFilter, calendar: QueryCalendar, params: Params): string | null {
  switch (due.kind) {
    case 'any':
      return null;
    case 'overdue':
      return stateIn(['overdue'], params, 'dueState');
    case 'next7':
      return dueBetween(calendar.today, addDays(calendar.today, 7), calendar, params, 'next7');
    case 'thisMonth': {
      const first = `${calendar.today.slice(0, 7)}-01`;
      const nextFirst = `${addDays(first, 31).slice(0, 7)}-01`;
      return dueBetween(first, addDays(nextFirst, -1), calendar, params, 'month');
    }
    case 'range':
      return due.from === null && due.to === null ? null : dueBetween(due.from, due.to, calendar, params, 'range');
  }
}

function list(values: readonly string[], prefix: string, params: Params): string {
  return values
    .map((value, n) => {
      params[`${prefix}${n}`] = value;
      return `@${prefix}${n}`;
    })
    .join(', ');
}

/** WHERE clause and parameters for a filter (constraints combine with AND). */
export function filterSql(filter: InboxFilter, calendar: QueryCalendar): SqlParts {
  const params = calendarParams(calendar);
  const conditions: string[] = [];
  if (filter.states.length > 0) conditions.push(stateIn(filter.states, params, 'state'));
  if (filter.kinds.length > 0) conditions.push(`i.kind IN (${list(filter.kinds, 'kind', params)})`);
  if (filter.accountIds.length > 0) conditions.push(`i.account_id IN (${list(filter.accountIds, 'account', params)})`);
  if (filter.tags.length > 0) conditions.push(`i.id IN (SELECT t.invoice_id FROM invoice_tags t WHERE t.tag IN (${list(filter.tags, 'tag', params)}))`);
  if (filter.provider !== null) {
    params.provider = filter.provider;
    conditions.push('i.provider = @provider');
  }
  const due = filter.due.kind === 'any' ? null : dueCondition(filter.due, calendar, params);
  if (due !== null) conditions.push(due);
  if (filter.paidWithinDays !== null) {
    params.paidFrom = calendar.startOf(addDays(calendar.today, -filter.paidWithinDays));
    params.paidTo = calendar.startOf(addDays(calendar.today, 1));
    // The unary + leaves the status index alone: the paid-date index finds the days' invoices.
    conditions.push(`+i.status = 'paid' AND i.paid_ms >= @paidFrom AND i.paid_ms < @paidTo`);
  }
  if (filter.currency !== null) {
    params.currency = filter.currency;
    conditions.push('i.currency = @currency');
    if (filter.amountMin !== null) {
      params.amountMin = majorToMinor(filter.amountMin, filter.currency);
      conditions.push('i.total >= @amountMin');
    }
    if (filter.amountMax !== null) {
      params.amountMax = majorToMinor(filter.amountMax, filter.currency);
      conditions.push('i.total <= @amountMax');
    }
  }
  const search = filter.search.trim() === '' ? { search: [], words: [] } : searchParams(filter.search, params);
  return { where: conditions.length === 0 ? '1' : conditions.join(' AND '), params, ...search };
}

/** The search box's words as parameters; returns their names (see searchOn and wordsOn). */
function searchParams(text: string, params: Params): Pick<SqlParts, 'search' | 'words'> {
  const terms = searchTerms(text);
  const search: string[] = [];
  if (terms.match !== null) {
    params.match = terms.match;
    search.push('match');
  }
  terms.likes.forEach((pattern, n) => {
    params[`like${n}`] = pattern;
    search.push(`like${n}`);
  });
  const words = terms.words.map((pattern, n) => {
    params[`word${n}`] = pattern;
    return `word${n}`;
  });
  return { search, words };
}

const PROVIDER_ORDER = `(CASE i.provider ${PROVIDER_IDS.map((id) => `WHEN '${id}' THEN '${PROVIDERS[id].name.replace(/'/g, "''")}'`).join(' ')} END)`;

/**
 * ORDER BY for a sort: a total order (ties by id); missing dates always last. Every sort but the
 * provider's reads an index in its order (version 1 and 4 indexes), so a window costs what it shows:
 * descending, SQLite puts missing dates (NULL) last by itself; ascending, `x IS NULL` first does.
 * "Needs attention first" descending is that order reversed.
 */
export function orderSql(sort: InboxSort): string {
  return orderTerms(sort)
    .map(([expression, dir]) => `${expression} ${dir}`)
    .join(', ');
}

type OrderTerm = readonly [expression: string, dir: 'ASC' | 'DESC'];

/** orderSql's terms, each an expression over invoices i and its direction. */
function orderTerms(sort: InboxSort): OrderTerm[] {
  const dir = sort.dir === 'asc' ? 'ASC' : 'DESC';
  const date = (column: string): OrderTerm[] =>
    sort.dir === 'asc' ? [[`${column} IS NULL`, 'ASC'], [column, 'ASC'], ['i.id', 'ASC']] : [[column, 'DESC'], ['i.id', 'ASC']];
  switch (sort.key) {
    case 'attention':
      return [['i.attention_group', dir], ['i.attention_key', dir], ['i.id', dir]];
    case 'due':
      return date('i.due_sort');
    case 'amount':
      return [['i.total_major', dir], ['i.id', 'ASC']];
    case 'issued':
      return date('i.issued_ms');
    case 'paid':
      return date('i.paid_ms');
    case 'provider':
      return [[PROVIDER_ORDER, dir], ['(SELECT label FROM accounts a WHERE a.id = i.account_id) COLLATE NOCASE', dir], ['i.due_sort IS NULL', 'ASC'], ['i.due_sort', 'ASC'], ['i.id', 'ASC']];
  }
}

/**
 * Where one invoice stands in a sort: its sort keys (read by `keys`, named @key0, @key1...) and the
 * condition "comes before it" (`precedes`), so that its position is a count (NULL sorts first).
 */
export function positionSql(sort: InboxSort): { keys: string; precedes: string } {
  const terms = orderTerms(sort);
  let precedes = '0';
  for (let n = terms.length - 1; n >= 0; n--) {
    const [expression, dir] = terms[n] as OrderTerm;
    const key = `@key${n}`;
    const strictly = dir === 'ASC' ? `((${expression}) IS NULL AND ${key} IS NOT NULL OR (${expression}) < ${key})` : `((${expression}) IS NOT NULL AND ${key} IS NULL OR (${expression}) > ${key})`;
    precedes = `(${strictly} OR ((${expression}) IS ${key} AND ${precedes}))`;
  }
  return { keys: terms.map(([expression], n) => `${expression} AS key${n}`).join(', '), precedes };
}

/** Each account's place by its label in the provider sort (accounts of the same label share one). */
export const ACCOUNT_RANKS = `SELECT id, dense_rank() OVER (ORDER BY label COLLATE NOCASE) - 1 AS rank FROM accounts`;

/**
 * The provider sort for a window, with the accounts' places (ACCOUNT_RANKS) as parameters: the same
 * order as orderSql's, without looking an account's label up for every invoice it sorts.
 */
export function providerOrderSql(sort: InboxSort, ranks: readonly { id: string; rank: number }[], params: Params): string {
  const cases = ranks.map(({ id, rank }, n) => {
    params[`rankOf${n}`] = id;
    return `WHEN @rankOf${n} THEN ${rank}`;
  });
  const place = cases.length === 0 ? '0' : `(CASE i.account_id ${cases.join(' ')} ELSE ${ranks.length} END)`;
  const dir = sort.dir === 'asc' ? 'ASC' : 'DESC';
  return `${PROVIDER_ORDER} ${dir}, ${place} ${dir}, i.due_sort IS NULL, i.due_sort ASC, i.id ASC`;
}

/** The index that gives a sort's order (orderSql); null for the provider's, which is always sorted. */
export function orderIndex(sort: InboxSort): string | null {
  const asc = sort.dir === 'asc';
  switch (sort.key) {
    case 'attention':
      return 'invoices_attention';
    case 'due':
      return asc ? 'invoices_due_first' : 'invoices_due';
    case 'amount':
      return 'invoices_amount';
    case 'issued':
      return asc ? 'invoices_issued_first' : 'invoices_issued';
    case 'paid':
      return asc ? 'invoices_paid_first' : 'invoices_paid';
    case 'provider':
      return null;
  }
}

/** The same order for SQLite to sort rather than read from the sort's index (the unary + on its first term). */
export function sortedOrderSql(sort: InboxSort): string {
  return `+${orderSql(sort)}`;
}

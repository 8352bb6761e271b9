/**
 * Every sort but the provider's reads the invoices in an index's order (orderSql, the version 1 and 4
 * indexes), so a window of the first rows costs what it shows at any size of the workspace: SQLite's
 * plan for the window may sort the ties of the last terms, never the whole set. A window found first
 * and then sorted (inbox-queries.ts windowPlan) reads the filter's own index.
 */
import Sqlite from 'better-sqlite3';
import type { InboxSort } from '../../../src-shared/domain';
import { EMPTY_FILTER, SORT_KEYS } from '../../../src-shared/domain';
import { prepare } from './database';
import { WINDOW_COLUMNS } from './inbox-row-view';
import { calendarParams, filterSql, orderSql, sortedOrderSql } from './inbox-sql';
import { utc } from './test-support';

const calendar = utc('2026-06-15');
const SORTS: InboxSort[] = SORT_KEYS.filter((key) => key !== 'provider').flatMap((key) => [{ key, dir: 'asc' as const }, { key, dir: 'desc' as const }]);

describe('inbox sort plans', () => {
  const db = new Sqlite(':memory:');
  prepare(db, {});
  afterAll(() => db.close());

  const plan = (where: string, order: string): string =>
    (db.prepare(`EXPLAIN QUERY PLAN SELECT ${WINDOW_COLUMNS} FROM invoices i WHERE ${where} ORDER BY ${order} LIMIT 100 OFFSET 0`).all(calendarParams(calendar)) as { detail: string }[])
      .map((row) => row.detail)
      .join(' | ');

  it.each(SORTS.map((sort) => [`${sort.key} ${sort.dir}`, sort] as const))('%s: the whole inbox is read in an index order; sorted, an account through its index', (_name, sort) => {
    const walked = plan('1', orderSql(sort));
    expect(walked).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
    expect(walked).toMatch(/USING (COVERING )?INDEX invoices_(attention|due|due_first|issued|issued_first|paid|paid_first|amount)\b/);
    // What windowPlan does when the account's rows are not among the first of the order.
    expect(plan("i.account_id = 'a'", sortedOrderSql(sort))).toMatch(/SEARCH i USING INDEX invoices_account/);
  });

  it('a state view (overdue) is read through the status index, whatever the sort', () => {
    const parts = filterSql({ ...EMPTY_FILTER, states: ['overdue'] }, calendar);
    for (const sort of SORTS) {
      const detail = (db.prepare(`EXPLAIN QUERY PLAN SELECT i.id FROM invoices i WHERE ${parts.where} ORDER BY ${sortedOrderSql(sort)} LIMIT 100`).all(parts.params) as { detail: string }[])
        .map((row) => row.detail)
        .join(' | ');
      expect(detail).toMatch(/SEARCH i USING INDEX invoices_status/);
    }
  });
});

import type { Database, Statement } from 'better-sqlite3';

/** A statement compiled on its first use, then kept. */
export type LazyStatement<Params extends unknown[] = unknown[], Row = unknown> = () => Statement<Params, Row>;

/**
 * Declares a table's statement without compiling it: opening the workspace compiles only what it
 * runs (the tables hold some forty statements, at 20-50 µs each to prepare; most of them serve a
 * sync, a mark or a setting, never the first rows the inbox paints).
 */
export function lazyStatement<Params extends unknown[] = unknown[], Row = unknown>(db: Database, sql: string): LazyStatement<Params, Row> {
  let statement: Statement<Params, Row> | undefined;
  return () => (statement ??= db.prepare(sql) as Statement<Params, Row>);
}

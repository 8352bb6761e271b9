import type { Database } from 'better-sqlite3';
import { lazyStatement, type LazyStatement } from './lazy-statement';
import type { Notice, NoticesRepo, SettingsRepo, StoredView } from './types';

/** App settings (one row per key, JSON values) and the user's saved views. */
export class SettingsTable implements SettingsRepo {
  private readonly getStmt: LazyStatement<[string], { value: string }>;
  private readonly setStmt: LazyStatement;
  private readonly viewsStmt: LazyStatement<[], { id: string; name: string; definition: string }>;
  private readonly saveViewStmt: LazyStatement;
  private readonly deleteViewStmt: LazyStatement;

  constructor(private readonly db: Database) {
    this.getStmt = lazyStatement(db, 'SELECT value FROM settings WHERE key = ?');
    this.setStmt = lazyStatement(
      db,
      'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
    );
    this.viewsStmt = lazyStatement(db, 'SELECT id, name, definition FROM saved_views ORDER BY position, id');
    this.saveViewStmt = lazyStatement(
      db,
      `INSERT INTO saved_views (id, name, definition, position, updated_at)
       VALUES (@id, @name, @definition, (SELECT coalesce(max(position), 0) + 1 FROM saved_views), @at)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, definition = excluded.definition, updated_at = excluded.updated_at`,
    );
    this.deleteViewStmt = lazyStatement(db, 'DELETE FROM saved_views WHERE id = ?');
  }

  get(key: string): unknown {
    const row = this.getStmt().get(key);
    if (!row) return undefined;
    try {
      return JSON.parse(row.value) as unknown;
    } catch {
      return undefined;
    }
  }

  set(values: Readonly<Record<string, unknown>>, at: string): void {
    this.db
      .transaction(() => {
        for (const [key, value] of Object.entries(values)) if (value !== undefined) this.setStmt().run(key, JSON.stringify(value), at);
      })
      .immediate();
  }

  views(): StoredView[] {
    return this.viewsStmt().all().map((row) => {
      let definition: unknown = null;
      try {
        definition = JSON.parse(row.definition);
      } catch {
        // A damaged definition reads as an empty view; the renderer checks every field anyway.
      }
      return { id: row.id, name: row.name, definition };
    });
  }

  saveView(view: StoredView, at: string): void {
    this.saveViewStmt().run({ id: view.id, name: view.name, definition: JSON.stringify(view.definition ?? null), at });
  }

  deleteView(id: string): boolean {
    return this.deleteViewStmt().run(id).changes > 0;
  }
}

export class NoticesTable implements NoticesRepo {
  private readonly openStmt: LazyStatement<[], { id: number; kind: string; message: string; created_at: string }>;
  private readonly addStmt: LazyStatement;
  private readonly ackStmt: LazyStatement;

  constructor(db: Database) {
    this.openStmt = lazyStatement(db, 'SELECT id, kind, message, created_at FROM notices WHERE acknowledged_at IS NULL ORDER BY id');
    this.addStmt = lazyStatement(db, 'INSERT INTO notices (kind, message, created_at) VALUES (?, ?, ?)');
    this.ackStmt = lazyStatement(db, 'UPDATE notices SET acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL');
  }

  open(): Notice[] {
    return this.openStmt().all().map((row) => ({ id: row.id, kind: row.kind, message: row.message, createdAt: row.created_at }));
  }

  add(kind: string, message: string, at: string): void {
    this.addStmt().run(kind, message, at);
  }

  acknowledge(id: number, at: string): boolean {
    return this.ackStmt().run(at, id).changes > 0;
  }
}

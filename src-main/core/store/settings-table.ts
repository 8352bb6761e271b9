import type { Database, Statement } from 'better-sqlite3';
import type { Notice, NoticesRepo, SettingsRepo, StoredView } from './types';

/** App settings (one row per key, JSON values) and the user's saved views. */
export class SettingsTable implements SettingsRepo {
  private readonly getStmt: Statement<[string], { value: string }>;
  private readonly setStmt: Statement;
  private readonly viewsStmt: Statement<[], { id: string; name: string; definition: string }>;
  private readonly saveViewStmt: Statement;
  private readonly deleteViewStmt: Statement;

  constructor(private readonly db: Database) {
    this.getStmt = db.prepare('SELECT value FROM settings WHERE key = ?');
    this.setStmt = db.prepare(
      'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
    );
    this.viewsStmt = db.prepare('SELECT id, name, definition FROM saved_views ORDER BY position, id');
    this.saveViewStmt = db.prepare(
      `INSERT INTO saved_views (id, name, definition, position, updated_at)
       VALUES (@id, @name, @definition, (SELECT coalesce(max(position), 0) + 1 FROM saved_views), @at)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, definition = excluded.definition, updated_at = excluded.updated_at`,
    );
    this.deleteViewStmt = db.prepare('DELETE FROM saved_views WHERE id = ?');
  }

  get(key: string): unknown {
    const row = this.getStmt.get(key);
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
        for (const [key, value] of Object.entries(values)) if (value !== undefined) this.setStmt.run(key, JSON.stringify(value), at);
      })
      .immediate();
  }

  views(): StoredView[] {
    return this.viewsStmt.all().map((row) => {
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
    this.saveViewStmt.run({ id: view.id, name: view.name, definition: JSON.stringify(view.definition ?? null), at });
  }

  deleteView(id: string): boolean {
    return this.deleteViewStmt.run(id).changes > 0;
  }
}

export class NoticesTable implements NoticesRepo {
  private readonly openStmt: Statement<[], { id: number; kind: string; message: string; created_at: string }>;
  private readonly addStmt: Statement;
  private readonly ackStmt: Statement;

  constructor(db: Database) {
    this.openStmt = db.prepare('SELECT id, kind, message, created_at FROM notices WHERE acknowledged_at IS NULL ORDER BY id');
    this.addStmt = db.prepare('INSERT INTO notices (kind, message, created_at) VALUES (?, ?, ?)');
    this.ackStmt = db.prepare('UPDATE notices SET acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL');
  }

  open(): Notice[] {
    return this.openStmt.all().map((row) => ({ id: row.id, kind: row.kind, message: row.message, createdAt: row.created_at }));
  }

  add(kind: string, message: string, at: string): void {
    this.addStmt.run(kind, message, at);
  }

  acknowledge(id: number, at: string): boolean {
    return this.ackStmt.run(at, id).changes > 0;
  }
}

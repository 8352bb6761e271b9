import type { Database } from 'better-sqlite3';
import { lazyStatement, type LazyStatement } from './lazy-statement';
import { NOTE_MAX_CHARS } from '../../../src-shared/contract/marks';
import type { AnnotationsRepo, InvoiceNote, InvoiceTag, TagCount } from './types';

/**
 * The user's notes and tags on invoices, with who and when. Each change is one small transaction that
 * also records it in the invoice's history (mark_events) and refreshes the invoice's search text, so
 * a note or a tag is found by the search box at once.
 */
export class AnnotationsTable implements AnnotationsRepo {
  private readonly accountOf: LazyStatement<[string], { account_id: string }>;
  private readonly noteStmt: LazyStatement<[string], { invoice_id: string; text: string; updated_by: string; updated_at: string }>;
  private readonly upsertNote: LazyStatement;
  private readonly deleteNote: LazyStatement;
  private readonly tagsStmt: LazyStatement<[string], { tag: string; added_by: string; added_at: string }>;
  private readonly insertTag: LazyStatement;
  private readonly deleteTag: LazyStatement;
  private readonly allTagsStmt: LazyStatement<[], { tag: string; n: number }>;
  private readonly insertEvent: LazyStatement;

  constructor(
    private readonly db: Database,
    private readonly reindex: (invoiceId: string) => void,
  ) {
    this.accountOf = lazyStatement(db, 'SELECT account_id FROM invoices WHERE id = ?');
    this.noteStmt = lazyStatement(db, 'SELECT invoice_id, text, updated_by, updated_at FROM invoice_notes WHERE invoice_id = ?');
    this.upsertNote = lazyStatement(
      db,
      `INSERT INTO invoice_notes (invoice_id, account_id, text, updated_by, updated_at) VALUES (@invoice_id, @account_id, @text, @by, @at)
       ON CONFLICT (invoice_id) DO UPDATE SET text = excluded.text, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
    );
    this.deleteNote = lazyStatement(db, 'DELETE FROM invoice_notes WHERE invoice_id = ?');
    this.tagsStmt = lazyStatement(db, 'SELECT tag, added_by, added_at FROM invoice_tags WHERE invoice_id = ? ORDER BY tag COLLATE NOCASE');
    this.insertTag = lazyStatement(
      db,
      'INSERT INTO invoice_tags (invoice_id, tag, account_id, added_by, added_at) VALUES (@invoice_id, @tag, @account_id, @by, @at) ON CONFLICT DO NOTHING',
    );
    this.deleteTag = lazyStatement(db, 'DELETE FROM invoice_tags WHERE invoice_id = ? AND tag = ?');
    // The spelling first used for a tag names it; counts are per tag whatever the case.
    this.allTagsStmt = lazyStatement(
      db,
      'SELECT min(tag) AS tag, count(*) AS n FROM invoice_tags GROUP BY tag COLLATE NOCASE ORDER BY tag COLLATE NOCASE',
    );
    this.insertEvent = lazyStatement(
      db,
      'INSERT INTO mark_events (invoice_id, account_id, at, by, action, detail) VALUES (@invoice_id, @account_id, @at, @by, @action, @detail)',
    );
  }

  note(invoiceId: string): InvoiceNote | null {
    const row = this.noteStmt().get(invoiceId);
    return row ? { invoiceId: row.invoice_id, text: row.text, updatedBy: row.updated_by, updatedAt: row.updated_at } : null;
  }

  setNote(invoiceId: string, text: string, by: string, at: string): boolean {
    return this.db
      .transaction((): boolean => {
        const account = this.accountOf().get(invoiceId);
        if (!account) return false;
        const before = this.note(invoiceId)?.text ?? '';
        const next = text.trim() === '' ? '' : text.slice(0, NOTE_MAX_CHARS);
        if (next === before) return true;
        if (next === '') this.deleteNote().run(invoiceId);
        else this.upsertNote().run({ invoice_id: invoiceId, account_id: account.account_id, text: next, by, at });
        this.event(invoiceId, account.account_id, by, at, next === '' ? 'note_removed' : 'note_saved', next === '' ? null : excerpt(next));
        this.reindex(invoiceId);
        return true;
      })
      .immediate();
  }

  tags(invoiceId: string): InvoiceTag[] {
    return this.tagsStmt().all(invoiceId).map((row) => ({ tag: row.tag, addedBy: row.added_by, addedAt: row.added_at }));
  }

  addTag(invoiceId: string, tag: string, by: string, at: string): boolean {
    return this.db
      .transaction((): boolean => {
        const account = this.accountOf().get(invoiceId);
        if (!account) return false;
        const added = this.insertTag().run({ invoice_id: invoiceId, tag, account_id: account.account_id, by, at }).changes > 0;
        if (added) {
          this.event(invoiceId, account.account_id, by, at, 'tagged', tag);
          this.reindex(invoiceId);
        }
        return added;
      })
      .immediate();
  }

  removeTag(invoiceId: string, tag: string, by: string, at: string): boolean {
    return this.db
      .transaction((): boolean => {
        const account = this.accountOf().get(invoiceId);
        if (!account) return false;
        const removed = this.deleteTag().run(invoiceId, tag).changes > 0;
        if (removed) {
          this.event(invoiceId, account.account_id, by, at, 'untagged', tag);
          this.reindex(invoiceId);
        }
        return removed;
      })
      .immediate();
  }

  allTags(): TagCount[] {
    return this.allTagsStmt().all().map((row) => ({ tag: row.tag, count: row.n }));
  }

  private event(invoiceId: string, accountId: string, by: string, at: string, action: string, detail: string | null): void {
    this.insertEvent().run({ invoice_id: invoiceId, account_id: accountId, at, by, action, detail });
  }
}

/** A note's first words for the history list (the note itself is shown whole). */
function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

import type { Database } from 'better-sqlite3';
import { lazyStatement, type LazyStatement } from './lazy-statement';
import type { Invoice, InvoiceStatus } from '../../../src-shared/domain';
import { providerName, type ProviderId } from '../../../src-shared/domain';
import { invoiceRowHash } from '../sync/fingerprint';
import { fromLineItemRow, fromRow, toLineItemRows, toRow, type InvoiceRow, type LineItemRow } from './invoice-row';
import { REBUILD_DUPLICATES } from './schema-v2';
import { searchText } from './search-text';
import type { CachedDigest, CommitOutcome, InvoicesRepo, SyncCommit } from './types';

/** What a commit compares against: the stored row's hash and the columns possible duplicates are found by. */
interface StoredKeys {
  seq: number;
  id: string;
  row_hash: string;
  number: string | null;
  total: number;
  currency: string;
}

const COLUMNS = [
  'id', 'account_id', 'provider', 'provider_invoice_id', 'number', 'status', 'raw_status', 'kind', 'currency', 'total',
  'amount_due', 'amount_paid', 'issued_at', 'due_at', 'paid_at', 'period_start', 'period_end', 'description', 'pay_url',
  'pdf_url', 'receipt_url', 'updated_at', 'due_date', 'due_ms', 'due_sort', 'issued_ms', 'paid_ms', 'total_major',
  'attention_group', 'attention_key', 'content_hash', 'row_hash',
] as const;

function storedWarnings(text: string | undefined): string[] {
  try {
    const value: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
  } catch {
    return [];
  }
}

const LINE_COLUMNS = ['invoice_id', 'position', 'description', 'quantity', 'unit_amount', 'amount', 'period_start', 'period_end'] as const;

/** Invoices, their line items and the search index, always written together. */
export class InvoicesTable implements InvoicesRepo {
  private readonly digestStmt: LazyStatement<[string], { id: string; content_hash: string; status: string; issued_ms: number | null }>;
  private readonly hashesStmt: LazyStatement<[string], StoredKeys>;
  private readonly insertStmt: LazyStatement;
  private readonly updateStmt: LazyStatement;
  private readonly deleteStmt: LazyStatement;
  private readonly insertLine: LazyStatement;
  private readonly deleteLines: LazyStatement;
  private readonly insertSearch: LazyStatement;
  private readonly deleteSearch: LazyStatement;
  private readonly getStmt: LazyStatement<[string], InvoiceRow>;
  private readonly linesStmt: LazyStatement<[string], LineItemRow>;
  private readonly idsStmt: LazyStatement<[string], { id: string }>;
  private readonly countAll: LazyStatement<[], { n: number }>;
  private readonly countAccount: LazyStatement<[string], { n: number }>;
  private readonly accountStmt: LazyStatement<[string], { label: string; provider: string }>;
  private readonly syncStateStmt: LazyStatement<[string], { fetch_started_at: string | null; warnings: string }>;
  private readonly saveState: LazyStatement;
  private readonly userTextStmt: LazyStatement<[string, string], { text: string }>;
  private readonly accountUserTextStmt: LazyStatement<[string, string], { invoice_id: string; text: string }>;
  private readonly seqStmt: LazyStatement<[string], { seq: number; account_id: string }>;

  constructor(private readonly db: Database) {
    this.digestStmt = lazyStatement(db, 'SELECT id, content_hash, status, issued_ms FROM invoices WHERE account_id = ?');
    this.hashesStmt = lazyStatement(db, 'SELECT seq, id, row_hash, number, total, currency FROM invoices WHERE account_id = ?');
    this.insertStmt = lazyStatement(db, `INSERT INTO invoices (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})`);
    this.updateStmt = lazyStatement(db, `UPDATE invoices SET ${COLUMNS.filter((c) => c !== 'id').map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`);
    this.deleteStmt = lazyStatement(db, 'DELETE FROM invoices WHERE seq = ?');
    this.insertLine = lazyStatement(db, `INSERT INTO line_items (${LINE_COLUMNS.join(', ')}) VALUES (${LINE_COLUMNS.map((c) => `@${c}`).join(', ')})`);
    this.deleteLines = lazyStatement(db, 'DELETE FROM line_items WHERE invoice_id = ?');
    this.insertSearch = lazyStatement(db, 'INSERT INTO invoice_search (rowid, text) VALUES (?, ?)');
    this.deleteSearch = lazyStatement(db, 'DELETE FROM invoice_search WHERE rowid = ?');
    this.getStmt = lazyStatement(db, `SELECT ${COLUMNS.join(', ')} FROM invoices WHERE id = ?`);
    this.linesStmt = lazyStatement(db, `SELECT ${LINE_COLUMNS.join(', ')} FROM line_items WHERE invoice_id = ? ORDER BY position`);
    this.idsStmt = lazyStatement(db, 'SELECT id FROM invoices WHERE account_id = ? ORDER BY seq');
    this.countAll = lazyStatement(db, 'SELECT count(*) AS n FROM invoices');
    this.countAccount = lazyStatement(db, 'SELECT count(*) AS n FROM invoices WHERE account_id = ?');
    this.accountStmt = lazyStatement(db, 'SELECT label, provider FROM accounts WHERE id = ?');
    this.syncStateStmt = lazyStatement(db, 'SELECT fetch_started_at, warnings FROM sync_state WHERE account_id = ?');
    this.userTextStmt = lazyStatement(
      db,
      'SELECT text FROM invoice_notes WHERE invoice_id = ? UNION ALL SELECT tag AS text FROM (SELECT tag FROM invoice_tags WHERE invoice_id = ? ORDER BY tag)',
    );
    this.accountUserTextStmt = lazyStatement(
      db,
      'SELECT invoice_id, text FROM invoice_notes WHERE account_id = ? UNION ALL SELECT invoice_id, tag AS text FROM (SELECT invoice_id, tag FROM invoice_tags WHERE account_id = ? ORDER BY invoice_id, tag)',
    );
    this.seqStmt = lazyStatement(db, 'SELECT seq, account_id FROM invoices WHERE id = ?');
    this.saveState = lazyStatement(
      db,
      `INSERT INTO sync_state (account_id, fetch_started_at, synced_at, last_error, last_error_at, warnings)
       VALUES (@account_id, @fetch_started_at, @synced_at, NULL, NULL, @warnings)
       ON CONFLICT (account_id) DO UPDATE SET fetch_started_at = excluded.fetch_started_at, synced_at = excluded.synced_at,
         last_error = NULL, last_error_at = NULL, warnings = excluded.warnings`,
    );
  }

  digests(accountId: string): CachedDigest[] {
    return this.digestStmt().all(accountId).map((row) => ({ id: row.id, contentHash: row.content_hash, status: row.status as InvoiceStatus, issuedMs: row.issued_ms }));
  }

  commitSync(commit: SyncCommit): CommitOutcome {
    // Hashing happens before the write lock is taken: the transaction only compares and writes.
    const hashed = commit.invoices.map((invoice) => ({ invoice, hash: invoiceRowHash(invoice) }));
    return this.db
      .transaction((): CommitOutcome => {
        const account = this.accountStmt().get(commit.accountId);
        if (!account) return { outcome: 'account_removed' };
        const state = this.syncStateStmt().get(commit.accountId);
        const previous = state?.fetch_started_at ?? null;
        if (previous !== null && previous > commit.fetchStartedAt) {
          return { outcome: 'superseded', invoiceCount: this.count(commit.accountId) };
        }
        const stored = new Map(this.hashesStmt().all(commit.accountId).map((row) => [row.id, row]));
        // Read when the first changed row is written: an unchanged re-sync reads no notes or tags.
        let userText: Map<string, string[]> | undefined;
        let written = 0;
        // Possible duplicates change only with rows added or removed, or a number, total or currency.
        let duplicateKeysChanged = false;
        const seen = new Set<string>();
        for (const { invoice, hash } of hashed) {
          if (invoice.accountId !== commit.accountId || seen.has(invoice.id)) continue;
          seen.add(invoice.id);
          const existing = stored.get(invoice.id);
          if (existing?.row_hash === hash) continue;
          const row = toRow(invoice, hash);
          duplicateKeysChanged ||= existing === undefined || existing.number !== row.number || existing.total !== row.total || existing.currency !== row.currency;
          userText ??= this.accountUserText(commit.accountId);
          this.write(invoice, row, existing?.seq ?? null, account, userText.get(invoice.id) ?? []);
          written++;
        }
        let deleted = 0;
        if (commit.complete) {
          for (const [id, existing] of stored) {
            if (seen.has(id)) continue;
            this.deleteSearch().run(existing.seq);
            this.deleteStmt().run(existing.seq);
            deleted++;
          }
        }
        if (duplicateKeysChanged || deleted > 0) this.db.exec(REBUILD_DUPLICATES);
        this.saveState().run({
          account_id: commit.accountId,
          fetch_started_at: commit.fetchStartedAt,
          synced_at: commit.finishedAt,
          // A partial run did not see the older invoices again: what was said of them still stands.
          warnings: JSON.stringify(commit.complete ? commit.warnings : [...new Set([...storedWarnings(state?.warnings), ...commit.warnings])]),
        });
        return { outcome: 'saved', written, deleted, invoiceCount: this.count(commit.accountId) };
      })
      .immediate();
  }

  /** Inserts or replaces one invoice with its line items and search row (seq kept on update). */
  private write(invoice: Invoice, row: InvoiceRow, seq: number | null, account: { label: string; provider: string }, userText: string[]): void {
    let rowid: number;
    if (seq === null) {
      rowid = Number(this.insertStmt().run(row).lastInsertRowid);
    } else {
      this.updateStmt().run(row);
      this.deleteLines().run(invoice.id);
      this.deleteSearch().run(seq);
      rowid = seq;
    }
    for (const line of toLineItemRows(invoice)) this.insertLine().run(line);
    this.insertSearch().run(rowid, searchText(invoice, account.label, providerName(account.provider as ProviderId), userText));
  }

  /** The notes and tags of an account's invoices by invoice (note first, then tags in order): one read per commit, not per row. */
  private accountUserText(accountId: string): Map<string, string[]> {
    const byInvoice = new Map<string, string[]>();
    for (const { invoice_id: id, text } of this.accountUserTextStmt().all(accountId, accountId)) {
      const texts = byInvoice.get(id);
      if (texts) texts.push(text);
      else byInvoice.set(id, [text]);
    }
    return byInvoice;
  }

  /** The user's note and tags on an invoice, searched with it. */
  private userText(id: string): string[] {
    return this.userTextStmt().all(id, id).map((row) => row.text);
  }

  /** Rebuilds one invoice's search text (after its note or tags changed); nothing when it is not stored. */
  reindexInvoice(id: string): void {
    const found = this.seqStmt().get(id);
    const invoice = found ? this.get(id) : null;
    const account = found ? this.accountStmt().get(found.account_id) : undefined;
    if (!found || !invoice || !account) return;
    this.deleteSearch().run(found.seq);
    this.insertSearch().run(found.seq, searchText(invoice, account.label, providerName(account.provider as ProviderId), this.userText(id)));
  }

  /** Rebuilds the search text of every invoice of an account (after its label changed). */
  reindexAccount(accountId: string): void {
    const account = this.accountStmt().get(accountId);
    if (!account) return;
    const name = providerName(account.provider as ProviderId);
    const userText = this.accountUserText(accountId);
    for (const row of this.hashesStmt().all(accountId)) {
      const invoice = this.get(row.id);
      if (!invoice) continue;
      this.deleteSearch().run(row.seq);
      this.insertSearch().run(row.seq, searchText(invoice, account.label, name, userText.get(row.id) ?? []));
    }
  }

  get(id: string): Invoice | null {
    const row = this.getStmt().get(id);
    return row ? fromRow(row, this.linesStmt().all(id).map(fromLineItemRow)) : null;
  }

  list(accountIds?: readonly string[]): Invoice[] {
    const ids = accountIds ?? (this.db.prepare('SELECT id FROM accounts ORDER BY position').all() as { id: string }[]).map((a) => a.id);
    const out: Invoice[] = [];
    for (const accountId of ids) for (const id of this.ids(accountId)) out.push(this.get(id) as Invoice);
    return out;
  }

  ids(accountId: string): string[] {
    return this.idsStmt().all(accountId).map((row) => row.id);
  }

  count(accountId?: string): number {
    return (accountId === undefined ? this.countAll().get() : this.countAccount().get(accountId))?.n ?? 0;
  }
}

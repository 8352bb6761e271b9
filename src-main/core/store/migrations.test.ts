import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from './database';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import { account, bill } from './test-support';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ii-migrate-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const tables = (db: ReturnType<typeof openDatabase>['db']): string[] =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]);

describe('schema migrations (user_version)', () => {
  it('versions are 1..N in order, each described', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: MIGRATIONS.length }, (_, n) => n + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
    for (const migration of MIGRATIONS) expect(migration.description.length).toBeGreaterThan(10);
  });

  it('1: every table of the workspace, with the indexes the inbox queries use', () => {
    const { db } = openDatabase(dir, { migrations: MIGRATIONS.slice(0, 1) });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'accounts', 'invoices', 'line_items', 'invoice_search', 'sync_state', 'invoice_marks', 'mark_events', 'account_mutes',
        'fired_reminders', 'settings', 'saved_views', 'notices', 'meta',
        'invoices_account', 'invoices_status', 'invoices_due', 'invoices_issued', 'invoices_currency_amount', 'invoices_attention', 'invoices_figures',
      ]),
    );
    db.close();
  });

  it('2: flags look-alike invoices of other accounts in a workspace saved at version 1, keeping its data', () => {
    const v1 = openDatabase(dir, { migrations: MIGRATIONS.slice(0, 1) });
    // The same key added twice: the shared invoice appears once per account.
    for (const [position, id] of ['a', 'b'].entries()) {
      const { provider, label, createdAt } = account(id);
      v1.db.prepare('INSERT INTO accounts (id, provider, label, created_at, position) VALUES (?, ?, ?, ?, ?)').run(id, provider, label, createdAt, position);
    }
    const same = (accountId: string) => [bill(accountId, 1, { number: 'INV-1', providerInvoiceId: 'in_1' }), bill(accountId, 2, { number: `OWN-${accountId}`, providerInvoiceId: `own_${accountId}`, id: `${accountId}:own_${accountId}` })];
    for (const id of ['a', 'b']) {
      v1.db
        .prepare("INSERT INTO sync_state (account_id, fetch_started_at, synced_at) VALUES (?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")
        .run(id);
    }
    // Saved through the version-1 schema as that version wrote it (no duplicate flags yet).
    v1.db.exec('DROP INDEX IF EXISTS invoices_provider_id');
    for (const id of ['a', 'b']) for (const invoice of same(id)) insertV1(v1.db, invoice);
    v1.db.close();

    const { db } = openDatabase(dir, { migrations: MIGRATIONS.slice(0, 2) });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT count(*) FROM invoices').pluck().get()).toBe(4);
    expect(db.prepare('SELECT i.id, f.duplicate_of FROM duplicate_flags f JOIN invoices i ON i.seq = f.seq').all()).toEqual([{ id: 'b:in_1', duplicate_of: 'a:in_1' }]);
    expect(db.prepare("SELECT count(*) FROM pragma_table_info('invoice_marks') WHERE name = 'duplicate_decision'").pluck().get()).toBe(1);
    db.close();
  });

  it('3: adds notes and tags to a workspace saved at version 2, every mark and invoice kept', () => {
    const v2 = openDatabase(dir, { migrations: MIGRATIONS.slice(0, 2) });
    const { provider, label, createdAt } = account('a');
    v2.db.prepare('INSERT INTO accounts (id, provider, label, created_at, position) VALUES (?, ?, ?, ?, 0)').run('a', provider, label, createdAt);
    insertV1(v2.db, bill('a', 1));
    v2.db
      .prepare("INSERT INTO invoice_marks (invoice_id, account_id, muted, marked_paid_at, marked_paid_by, updated_at) VALUES ('a:in_1', 'a', 1, '2026-01-02T00:00:00.000Z', 'dana', '2026-01-02T00:00:00.000Z')")
      .run();
    v2.db.close();

    const { db } = openDatabase(dir, { migrations: MIGRATIONS.slice(0, 3) });
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.prepare('SELECT invoice_id, muted, marked_paid_by FROM invoice_marks').all()).toEqual([{ invoice_id: 'a:in_1', muted: 1, marked_paid_by: 'dana' }]);
    db.prepare("INSERT INTO invoice_notes (invoice_id, account_id, text, updated_by, updated_at) VALUES ('a:in_1', 'a', 'n', 'dana', 'now')").run();
    db.prepare("INSERT INTO invoice_tags (invoice_id, tag, account_id, added_by, added_at) VALUES ('a:in_1', 'Ops', 'a', 'dana', 'now')").run();
    expect(() => db.prepare("INSERT INTO invoice_tags (invoice_id, tag, account_id, added_by, added_at) VALUES ('a:in_1', 'OPS', 'a', 'dana', 'now')").run()).toThrow(/UNIQUE/);
    db.close();
  });

  it('4: a workspace saved at version 3 gets the date-sort indexes (inbox-sort-plans.test.ts), its invoices kept', () => {
    const v3 = openDatabase(dir, { migrations: MIGRATIONS.slice(0, 3) });
    const { provider, label, createdAt } = account('a');
    v3.db.prepare('INSERT INTO accounts (id, provider, label, created_at, position) VALUES (?, ?, ?, ?, 0)').run('a', provider, label, createdAt);
    insertV1(v3.db, bill('a', 1));
    insertV1(v3.db, bill('a', 2, { dueAt: null }));
    v3.db.close();

    const { db } = openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(tables(db)).toEqual(expect.arrayContaining(['invoices_due_first', 'invoices_issued_first', 'invoices_paid_first']));
    expect(db.prepare('SELECT id FROM invoices ORDER BY id').pluck().all()).toEqual(['a:in_1', 'a:in_2']);
    db.close();
  });
});

/** The columns version 1 wrote (what a workspace saved by that version holds). */
function insertV1(db: ReturnType<typeof openDatabase>['db'], invoice: ReturnType<typeof bill>): void {
  db.prepare(
    `INSERT INTO invoices (id, account_id, provider, provider_invoice_id, number, status, raw_status, kind, currency, total, amount_due, amount_paid,
      due_date, due_sort, total_major, attention_group, attention_key, content_hash, row_hash)
     VALUES (@id, @accountId, @provider, @providerInvoiceId, @number, @status, @rawStatus, @kind, @currency, @total, @amountDue, @amountPaid,
      @dueAt, 0, 0, 0, 0, 'h', 'h')`,
  ).run(invoice);
}

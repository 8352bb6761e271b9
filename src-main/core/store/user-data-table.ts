import type { Database } from 'better-sqlite3';
import { lazyStatement, type LazyStatement } from './lazy-statement';
import type { InvoiceStatus } from '../../../src-shared/domain';
import type { InvoiceMark, MarkEvent, MarkPatch, UserDataRepo } from './types';

interface MarkRow {
  invoice_id: string;
  account_id: string;
  snoozed_until: string | null;
  muted: number;
  marked_paid_at: string | null;
  marked_paid_by: string | null;
  marked_status: string | null;
  expected_due_date: string | null;
  duplicate_decision: string | null;
}

const MARK_COLUMNS = 'invoice_id, account_id, snoozed_until, muted, marked_paid_at, marked_paid_by, marked_status, expected_due_date, duplicate_decision';

function toMark(row: MarkRow): InvoiceMark {
  return {
    invoiceId: row.invoice_id,
    accountId: row.account_id,
    snoozedUntil: row.snoozed_until,
    muted: row.muted === 1,
    markedPaidAt: row.marked_paid_at,
    markedPaidBy: row.marked_paid_by,
    markedStatus: row.marked_status as InvoiceStatus | null,
    expectedDueDate: row.expected_due_date,
    duplicateDecision: row.duplicate_decision === 'distinct' ? 'distinct' : null,
  };
}

function isEmpty(mark: InvoiceMark): boolean {
  return mark.snoozedUntil === null && !mark.muted && mark.markedPaidAt === null && mark.expectedDueDate === null && mark.duplicateDecision === null;
}

/**
 * What the user owns about invoices and accounts: marks (snooze, mute, "I paid this", an expected due
 * date) with their audit trail, account mutes, fired reminders and the last reminder check. Every
 * change is a small write of its own row, so two windows never overwrite each other's work.
 */
export class UserDataTable implements UserDataRepo {
  private readonly marksStmt: LazyStatement<[], MarkRow>;
  private readonly markStmt: LazyStatement<[string], MarkRow>;
  private readonly upsertMark: LazyStatement;
  private readonly deleteMark: LazyStatement;
  private readonly insertEvent: LazyStatement;
  private readonly eventsStmt: LazyStatement<[string], { invoice_id: string; at: string; by: string; action: string; detail: string | null }>;
  private readonly mutesStmt: LazyStatement<[], { account_id: string }>;
  private readonly muteStmt: LazyStatement;
  private readonly unmuteStmt: LazyStatement;
  private readonly firedStmt: LazyStatement<[], { key: string; at: string }>;
  private readonly fireStmt: LazyStatement;
  private readonly forgetStmt: LazyStatement;
  private readonly metaGet: LazyStatement<[string], { value: string }>;
  private readonly metaSet: LazyStatement;

  constructor(private readonly db: Database) {
    this.marksStmt = lazyStatement(db, `SELECT ${MARK_COLUMNS} FROM invoice_marks`);
    this.markStmt = lazyStatement(db, `SELECT ${MARK_COLUMNS} FROM invoice_marks WHERE invoice_id = ?`);
    this.upsertMark = lazyStatement(
      db,
      `INSERT INTO invoice_marks (${MARK_COLUMNS}, updated_at)
       VALUES (@invoice_id, @account_id, @snoozed_until, @muted, @marked_paid_at, @marked_paid_by, @marked_status, @expected_due_date, @duplicate_decision, @updated_at)
       ON CONFLICT (invoice_id) DO UPDATE SET snoozed_until = excluded.snoozed_until, muted = excluded.muted,
         marked_paid_at = excluded.marked_paid_at, marked_paid_by = excluded.marked_paid_by, marked_status = excluded.marked_status,
         expected_due_date = excluded.expected_due_date, duplicate_decision = excluded.duplicate_decision, updated_at = excluded.updated_at`,
    );
    this.deleteMark = lazyStatement(db, 'DELETE FROM invoice_marks WHERE invoice_id = ?');
    this.insertEvent = lazyStatement(
      db,
      'INSERT INTO mark_events (invoice_id, account_id, at, by, action, detail) SELECT @invoice_id, @account_id, @at, @by, @action, @detail WHERE EXISTS (SELECT 1 FROM accounts WHERE id = @account_id)',
    );
    this.eventsStmt = lazyStatement(db, 'SELECT invoice_id, at, by, action, detail FROM mark_events WHERE invoice_id = ? ORDER BY id');
    this.mutesStmt = lazyStatement(db, 'SELECT account_id FROM account_mutes ORDER BY account_id');
    this.muteStmt = lazyStatement(
      db,
      'INSERT OR IGNORE INTO account_mutes (account_id, muted_at) SELECT @account_id, @at WHERE EXISTS (SELECT 1 FROM accounts WHERE id = @account_id)',
    );
    this.unmuteStmt = lazyStatement(db, 'DELETE FROM account_mutes WHERE account_id = ?');
    this.firedStmt = lazyStatement(db, 'SELECT key, at FROM fired_reminders');
    this.fireStmt = lazyStatement(db, 'INSERT OR IGNORE INTO fired_reminders (key, at) VALUES (?, ?)');
    this.forgetStmt = lazyStatement(db, 'DELETE FROM fired_reminders WHERE at < ?');
    this.metaGet = lazyStatement(db, 'SELECT value FROM meta WHERE key = ?');
    this.metaSet = lazyStatement(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  }

  marks(): InvoiceMark[] {
    return this.marksStmt().all().map(toMark);
  }

  mark(invoiceId: string): InvoiceMark | null {
    const row = this.markStmt().get(invoiceId);
    return row ? toMark(row) : null;
  }

  updateMark(invoiceId: string, accountId: string, patch: MarkPatch, event: Omit<MarkEvent, 'invoiceId'>): void {
    this.db
      .transaction(() => {
        const current: InvoiceMark = this.mark(invoiceId) ?? {
          invoiceId,
          accountId,
          snoozedUntil: null,
          muted: false,
          markedPaidAt: null,
          markedPaidBy: null,
          markedStatus: null,
          expectedDueDate: null,
          duplicateDecision: null,
        };
        const next: InvoiceMark = { ...current, ...patch };
        if (isEmpty(next)) this.deleteMark().run(invoiceId);
        else {
          this.upsertMark().run({
            invoice_id: invoiceId,
            account_id: accountId,
            snoozed_until: next.snoozedUntil,
            muted: next.muted ? 1 : 0,
            marked_paid_at: next.markedPaidAt,
            marked_paid_by: next.markedPaidBy,
            marked_status: next.markedStatus,
            expected_due_date: next.expectedDueDate,
            duplicate_decision: next.duplicateDecision,
            updated_at: event.at,
          });
        }
        this.insertEvent().run({ invoice_id: invoiceId, account_id: accountId, ...event });
      })
      .immediate();
  }

  events(invoiceId: string): MarkEvent[] {
    return this.eventsStmt().all(invoiceId).map((row) => ({ invoiceId: row.invoice_id, at: row.at, by: row.by, action: row.action, detail: row.detail }));
  }

  mutedAccounts(): string[] {
    return this.mutesStmt().all().map((row) => row.account_id);
  }

  setAccountMuted(accountId: string, muted: boolean, at: string): void {
    if (muted) this.muteStmt().run({ account_id: accountId, at });
    else this.unmuteStmt().run(accountId);
  }

  firedKeys(): Record<string, string> {
    const fired: Record<string, string> = {};
    for (const row of this.firedStmt().all()) fired[row.key] = row.at;
    return fired;
  }

  recordFired(keys: readonly string[], at: string): string[] {
    return this.db.transaction(() => keys.filter((key) => this.fireStmt().run(key, at).changes > 0)).immediate();
  }

  forgetFiredBefore(at: string): void {
    this.forgetStmt().run(at);
  }

  lastCheckAt(): string | null {
    return this.metaGet().get('reminders.lastCheckAt')?.value ?? null;
  }

  setLastCheckAt(at: string): void {
    this.metaSet().run('reminders.lastCheckAt', at);
  }
}

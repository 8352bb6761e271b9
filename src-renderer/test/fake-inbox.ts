/**
 * The fake API's inbox is the real one: the accounts and invoices a test gives the fake are written to
 * an in-memory workspace database and every inbox command is answered by the core's own queries, so
 * component tests see exactly the windows, counts, totals and aging main computes. Reminders too: the
 * core's reminder service over the same database (UTC days of the fake's clock).
 */
import type { AccountView, InvoiceDetail, ParsedArgs } from '../../src-shared/contract';
import { EMPTY_FILTER, utcZone, type InboxWindow, type Invoice, type RemindersChangeReason } from '../../src-shared/domain';
import { invoiceDetail } from '../../src-main/core/app/invoice-detail';
import { MarksService } from '../../src-main/core/marks/marks-service';
import { openReminderService } from '../../src-main/core/reminders/open';
import type { ReminderService } from '../../src-main/core/reminders/reminders-service';
import type { SqliteWorkspaceStore } from '../../src-main/core/store/sqlite-store';
import { seededStore, utcCalendar } from '../../src-main/core/testing/seeded-store';

export class FakeInbox {
  private store: SqliteWorkspaceStore | null = null;
  private seeded: { accounts: readonly AccountView[]; invoices: readonly Invoice[] } | null = null;
  private reminders: { store: SqliteWorkspaceStore; service: ReminderService } | null = null;

  constructor(
    private readonly now: () => number,
    private readonly onRemindersChanged: (reason: RemindersChangeReason) => void = () => undefined,
  ) {}

  /** The core's reminder service over the same workspace (what the 'reminders:*' commands answer with). */
  reminderService(accounts: readonly AccountView[], invoices: readonly Invoice[]): ReminderService {
    const store = this.synced(accounts, invoices);
    if (this.reminders?.store !== store) {
      const service = openReminderService({ store, clock: { now: this.now }, zone: utcZone, user: 'you', onChanged: (reason) => this.onRemindersChanged(reason) });
      this.reminders = { store, service };
    }
    return this.reminders.service;
  }

  /** The workspace holding exactly these accounts and invoices (rebuilt when the test replaced either). */
  private synced(accounts: readonly AccountView[], invoices: readonly Invoice[]): SqliteWorkspaceStore {
    if (this.store && this.seeded?.accounts === accounts && this.seeded.invoices === invoices) return this.store;
    this.store?.close();
    this.store = seededStore(accounts, invoices, this.now());
    this.seeded = { accounts, invoices };
    return this.store;
  }

  query(accounts: readonly AccountView[], invoices: readonly Invoice[], args: ParsedArgs<'invoices:query'>): InboxWindow {
    const store = this.synced(accounts, invoices);
    const calendar = utcCalendar(this.now());
    const rows = args.limit === 0 ? [] : store.inbox.window({ filter: args.filter, sort: args.sort, offset: args.offset, limit: args.limit }, calendar).rows;
    return {
      offset: args.offset,
      rows,
      count: args.count ? store.inbox.count(args.filter, calendar) : -1,
      aggregates: args.aggregates ? store.inbox.aggregates(args.filter, calendar) : null,
    };
  }

  get(accounts: readonly AccountView[], invoices: readonly Invoice[], id: string): InvoiceDetail | null {
    return invoiceDetail(this.synced(accounts, invoices), id, utcCalendar(this.now()));
  }


  locate(accounts: readonly AccountView[], invoices: readonly Invoice[], args: ParsedArgs<'invoices:locate'>): number | null {
    return this.synced(accounts, invoices).inbox.locate(args.invoiceId, args.filter, args.sort, utcCalendar(this.now()));
  }

  facets(accounts: readonly AccountView[], invoices: readonly Invoice[]): { currencies: string[]; total: number; owed: number; tags: { tag: string; count: number }[] } {
    const store = this.synced(accounts, invoices);
    const figures = store.inbox.aggregates(EMPTY_FILTER, utcCalendar(this.now()));
    return {
      currencies: store.inbox.currencies(),
      total: figures.count,
      owed: figures.byCurrency.reduce((sum, entry) => sum + entry.dueCount, 0),
      tags: store.annotations.allTags(),
    };
  }

  /** The core's marks service over the same workspace (marks are kept until the test replaces the data). */
  marks(accounts: readonly AccountView[], invoices: readonly Invoice[]): MarksService {
    const store = this.synced(accounts, invoices);
    if (this.marksOver?.store !== store) {
      const service = new MarksService({ store, clock: { now: this.now }, zone: utcZone, calendar: () => utcCalendar(this.now()), user: 'tester', onChanged: () => undefined });
      this.marksOver = { store, service };
    }
    return this.marksOver.service;
  }

  private marksOver: { store: SqliteWorkspaceStore; service: MarksService } | null = null;
}

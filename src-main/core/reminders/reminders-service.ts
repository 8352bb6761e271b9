/**
 * Reminders as hosts use them (Electron shell, web host, CLI): recomputes after every sync, answers
 * the due list, applies what the user says (snooze, mute, "I paid this", pause) and, on each tick of
 * the host's timer, hands planned notifications to the injected notifier. What it remembers lives in
 * a ReminderStore (the workspace database), so every process on the workspace agrees and a reminder
 * fires once, whichever process ticks first. Plain Node: clock, zone, store and notifier are injected.
 */
import type {
  DueItem,
  Invoice,
  InvoiceStatus,
  PauseUntil,
  ReminderPreferences,
  RemindersChangeReason,
  SnoozeUntil,
} from '../../../src-shared/domain';
import { paidPatch, UNPAID_PATCH } from '../marks/mark-actions';
import { computeDue } from './due';
import type { TimeZone } from './local-time';
import type { PlannedNotification } from './notification-text';
import { applyPreferencesPatch, resolvePause } from './preferences';
import type { MarkChange, ReminderStore } from './reminder-store';
import { planNotifications, type Plan } from './scheduler';
import { resolveSnooze } from './snooze';
import type { ReminderState } from './state';

export interface ReminderServiceOptions {
  clock: { now(): number };
  zone: TimeZone;
  store: ReminderStore;
  /** The invoices that can remind (owed ones, and those marked paid): read from the workspace. */
  invoices?: () => readonly Invoice[];
  /** Account labels by id, for due items and notifications. */
  labels?: () => Readonly<Record<string, string>>;
  /** Who the user is, for the audit of marks (the OS user name). */
  user?: string;
  /** Shows a notification (native in Electron; an event in the web host). */
  notify?: (notification: PlannedNotification) => void;
  /** The due list or the preferences changed (hosts emit 'reminders:changed'). */
  onChanged?: (reason: RemindersChangeReason) => void;
}

export interface DueQuery {
  /** Default 7. */
  withinDays?: number;
  includeHidden?: boolean;
  /** Default: the clock's now. */
  asOfMs?: number;
  /** The calendar to count days on (the CLI's `--tz`). Default: the service's zone. */
  zone?: TimeZone;
}

/** The last check is written at most this often when nothing else changed. */
const CHECK_PERSIST_INTERVAL_MS = 15 * 60_000;
export const DEFAULT_WITHIN_DAYS = 7;

export class ReminderService {
  /** Invoices given to recompute() (tests, the CLI); otherwise the `invoices` source is read each time. */
  private given: readonly Invoice[] | null = null;
  private givenLabels: Readonly<Record<string, string>> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** This process's last check: stored only every 15 minutes, but a catch-up is judged on the real gap. */
  private lastTickMs: number | null = null;

  constructor(private readonly options: ReminderServiceOptions) {}

  /** Kept for callers that opened the service asynchronously. */
  static async open(options: ReminderServiceOptions): Promise<ReminderService> {
    return new ReminderService(options);
  }

  /** After every sync (and at start): optionally takes the invoices, then checks what is due now. */
  async recompute(invoices?: readonly Invoice[], accountLabels?: Readonly<Record<string, string>>): Promise<PlannedNotification[]> {
    if (invoices) this.given = invoices;
    if (accountLabels) this.givenLabels = accountLabels;
    const planned = await this.tick();
    this.options.onChanged?.('recompute');
    return planned;
  }

  /** The host's timer calls this (every minute, and on wake from sleep). */
  tick(): Promise<PlannedNotification[]> {
    return this.serially(async () => {
      const nowMs = this.options.clock.now();
      const at = new Date(nowMs).toISOString();
      const { store } = this.options;
      const first = this.plan(store.state(), nowMs);
      const meaningful = first.stateChanges.some((change) => change.type !== 'checked');
      const lastCheck = store.state().lastCheckAt;
      const checkDue = lastCheck === null || nowMs - Date.parse(lastCheck) >= CHECK_PERSIST_INTERVAL_MS;
      if (!meaningful && !checkDue) {
        this.lastTickMs = nowMs;
        return [];
      }
      // Plan again with the workspace locked, so a reminder another window just fired is not shown twice.
      const notifications = store.exclusive(() => {
        const plan = this.plan(store.state(), nowMs);
        store.apply(plan.stateChanges, at);
        return plan.notifications;
      });
      this.lastTickMs = nowMs;
      for (const notification of notifications) {
        try {
          this.options.notify?.(notification);
        } catch {
          // A notifier failure (no notification support) must not stop reminders or the timer.
        }
      }
      if (meaningful) this.options.onChanged?.('recompute');
      return notifications;
    });
  }

  private plan(state: ReminderState, nowMs: number): Plan {
    const stored = state.lastCheckAt === null ? null : Date.parse(state.lastCheckAt);
    const lastCheckMs = stored === null ? this.lastTickMs : Math.max(stored, this.lastTickMs ?? stored);
    return planNotifications(this.invoices(), state, this.options.store.preferences(), nowMs, lastCheckMs, {
      zone: this.options.zone,
      accountLabels: this.labels(),
    });
  }

  /** The due list (the CLI `due` computation) over the given invoices, or the workspace's. */
  due(query: DueQuery = {}, invoices?: readonly Invoice[], accountLabels?: Readonly<Record<string, string>>): DueItem[] {
    const { paidCheckDays, noDueDateDays } = this.options.store.preferences();
    return computeDue(invoices ?? this.invoices(), query.asOfMs ?? this.options.clock.now(), {
      withinDays: query.withinDays ?? DEFAULT_WITHIN_DAYS,
      includeHidden: query.includeHidden ?? false,
      zone: query.zone ?? this.options.zone,
      state: this.options.store.state(),
      accountLabels: accountLabels ?? this.labels(),
      paidCheckDays,
      noDueDateDays,
    });
  }

  async snooze(invoiceId: string, until: SnoozeUntil): Promise<string> {
    const snoozedUntil = resolveSnooze(until, this.options.clock.now(), this.options.zone);
    await this.change('snooze', { invoiceId, patch: { snoozedUntil }, action: 'snoozed', detail: `until ${snoozedUntil}` });
    return snoozedUntil;
  }

  unsnooze(invoiceId: string): Promise<void> {
    return this.change('snooze', { invoiceId, patch: { snoozedUntil: null }, action: 'unsnoozed' });
  }

  mute(invoiceId: string, muted: boolean): Promise<void> {
    return this.change('mute', { invoiceId, patch: { muted }, action: muted ? 'muted' : 'unmuted' });
  }

  muteAccount(accountId: string, muted: boolean): Promise<void> {
    return this.serially(async () => {
      this.options.store.setAccountMuted(accountId, muted, this.nowIso());
      this.options.onChanged?.('mute_account');
    });
  }

  /** "I paid this" (or undo): stops the invoice's reminders until a sync confirms or contradicts it. */
  markPaid(invoiceId: string, paid: boolean, seenStatus?: InvoiceStatus): Promise<void> {
    const known = seenStatus !== undefined ? { status: seenStatus } : this.invoices().find((invoice) => invoice.id === invoiceId);
    const at = this.nowIso();
    return this.change(
      'mark_paid',
      paid
        ? { invoiceId, patch: paidPatch(known?.status ?? 'open', this.user(), at), action: 'marked_paid' }
        : { invoiceId, patch: UNPAID_PATCH, action: 'unmarked_paid' },
    );
  }

  /** The day the user expects an invoice without a due date to fall due (null forgets it). */
  expectDue(invoiceId: string, day: string | null): Promise<void> {
    return this.change('expected_due', { invoiceId, patch: { expectedDueDate: day }, action: day === null ? 'expected_due_cleared' : 'expected_due_set', detail: day });
  }

  async pause(until: PauseUntil): Promise<string | null> {
    const pausedUntil = resolvePause(until, this.options.clock.now(), this.options.zone);
    await this.savePreferences((prefs) => ({ ...prefs, pausedUntil }), 'pause');
    return pausedUntil;
  }

  preferences(): ReminderPreferences {
    return this.options.store.preferences();
  }

  /** Applies a validated patch (throws a ReminderInputError naming the bad field). */
  async setPreferences(patch: unknown): Promise<ReminderPreferences> {
    await this.savePreferences((prefs) => applyPreferencesPatch(prefs, patch), 'preferences');
    return this.preferences();
  }

  /** The calendar reminders follow. */
  get zone(): TimeZone {
    return this.options.zone;
  }

  /** The remembered state (for the tray model and tests). */
  currentState(): ReminderState {
    return this.options.store.state();
  }

  /** The invoices reminders look at now. */
  knownInvoices(): readonly Invoice[] {
    return this.invoices();
  }

  private invoices(): readonly Invoice[] {
    return this.given ?? this.options.invoices?.() ?? [];
  }

  private labels(): Readonly<Record<string, string>> {
    return this.givenLabels ?? this.options.labels?.() ?? {};
  }

  private user(): string {
    return this.options.user ?? 'you';
  }

  private nowIso(): string {
    return new Date(this.options.clock.now()).toISOString();
  }

  private change(reason: RemindersChangeReason, change: Omit<MarkChange, 'by'>): Promise<void> {
    return this.serially(async () => {
      this.options.store.mark({ ...change, by: this.user() }, this.nowIso());
      this.options.onChanged?.(reason);
    });
  }

  private savePreferences(update: (prefs: ReminderPreferences) => ReminderPreferences, reason: RemindersChangeReason): Promise<void> {
    return this.serially(async () => {
      const { store } = this.options;
      store.exclusive(() => store.savePreferences(update(store.preferences()), this.nowIso()));
      this.options.onChanged?.(reason);
    });
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

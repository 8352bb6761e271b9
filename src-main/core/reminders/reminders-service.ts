/**
 * Reminders as hosts use them (Electron shell, web host, CLI): holds the persisted state and the
 * preferences, recomputes after every sync, answers the due list, applies what the user says (snooze,
 * mute, "I paid this", pause) and, on each tick of the host's timer, hands planned notifications to
 * the injected notifier. Plain Node: clock, zone, stores and notifier are injected.
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
import { computeDue } from './due';
import type { TimeZone } from './local-time';
import type { PlannedNotification } from './notification-text';
import { applyPreferencesPatch, resolvePause } from './preferences';
import { planNotifications } from './scheduler';
import { resolveSnooze } from './snooze';
import { applyChanges, pruneState, setAccountMuted, updateInvoice, type ReminderState } from './state';
import type { PreferencesStore, ReminderStateStore } from './state-store';

export interface ReminderServiceOptions {
  clock: { now(): number };
  zone: TimeZone;
  stateStore: ReminderStateStore;
  preferencesStore: PreferencesStore;
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

/** The last check is written to disk at most this often when nothing else changed. */
const CHECK_PERSIST_INTERVAL_MS = 15 * 60_000;
export const DEFAULT_WITHIN_DAYS = 7;

export class ReminderService {
  private invoices: readonly Invoice[] = [];
  private labels: Readonly<Record<string, string>> = {};
  private queue: Promise<unknown> = Promise.resolve();
  private savedCheckMs: number | null;

  private constructor(
    private readonly options: ReminderServiceOptions,
    private state: ReminderState,
    private prefs: ReminderPreferences,
  ) {
    this.savedCheckMs = state.lastCheckAt === null ? null : Date.parse(state.lastCheckAt);
  }

  static async open(options: ReminderServiceOptions): Promise<ReminderService> {
    const [state, prefs] = await Promise.all([options.stateStore.load(), options.preferencesStore.load()]);
    return new ReminderService(options, state, prefs);
  }

  /** After every sync (and at start): takes the cached invoices, then checks what is due now. */
  async recompute(invoices: readonly Invoice[], accountLabels?: Readonly<Record<string, string>>): Promise<PlannedNotification[]> {
    this.invoices = invoices;
    if (accountLabels) this.labels = accountLabels;
    const planned = await this.tick();
    this.options.onChanged?.('recompute');
    return planned;
  }

  /** The host's timer calls this (every minute, and on wake from sleep). */
  tick(): Promise<PlannedNotification[]> {
    return this.serially(async () => {
      const nowMs = this.options.clock.now();
      const lastCheckMs = this.state.lastCheckAt === null ? null : Date.parse(this.state.lastCheckAt);
      const plan = planNotifications(this.invoices, this.state, this.prefs, nowMs, lastCheckMs, {
        zone: this.options.zone,
        accountLabels: this.labels,
      });
      const meaningful = plan.stateChanges.some((change) => change.type !== 'checked');
      this.state = pruneState(applyChanges(this.state, plan.stateChanges), nowMs);
      if (meaningful || this.savedCheckMs === null || nowMs - this.savedCheckMs >= CHECK_PERSIST_INTERVAL_MS) {
        // Persist before showing anything: a crash after a notification must not repeat it.
        await this.options.stateStore.save(this.state);
        this.savedCheckMs = nowMs;
      }
      for (const notification of plan.notifications) {
        try {
          this.options.notify?.(notification);
        } catch {
          // A notifier failure (no notification support) must not stop reminders or the timer.
        }
      }
      return plan.notifications;
    });
  }

  /** The due list (the CLI `due` computation) over the given invoices, or the last recomputed ones. */
  due(query: DueQuery = {}, invoices?: readonly Invoice[], accountLabels?: Readonly<Record<string, string>>): DueItem[] {
    return computeDue(invoices ?? this.invoices, query.asOfMs ?? this.options.clock.now(), {
      withinDays: query.withinDays ?? DEFAULT_WITHIN_DAYS,
      includeHidden: query.includeHidden ?? false,
      zone: query.zone ?? this.options.zone,
      state: this.state,
      accountLabels: accountLabels ?? this.labels,
      paidCheckDays: this.prefs.paidCheckDays,
    });
  }

  async snooze(invoiceId: string, until: SnoozeUntil): Promise<string> {
    const snoozedUntil = resolveSnooze(until, this.options.clock.now(), this.options.zone);
    await this.change('snooze', (state) => updateInvoice(state, invoiceId, { snoozedUntil }));
    return snoozedUntil;
  }

  unsnooze(invoiceId: string): Promise<void> {
    return this.change('snooze', (state) => updateInvoice(state, invoiceId, { snoozedUntil: undefined }));
  }

  mute(invoiceId: string, muted: boolean): Promise<void> {
    return this.change('mute', (state) => updateInvoice(state, invoiceId, { muted }));
  }

  muteAccount(accountId: string, muted: boolean): Promise<void> {
    return this.change('mute_account', (state) => setAccountMuted(state, accountId, muted));
  }

  /** "I paid this" (or undo): stops the invoice's reminders until a sync confirms or contradicts it. */
  markPaid(invoiceId: string, paid: boolean, seenStatus?: InvoiceStatus): Promise<void> {
    const known = seenStatus !== undefined ? { status: seenStatus } : this.invoices.find((invoice) => invoice.id === invoiceId);
    const at = new Date(this.options.clock.now()).toISOString();
    return this.change('mark_paid', (state) =>
      updateInvoice(state, invoiceId, paid ? { markedPaidAt: at, markedStatus: known?.status ?? 'open' } : { markedPaidAt: undefined, markedStatus: undefined }),
    );
  }

  async pause(until: PauseUntil): Promise<string | null> {
    const pausedUntil = resolvePause(until, this.options.clock.now(), this.options.zone);
    await this.savePreferences({ ...this.prefs, pausedUntil }, 'pause');
    return pausedUntil;
  }

  preferences(): ReminderPreferences {
    return structuredClone(this.prefs);
  }

  /** Applies a validated patch (throws a ReminderInputError naming the bad field). */
  async setPreferences(patch: unknown): Promise<ReminderPreferences> {
    await this.savePreferences(applyPreferencesPatch(this.prefs, patch), 'preferences');
    return this.preferences();
  }

  /** The calendar reminders follow. */
  get zone(): TimeZone {
    return this.options.zone;
  }

  /** A copy of the persisted state (for the tray model and tests). */
  currentState(): ReminderState {
    return structuredClone(this.state);
  }

  /** The invoices last given to recompute. */
  knownInvoices(): readonly Invoice[] {
    return this.invoices;
  }

  problems(): string[] {
    return this.options.stateStore.problems();
  }

  private change(reason: RemindersChangeReason, update: (state: ReminderState) => ReminderState): Promise<void> {
    return this.serially(async () => {
      const next = update(this.state);
      await this.options.stateStore.save(next);
      this.state = next;
      this.options.onChanged?.(reason);
    });
  }

  private savePreferences(next: ReminderPreferences, reason: RemindersChangeReason): Promise<void> {
    return this.serially(async () => {
      await this.options.preferencesStore.save(next);
      this.prefs = next;
      this.options.onChanged?.(reason);
    });
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

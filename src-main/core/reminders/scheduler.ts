/**
 * Which reminders fire now. Pure: given the invoices, the persisted state, the preferences and two
 * clock readings, it returns the notifications to show and the state changes to persist (the fired
 * keys), so the same moment is never notified twice, even across restarts.
 *
 * Rules (all on the user's local calendar, see local-time.ts):
 * - Lead reminders: for lead days [7, 3, 1, 0], an invoice reminds once when it is 7 days from due,
 *   once at 3, at 1 and on the due day (key `${id}:lead:${n}`). When several lead days passed unseen
 *   (the invoice just synced, or the machine slept), only the nearest one fires.
 * - Overdue: once per local day per invoice (`${id}:overdue:${day}`), or once ever when overdueDaily
 *   is off (`${id}:overdue`).
 * - "I paid this" that a sync contradicts (still unpaid after paidCheckDays): one reminder with a note
 *   (`${id}:paid-check:${markedPaidAt}`), then the usual ones. A sync that shows paid/void/uncollectible
 *   confirms it: the mark is cleared.
 * - Quiet hours and a pause: nothing fires and nothing is marked fired; what fell due fires when they
 *   end.
 * - Several reminders at once: ONE combined notification (a "catch-up" when the last check is long
 *   ago: the machine slept or the app was closed), never a burst.
 * - Weekly digest: on the digest weekday from the digest time (up to 24 hours late, e.g. after quiet
 *   hours), once per ISO week (`digest:2026-W47`), listing what is overdue or due in the next 7 days.
 *   Reminders due at the same time are folded into it.
 */
import type { DueItem, Invoice, ReminderPreferences } from '../../../src-shared/domain';
import { addDays, isSettled } from '../../../src-shared/domain';
import { byUrgency, computeDue } from './due';
import { isoWeekKey, localDay, localTimeToMs, parseTimeOfDay, weekdayOfDay, type TimeZone } from './local-time';
import {
  digestNotification,
  invoiceNotification,
  summaryNotification,
  type PlannedNotification,
} from './notification-text';
import { inQuietHours, isPaused } from './preferences';
import { applyChanges, type ReminderState, type StateChange } from './state';

/** A gap between checks longer than this means the machine slept or the app was not running. */
export const CATCH_UP_GAP_MS = 15 * 60_000;
const DAY_MS = 86_400_000;

export interface PlanContext {
  zone: TimeZone;
  accountLabels?: Readonly<Record<string, string>>;
}

export interface Plan {
  notifications: PlannedNotification[];
  stateChanges: StateChange[];
}

interface Firing {
  item: DueItem;
  reason: 'lead' | 'overdue' | 'paid_contradicted';
}

export function planNotifications(
  invoices: readonly Invoice[],
  state: ReminderState,
  prefs: ReminderPreferences,
  nowMs: number,
  lastCheckMs: number | null,
  context: PlanContext,
): Plan {
  const at = new Date(nowMs).toISOString();
  const changes: StateChange[] = confirmations(invoices, state);
  changes.push({ type: 'checked', at });
  if (isPaused(prefs, nowMs) || inQuietHours(prefs, nowMs, context.zone)) return { notifications: [], stateChanges: changes };

  const working = applyChanges(state, changes);
  const fired = (key: string): boolean => working.fired[key] !== undefined || changes.some((c) => c.type === 'fired' && c.key === key);
  const fire = (key: string): void => {
    changes.push({ type: 'fired', key, at });
  };
  const dueContext = {
    zone: context.zone,
    state: working,
    paidCheckDays: prefs.paidCheckDays,
    noDueDateDays: prefs.noDueDateDays,
    ...(context.accountLabels ? { accountLabels: context.accountLabels } : {}),
  };
  const maxLead = prefs.leadDays.length === 0 ? 0 : Math.max(...prefs.leadDays);
  const today = localDay(nowMs, context.zone);

  const firings: Firing[] = [];
  for (const item of computeDue(invoices, nowMs, { ...dueContext, withinDays: maxLead })) {
    const regular = reminderKey(item, prefs, today);
    if (item.note !== null && item.markedPaidAt !== null) {
      const check = `${item.invoiceId}:paid-check:${item.markedPaidAt}`;
      if (!fired(check)) {
        fire(check);
        if (regular !== null && !fired(regular.key)) fire(regular.key);
        firings.push({ item, reason: 'paid_contradicted' });
        continue;
      }
    }
    if (regular !== null && !fired(regular.key)) {
      fire(regular.key);
      firings.push({ item, reason: regular.reason });
    }
  }

  let digestItems: DueItem[] = [];
  const digestKey = dueDigestKey(prefs, nowMs, context.zone);
  if (digestKey !== null && !fired(digestKey)) {
    fire(digestKey);
    digestItems = computeDue(invoices, nowMs, { ...dueContext, withinDays: 6 });
  }

  return { notifications: compose(firings, digestItems, nowMs, lastCheckMs), stateChanges: changes };
}

/** The regular reminder an item is due for now: the nearest lead day reached, or today's overdue one. */
export function reminderKey(item: DueItem, prefs: ReminderPreferences, today: string): { key: string; reason: 'lead' | 'overdue' } | null {
  if (item.state === 'overdue') {
    return { key: prefs.overdueDaily ? `${item.invoiceId}:overdue:${today}` : `${item.invoiceId}:overdue`, reason: 'overdue' };
  }
  const days = item.daysUntilDue;
  if (days === null) return null;
  const reached = prefs.leadDays.filter((lead) => lead >= days);
  if (reached.length === 0) return null;
  return { key: `${item.invoiceId}:lead:${Math.min(...reached)}`, reason: 'lead' };
}

/** The digest key whose moment has come (at most 24 hours ago), or null. */
export function dueDigestKey(prefs: ReminderPreferences, nowMs: number, zone: TimeZone): string | null {
  if (!prefs.digest.enabled) return null;
  const today = localDay(nowMs, zone);
  for (const day of [today, addDays(today, -1)]) {
    if (weekdayOfDay(day) !== prefs.digest.weekday) continue;
    const moment = localTimeToMs(day, parseTimeOfDay(prefs.digest.time), zone);
    if (moment <= nowMs && nowMs < moment + DAY_MS) return `digest:${isoWeekKey(day)}`;
  }
  return null;
}

/** Marks the provider has settled: paid, void or uncollectible clears "I paid this". */
function confirmations(invoices: readonly Invoice[], state: ReminderState): StateChange[] {
  const changes: StateChange[] = [];
  for (const invoice of invoices) {
    if (state.invoices[invoice.id]?.markedPaidAt === undefined) continue;
    // Only the provider's own settled word confirms: an unknown status word is no confirmation.
    if (isSettled(invoice.status)) changes.push({ type: 'clearMark', invoiceId: invoice.id });
  }
  return changes;
}

function compose(firings: Firing[], digestItems: DueItem[], nowMs: number, lastCheckMs: number | null): PlannedNotification[] {
  if (digestItems.length > 0) {
    const merged = new Map(digestItems.map((item) => [item.invoiceId, item]));
    for (const { item } of firings) merged.set(item.invoiceId, item);
    return [digestNotification([...merged.values()].sort(byUrgency))];
  }
  const [only] = firings;
  if (only === undefined) return [];
  if (firings.length === 1) return [invoiceNotification(only.item, only.reason)];
  const caughtUp = lastCheckMs === null || nowMs - lastCheckMs > CATCH_UP_GAP_MS;
  return [summaryNotification(firings.map((f) => f.item).sort(byUrgency), caughtUp ? 'catch_up' : 'combined')];
}

/**
 * What the tray shows, as data: tooltip, icon variant and menu, computed from the due list (the same
 * computeDue the CLI and the panel use, within 7 days) and the preferences. The Electron adapter
 * (src-main/shell/tray.ts) only applies it.
 */
import type { DueItem, ReminderPreferences } from '../../../src-shared/domain';
import { describeWhen, formatMoney, formatTotals, invoiceName } from './format';
import { localDay, localMinuteOfDay, type TimeZone } from './local-time';
import { isPaused } from './preferences';

export type TrayAction =
  | { type: 'open_invoice'; invoiceId: string }
  | { type: 'open_app' }
  | { type: 'sync_now' }
  | { type: 'pause'; until: 'one_hour' | 'tomorrow' }
  | { type: 'resume' }
  | { type: 'preferences' }
  | { type: 'quit' };

export type TrayMenuItem =
  | { kind: 'item'; label: string; action: TrayAction; enabled: boolean }
  | { kind: 'separator' };

export interface TrayModel {
  tooltip: string;
  iconVariant: 'normal' | 'alert';
  /** Overdue count (macOS shows it as the tray title next to the template icon); 0 = none. */
  overdueCount: number;
  menu: TrayMenuItem[];
}

export const TRAY_WITHIN_DAYS = 7;
export const TRAY_MENU_INVOICES = 5;

const item = (label: string, action: TrayAction, enabled = true): TrayMenuItem => ({ kind: 'item', label, action, enabled });

/**
 * `items`: computeDue(..., { withinDays: 7 }), most urgent first. `problems`: what happened to the
 * workspace itself that the user has not acknowledged yet (a damaged database set aside): said first,
 * with the alert icon, until the user reads it in the window.
 */
export function trayModel(items: readonly DueItem[], prefs: ReminderPreferences, nowMs: number, zone: TimeZone, problems: readonly string[] = []): TrayModel {
  const overdue = items.filter((due) => due.state === 'overdue').length;
  const upcoming = items.filter((due) => due.state !== 'overdue' && (due.daysUntilDue ?? 0) <= TRAY_WITHIN_DAYS).length;
  const paused = isPaused(prefs, nowMs);

  let tooltip =
    items.length === 0
      ? `Invoice Inbox — nothing due within ${TRAY_WITHIN_DAYS} days`
      : `${overdue} overdue, ${upcoming} due within ${TRAY_WITHIN_DAYS} days — ${formatTotals(items)}`;
  if (paused && prefs.pausedUntil !== null) tooltip += ` (reminders paused until ${describeMoment(Date.parse(prefs.pausedUntil), nowMs, zone)})`;

  if (problems.length > 0) tooltip = `Invoice Inbox needs your attention: ${problems[0] ?? ''} — ${tooltip}`;

  const menu: TrayMenuItem[] = problems.map((problem) => item(`Workspace problem: ${shorten(problem)} — open to read`, { type: 'open_app' }));
  if (problems.length > 0) menu.push({ kind: 'separator' });
  menu.push(...items
    .slice(0, TRAY_MENU_INVOICES)
    .map((due) => item(invoiceLabel(due), { type: 'open_invoice', invoiceId: due.invoiceId })));
  if (items.length === 0) menu.push(item(`Nothing due within ${TRAY_WITHIN_DAYS} days`, { type: 'open_app' }, false));
  menu.push({ kind: 'separator' });
  menu.push(item('Open Invoice Inbox', { type: 'open_app' }));
  menu.push(item('Sync now', { type: 'sync_now' }));
  menu.push({ kind: 'separator' });
  if (paused) menu.push(item('Resume reminders', { type: 'resume' }));
  menu.push(item('Pause reminders for 1 hour', { type: 'pause', until: 'one_hour' }));
  menu.push(item('Pause reminders until tomorrow', { type: 'pause', until: 'tomorrow' }));
  menu.push({ kind: 'separator' });
  menu.push(item('Preferences…', { type: 'preferences' }));
  menu.push(item('Quit Invoice Inbox', { type: 'quit' }));

  return { tooltip, iconVariant: overdue > 0 || problems.length > 0 ? 'alert' : 'normal', overdueCount: overdue, menu };
}

/** A notice cut for a menu line. */
function shorten(text: string): string {
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
}

/** "INV-0305 · GPU Outlet · USD 120.00 · overdue by 2 days" (kept short for a menu). */
function invoiceLabel(due: DueItem): string {
  const name = due.number ?? invoiceName(due);
  return `${name} · ${due.providerName} · ${formatMoney(due.amountDue, due.currency)} · ${describeWhen(due)}`;
}

/** "14:30" today, "tomorrow 00:00", or "2026-11-25 08:00". */
function describeMoment(atMs: number, nowMs: number, zone: TimeZone): string {
  const minute = localMinuteOfDay(atMs, zone);
  const clock = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  const day = localDay(atMs, zone);
  const today = localDay(nowMs, zone);
  if (day === today) return clock;
  if (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`) === 86_400_000) return `tomorrow ${clock}`;
  return `${day} ${clock}`;
}

import { STATE_LABELS, zoneNamed, type DueItem, type DueState, type InvoiceState, type TimeZone } from '../../../src-shared/domain';
import { systemClock } from '../../core/http/types';
import { describeWhen, formatMoney } from '../../core/reminders/format';
import { startOfLocalDay } from '../../core/reminders/local-time';
import type { ReminderService } from '../../core/reminders/reminders-service';
import { expectNoPositionals, optionValue, parseArgs, parseDay, parseFormat, parseTimeZone, UsageError } from '../args';
import { renderTable } from '../format';
import { EXIT, type CliContext } from '../io';

export interface DueDeps {
  /** The reminder state (snooze, mute, "I paid this"), calendar and due invoices of the data dir. */
  reminders: Pick<ReminderService, 'due' | 'zone'>;
  now?: () => number;
}

export const DEFAULT_WITHIN = 7;

/**
 * `due [--within DAYS] [--as-of YYYY-MM-DD] [--tz ZONE] [--format table|json]`: what is overdue or due
 * within DAYS (default 7) from the cache, with the one computeDue the app's reminders, panel and tray
 * use. Days are on the calendar of ZONE (an IANA name; default the reminders' zone, i.e. this
 * machine's). `--as-of` computes as of the start of that day on that calendar. JSON is exactly what
 * the app's 'reminders:list' returns. Bad arguments: exit 2 with a one-line reason.
 */
export async function runDue(
  argv: string[],
  io: { stdout: (text: string) => void; stderr: (text: string) => void },
  /** The deps, or a function opening them once the arguments are known to be good. */
  depsOrOpen: DueDeps | (() => Promise<DueDeps>),
): Promise<number> {
  let format: 'table' | 'json';
  let withinDays: number;
  let asOfDay: string | undefined;
  let zoneName: string | undefined;
  try {
    const args = parseArgs(argv, { valued: ['within', 'as-of', 'format', 'tz'] });
    expectNoPositionals(args, 'due');
    format = parseFormat(optionValue(args, 'format'), ['table', 'json'] as const, 'table');
    withinDays = parseWithin(optionValue(args, 'within'));
    const asOfText = optionValue(args, 'as-of');
    asOfDay = asOfText === undefined ? undefined : parseDay(asOfText, 'as-of');
    const tzText = optionValue(args, 'tz');
    zoneName = tzText === undefined ? undefined : parseTimeZone(tzText);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`invoice-inbox: ${error.message}\n`);
    return EXIT.usage;
  }

  const deps = typeof depsOrOpen === 'function' ? await depsOrOpen() : depsOrOpen;
  const zone: TimeZone = zoneName === undefined ? deps.reminders.zone : zoneNamed(zoneName);
  const asOfMs = asOfDay === undefined ? (deps.now ?? systemClock.now)() : startOfLocalDay(asOfDay, zone);
  const items = deps.reminders.due({ withinDays, asOfMs, zone });

  if (format === 'json') io.stdout(`${JSON.stringify(items, null, 2)}\n`);
  else if (items.length === 0) io.stderr(`Nothing overdue or due within ${withinDays} days. Run "sync" first if you have not synced yet.\n`);
  else io.stdout(dueTable(items));
  return EXIT.ok;
}

function parseWithin(text: string | undefined): number {
  if (text === undefined) return DEFAULT_WITHIN;
  if (!/^\d{1,3}$/.test(text) || Number(text) > 366) throw new UsageError(`--within must be a whole number of days from 0 to 366, got "${text}"`);
  return Number(text);
}

/** A due item's state in the words `list` and the inbox use for the same invoice. */
const STATE_OF: Readonly<Record<DueState, InvoiceState>> = { overdue: 'overdue', due_today: 'due_today', due_soon: 'open' };

export function dueTable(items: readonly DueItem[]): string {
  const rows = items.map((item) => [
    STATE_LABELS[STATE_OF[item.state]],
    item.dueDay ?? '',
    describeWhen(item),
    item.number ?? item.invoiceId.slice(item.invoiceId.indexOf(':') + 1),
    item.providerName,
    item.accountLabel ?? item.accountId,
    formatMoney(item.amountDue, item.currency),
    item.note ?? '',
  ]);
  return renderTable(['STATE', 'DUE', 'WHEN', 'INVOICE', 'PROVIDER', 'ACCOUNT', 'AMOUNT DUE', 'NOTE'], rows, new Set([6]));
}

/** The `due` command as the CLI dispatcher runs it: the inbox and the reminder state of the data dir. */
export function dueCommand(argv: string[], ctx: CliContext): Promise<number> {
  return runDue(argv, ctx, async () => ({ reminders: (await ctx.openWorkspace()).reminders }));
}

import { hasFlag, optionValue, parseArgs, parseDay, UsageError } from '../args';
import { EXIT, type CliContext } from '../io';

const ACTIONS = ['paid', 'unpaid', 'snooze-until', 'unsnooze', 'mute', 'unmute', 'expect', 'forget-expected'] as const;

/**
 * `mark INVOICE_ID (--paid | --unpaid | --snooze-until YYYY-MM-DD | --unsnooze | --mute | --unmute |
 * --expect YYYY-MM-DD | --forget-expected)`: what the user says about an invoice, from scripts too. Kept
 * in the workspace with who and when, exactly as the app's buttons do; another window sees it at once.
 */
export async function runMark(argv: string[], ctx: CliContext): Promise<number> {
  const args = parseArgs(argv, { valued: ['snooze-until', 'expect'], flags: ['paid', 'unpaid', 'unsnooze', 'mute', 'unmute', 'forget-expected'] });
  const [invoiceId, extra] = args.positionals;
  if (!invoiceId) throw new UsageError('mark needs an invoice id (the "id" field of list --format json)');
  if (extra !== undefined) throw new UsageError('mark takes one invoice id');
  const given = ACTIONS.filter((action) => args.options.has(action));
  if (given.length !== 1) throw new UsageError(`mark needs exactly one of ${ACTIONS.map((action) => `--${action}`).join(', ')}`);
  const snoozeUntil = optionValue(args, 'snooze-until');
  const expect = optionValue(args, 'expect');
  const { inbox, reminders } = await ctx.openWorkspace();
  const invoice = inbox.invoice(invoiceId);
  if (!invoice) throw new UsageError('no invoice with that id in the workspace (see list --format json)');
  if (hasFlag(args, 'paid')) await reminders.markPaid(invoice.id, true, invoice.status);
  else if (hasFlag(args, 'unpaid')) await reminders.markPaid(invoice.id, false);
  else if (snoozeUntil !== undefined) await reminders.snooze(invoice.id, parseDay(snoozeUntil, 'snooze-until'));
  else if (hasFlag(args, 'unsnooze')) await reminders.unsnooze(invoice.id);
  else if (hasFlag(args, 'mute') || hasFlag(args, 'unmute')) await reminders.mute(invoice.id, hasFlag(args, 'mute'));
  else await reminders.expectDue(invoice.id, expect === undefined ? null : parseDay(expect, 'expect'));
  ctx.stderr(`Marked ${invoice.number ?? invoice.providerInvoiceId}: ${given[0]}.\n`);
  return EXIT.ok;
}

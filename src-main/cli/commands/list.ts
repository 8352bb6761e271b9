import { INVOICE_STATES, invoiceStateAt, type InvoiceState } from '../../../src-shared/domain';
import { queryFilter, QUERY_SORT } from '../../core/app/inbox-service';
import { systemClock } from '../../core/http/types';
import { exportToFile } from '../export-file';
import { expectNoPositionals, optionValue, parseArgs, parseDay, parseFormat, parseTimeZone, shown, UsageError } from '../args';
import { invoicesToCsv, invoicesToTable, type StatedInvoice } from '../format';
import { EXIT, type CliContext } from '../io';

/**
 * `list [--status S,...] [--account ID] [--due-before YYYY-MM-DD] [--tz ZONE] [--format table|json|csv|xlsx]
 * [--output FILE]`, from the cache. Each invoice's state (overdue, due today, open, no due date, paid,
 * ...) is the one status function's answer on the calendar of ZONE (default: this machine's zone), as
 * in `due`. With --output, csv and xlsx are written by the app's own exporter (the file the app's
 * "Export" makes: UTF-8 with BOM, or a workbook with totals and aging); without it csv goes to stdout
 * in the scripts' column layout.
 */
export async function runList(argv: string[], ctx: CliContext, now: () => number = systemClock.now): Promise<number> {
  const args = parseArgs(argv, { valued: ['status', 'account', 'due-before', 'format', 'tz', 'output'] });
  expectNoPositionals(args, 'list');
  const format = parseFormat(optionValue(args, 'format'), ['table', 'json', 'csv', 'xlsx'] as const, 'table');
  const output = optionValue(args, 'output');
  if (format === 'xlsx' && output === undefined) throw new UsageError('--format xlsx needs --output FILE (a workbook is not text for the terminal)');
  if (output !== undefined && format !== 'csv' && format !== 'xlsx') throw new UsageError('--output goes with --format csv or --format xlsx');
  const statusText = optionValue(args, 'status');
  const statuses = statusText === undefined ? undefined : parseStatuses(statusText);
  const dueText = optionValue(args, 'due-before');
  const dueBefore = dueText === undefined ? undefined : parseDay(dueText, 'due-before');
  const accountId = optionValue(args, 'account');
  const timeZone = parseTimeZone(optionValue(args, 'tz'));

  const { inbox } = await ctx.openWorkspace();
  const accounts = new Map(inbox.listAccounts().map((a) => [a.id, a]));
  if (accountId !== undefined && !accounts.has(accountId)) throw new UsageError(`no account with ID ${shown(accountId)} (see accounts list)`);
  const query = { states: statuses, accountIds: accountId === undefined ? undefined : [accountId], dueBefore, timeZone };
  if (output !== undefined && (format === 'csv' || format === 'xlsx')) {
    const written = await exportToFile({ inbox, scope: { filter: queryFilter(query), sort: QUERY_SORT }, timeZone, format, file: output, createdAt: new Date(now()) });
    ctx.stderr(`Wrote ${written.toLocaleString('en-US')} ${written === 1 ? 'invoice' : 'invoices'} to ${output}.\n`);
    return EXIT.ok;
  }
  const nowMs = now();
  const found = inbox.queryInvoices(query);
  const invoices: StatedInvoice[] = found.map((invoice) => {
    const { state, payable, dueDay } = invoiceStateAt(invoice, nowMs, timeZone);
    return { ...invoice, state, payable, dueDay };
  });

  if (format === 'json') {
    // The normalized invoice plus its state today, the user's mark and the look-alike it is counted with.
    const { marks, duplicates } = inbox.userViews();
    const listed = invoices.map((invoice) => ({ ...invoice, userMark: marks.get(invoice.id) ?? null, possibleDuplicateOf: duplicates.get(invoice.id) ?? null }));
    ctx.stdout(`${JSON.stringify(listed, null, 2)}\n`);
    return EXIT.ok;
  }
  if (format === 'csv') ctx.stdout(invoicesToCsv(invoices, accounts));
  else if (invoices.length === 0) ctx.stderr('No invoices match. Run "sync" first if you have not synced yet.\n');
  else ctx.stdout(invoicesToTable(invoices, accounts));
  return EXIT.ok;
}

/** `--status` takes the states `list` prints (overdue, due_today, open, no_due_date, paid, ...). */
function parseStatuses(text: string): InvoiceState[] {
  const parts = text.split(',').map((s) => s.trim()).filter(Boolean);
  if (parts.length === 0) throw new UsageError('--status needs at least one status');
  for (const part of parts) {
    if (!(INVOICE_STATES as readonly string[]).includes(part)) {
      throw new UsageError(`--status: unknown status ${shown(part)} (${INVOICE_STATES.join(', ')})`);
    }
  }
  return parts as InvoiceState[];
}

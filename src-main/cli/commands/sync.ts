import type { SyncProgress } from '../../../src-shared/domain';
import { expectNoPositionals, hasFlag, optionValue, parseArgs, shown, UsageError } from '../args';
import { EXIT, type CliContext } from '../io';

/** `sync [--account ID] [--full]`: progress on stderr; exit 1 when any account failed (the others are saved). */
export async function runSync(argv: string[], ctx: CliContext): Promise<number> {
  const args = parseArgs(argv, { valued: ['account'], flags: ['full'] });
  expectNoPositionals(args, 'sync');
  const accountId = optionValue(args, 'account');
  const { inbox } = await ctx.openWorkspace();
  const accounts = inbox.listAccounts();
  if (accountId !== undefined && !accounts.some((a) => a.id === accountId)) {
    throw new UsageError(`no account with ID ${shown(accountId)} (see accounts list)`);
  }
  if (accounts.length === 0) {
    ctx.stderr('No accounts to sync. Add one with: accounts add --provider <id> --label TEXT --secret-stdin\n');
    return EXIT.ok;
  }
  const labels = new Map(accounts.map((a) => [a.id, a.label]));
  const off = inbox.on('progress', (p: SyncProgress) => {
    const of = p.total === null ? '' : ` of ${p.total}`;
    ctx.stderr(`${labels.get(p.accountId) ?? p.accountId}: page ${p.pagesDone}, ${p.invoicesSoFar}${of} invoices\n`);
  });
  const controller = new AbortController();
  const onSignal = (): void => controller.abort(new Error('cancelled by the user'));
  process.once('SIGINT', onSignal);
  try {
    const results = await inbox.sync({ accountId, full: hasFlag(args, 'full'), signal: controller.signal });
    for (const r of results) {
      const label = labels.get(r.accountId) ?? r.accountId;
      if (r.ok && r.discarded === 'superseded') ctx.stderr(`ok     ${label}: a newer sync (another window or command) already saved this account; this one's result was set aside. ${r.invoiceCount} invoices.\n`);
      else if (r.ok && r.discarded === 'account_removed') ctx.stderr(`ok     ${label}: the account was removed while it synced; nothing was saved.\n`);
      else if (r.ok) ctx.stderr(`ok     ${label}: ${r.invoiceCount} invoices (${r.mode}, ${r.requests} requests)\n`);
      else ctx.stderr(`FAILED ${label}: ${r.error?.message ?? 'unknown error'}\n`);
    }
    return results.every((r) => r.ok) ? EXIT.ok : EXIT.failed;
  } finally {
    off();
    process.off('SIGINT', onSignal);
  }
}

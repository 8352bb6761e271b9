import { checkAccountInput, PROVIDER_IDS } from '../../../src-shared/domain';
import { expectNoPositionals, hasFlag, optionValue, parseArgs, shown, UsageError } from '../args';
import { accountsToTable } from '../format';
import { EXIT, type CliContext } from '../io';

export async function runAccounts(argv: string[], ctx: CliContext): Promise<number> {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'add':
      return add(rest, ctx);
    case 'list':
      return list(rest, ctx);
    case 'remove':
      return remove(rest, ctx);
    default:
      throw new UsageError(sub ? `unknown accounts command ${shown(sub)} (add, list, remove)` : 'accounts needs a command: add, list or remove');
  }
}

/** Env var names as shells accept them: anything else given to --secret-env is probably the secret itself. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;

/**
 * `accounts add`. The secret comes from stdin or a named environment variable, never from the command
 * line (readable by every local process). No message here ever prints a value the user typed for the
 * secret, wherever it was typed: a misused flag is named, its value is not.
 */
async function add(argv: string[], ctx: CliContext): Promise<number> {
  const args = parseArgs(argv, { valued: ['provider', 'label', 'base-url', 'secret-env'], flags: ['secret-stdin'] });
  const fromStdin = hasFlag(args, 'secret-stdin');
  if (fromStdin && args.positionals.length > 0) {
    throw new UsageError(
      '--secret-stdin takes no value: pipe the secret in, e.g. printf \'%s\' "$TOKEN" | invoice-inbox accounts add ... --secret-stdin (what followed it was not printed)',
    );
  }
  if (args.positionals.length > 0) throw new UsageError('accounts add takes only options; the extra argument was not printed (it may be a secret)');
  const provider = optionValue(args, 'provider');
  if (!provider) throw new UsageError(`accounts add needs --provider (${PROVIDER_IDS.join('|')})`);
  const label = optionValue(args, 'label');
  if (label === undefined) throw new UsageError('accounts add needs --label TEXT');
  // The same rules as the app's form, the IPC contract and the core; checked before the secret is read.
  const input = checkAccountInput({ provider, label, baseUrl: optionValue(args, 'base-url') ?? null });
  if (!input.ok) throw new UsageError(input.problems[0].message);
  const secretEnv = optionValue(args, 'secret-env');
  if (fromStdin === (secretEnv !== undefined)) throw new UsageError('give the secret with exactly one of --secret-stdin or --secret-env NAME');
  let secret: string;
  if (secretEnv !== undefined) {
    if (!ENV_NAME.test(secretEnv)) {
      throw new UsageError('--secret-env takes the NAME of an environment variable that holds the secret (e.g. --secret-env OPTERIUS_TOKEN), not the secret itself; what was given was not printed');
    }
    const value = ctx.env[secretEnv];
    if (!value) throw new UsageError('the environment variable named by --secret-env is empty or not set (its name is not printed: it may be a secret)');
    secret = value.trim();
  } else {
    secret = (await ctx.readStdin()).replace(/\r?\n$/, '').trim();
    if (!secret) throw new UsageError('--secret-stdin read an empty secret');
  }
  const { inbox } = await ctx.openWorkspace();
  const account = await inbox.addAccount({ ...input.value, secret });
  ctx.stdout(`${account.id}\n`);
  return EXIT.ok;
}

async function list(argv: string[], ctx: CliContext): Promise<number> {
  const args = parseArgs(argv, { valued: [], flags: ['json'] });
  expectNoPositionals(args, 'accounts list');
  const { inbox } = await ctx.openWorkspace();
  const accounts = inbox.listAccounts();
  const states = new Map(inbox.syncStates().map((s) => [s.accountId, s.lastSyncedAt]));
  if (hasFlag(args, 'json')) {
    ctx.stdout(`${JSON.stringify(accounts.map((a) => ({ ...a, lastSyncedAt: states.get(a.id) ?? null })), null, 2)}\n`);
  } else if (accounts.length === 0) {
    ctx.stderr('No accounts yet. Add one with: accounts add --provider <id> --label TEXT --secret-stdin\n');
  } else {
    ctx.stdout(accountsToTable(accounts, states));
  }
  return EXIT.ok;
}

async function remove(argv: string[], ctx: CliContext): Promise<number> {
  const args = parseArgs(argv, { valued: [] });
  const [id, extra] = args.positionals;
  if (!id) throw new UsageError('accounts remove needs an account ID (see accounts list)');
  if (extra) throw new UsageError(`accounts remove takes one ID, got also ${shown(extra)}`);
  const { inbox } = await ctx.openWorkspace();
  if (!inbox.listAccounts().some((a) => a.id === id)) throw new UsageError(`no account with ID ${shown(id)} (see accounts list)`);
  await inbox.removeAccount(id);
  ctx.stderr(`Removed account ${id}, its stored credential and its cached invoices.\n`);
  return EXIT.ok;
}

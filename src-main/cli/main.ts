import { AccountValidationError } from '../core/accounts';
import { defaultDataDir } from '../core/app/data-dir';
import type { InboxService } from '../core/app/types';
import { isSyncError } from '../core/errors';
import { UsageError } from './args';
import { runAccounts } from './commands/accounts';
import { runList } from './commands/list';
import { runSync } from './commands/sync';
import { EXIT, type CliContext, type CliIo } from './io';

export const USAGE = `Usage: invoice-inbox [--data-dir DIR] <command>

Commands:
  accounts add --provider <gpuoutlet|vastai|opterius|onepin|commet> --label TEXT [--base-url URL]
               (--secret-stdin | --secret-env NAME)     prints the new account id
  accounts list [--json]
  accounts remove ID
  sync [--account ID] [--full]                          progress on stderr; exit 1 if any account failed
  list [--status S,...] [--account ID] [--due-before YYYY-MM-DD] [--tz ZONE] [--format table|json|csv]
  due [--within DAYS] [--as-of YYYY-MM-DD] [--tz ZONE] [--format table|json]

The data dir defaults to $INVOICE_INBOX_DATA_DIR, else the desktop app's own folder.
Exit codes: 0 ok, 1 a sync or command failed, 2 bad arguments.
`;

export type CommandRunner = (argv: string[], ctx: CliContext) => Promise<number>;

export interface CliOptions extends CliIo {
  openInbox: (dataDir: string) => Promise<InboxService>;
  /** Extra commands wired by the entry point (e.g. `due`). */
  extraCommands?: Record<string, CommandRunner>;
}

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(argv: string[], options: CliOptions): Promise<number> {
  try {
    const { dataDir, rest } = splitGlobalOptions(argv, options.env);
    const [command, ...args] = rest;
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      (command === undefined ? options.stderr : options.stdout)(USAGE);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    let inbox: Promise<InboxService> | null = null;
    const ctx: CliContext = { ...options, dataDir, openInbox: () => (inbox ??= options.openInbox(dataDir)) };
    const commands: Record<string, CommandRunner> = { accounts: runAccounts, sync: runSync, list: runList, ...options.extraCommands };
    const run = commands[command];
    if (!run) throw new UsageError(`unknown command "${command}" (run with --help)`);
    return await run(args, ctx);
  } catch (error) {
    if (error instanceof UsageError) {
      options.stderr(`invoice-inbox: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof AccountValidationError) {
      options.stderr(`invoice-inbox: ${error.message}\n`);
      return EXIT.usage;
    }
    const message = isSyncError(error) ? error.info.message : error instanceof Error ? error.message : String(error);
    options.stderr(`invoice-inbox: ${message}\n`);
    return EXIT.failed;
  }
}

function splitGlobalOptions(argv: string[], env: NodeJS.ProcessEnv): { dataDir: string; rest: string[] } {
  const rest: string[] = [];
  let dataDir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (rest.length === 0 && (arg === '--data-dir' || arg.startsWith('--data-dir='))) {
      const value = arg === '--data-dir' ? argv[++i] : arg.slice('--data-dir='.length);
      if (!value) throw new UsageError('--data-dir needs a directory');
      dataDir = value;
    } else {
      rest.push(arg);
    }
  }
  return { dataDir: dataDir ?? defaultDataDir(env), rest };
}

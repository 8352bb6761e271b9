import { AccountValidationError } from '../core/accounts/account-validation';
import { defaultDataDir } from '../core/app/data-dir';
import type { Workspace } from '../core/workspace/open-workspace';
import { ReminderInputError } from '../core/reminders/preferences';
import { userMessage } from '../services/failures';
import { shown, UsageError } from './args';
import { runAccounts } from './commands/accounts';
import { runList } from './commands/list';
import { runMark } from './commands/mark';
import { runNotices } from './commands/notices';
import { runSync } from './commands/sync';
import { EXIT, type CliContext, type CliIo } from './io';

export const USAGE = `Usage: invoice-inbox [--data-dir DIR] [--developer-mode] <command>

Commands:
  accounts add --provider <gpuoutlet|vastai|opterius|onepin|commet> --label TEXT [--base-url URL]
               (--secret-stdin | --secret-env NAME)     prints the new account id
  accounts list [--json]
  accounts remove ID
  sync [--account ID] [--full]                          progress on stderr; exit 1 if any account failed
  list [--status S,...] [--account ID] [--due-before YYYY-MM-DD] [--tz ZONE] [--format table|json|csv]
  list ... --format csv|xlsx --output FILE              the app's export file (CSV with BOM, or a workbook)
  due [--within DAYS] [--as-of YYYY-MM-DD] [--tz ZONE] [--format table|json]
  mark INVOICE_ID (--paid | --unpaid | --snooze-until DAY | --unsnooze | --mute | --unmute | --expect DAY | --forget-expected)
  notices [--dismiss ID|all]                            problems with the workspace (shown by every command until dismissed)

The data dir defaults to $INVOICE_INBOX_DATA_DIR, else the desktop app's own folder.
--developer-mode accepts API addresses other than the provider's own (and plain http on this computer),
for testing against the provider simulator.
Exit codes: 0 ok, 1 a sync or command failed, 2 bad arguments.
`;

export type CommandRunner = (argv: string[], ctx: CliContext) => Promise<number>;

export interface CliOptions extends CliIo {
  openWorkspace: (dataDir: string, options: { developerMode: boolean }) => Promise<Workspace>;
  /** Extra commands wired by the entry point (e.g. `due`). */
  extraCommands?: Record<string, CommandRunner>;
}

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(argv: string[], options: CliOptions): Promise<number> {
  try {
    const { dataDir, developerMode, rest } = splitGlobalOptions(argv, options.env);
    const [command, ...args] = rest;
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      (command === undefined ? options.stderr : options.stdout)(USAGE);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    const commands: Record<string, CommandRunner> = { accounts: runAccounts, sync: runSync, list: runList, mark: runMark, notices: runNotices, ...options.extraCommands };
    const run = commands[command];
    if (!run) throw new UsageError(`unknown command ${shown(command)} (run with --help)`);
    let opened: Promise<Workspace> | null = null;
    const ctx: CliContext = {
      ...options,
      dataDir,
      openWorkspace: () =>
        (opened ??= options.openWorkspace(dataDir, { developerMode }).then((workspace) => {
          // Until the user acknowledges them, every command says what went wrong with the workspace.
          if (command !== 'notices') for (const notice of workspace.inbox.notices()) options.stderr(`warning: ${notice.message} (hide it with: notices --dismiss ${notice.id})\n`);
          return workspace;
        })),
    };
    try {
      return await run(args, ctx);
    } finally {
      if (opened) await (await (opened as Promise<Workspace>).catch(() => null))?.close();
    }
  } catch (error) {
    if (error instanceof UsageError) {
      options.stderr(`invoice-inbox: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof AccountValidationError || error instanceof ReminderInputError) {
      options.stderr(`invoice-inbox: ${error.message}\n`);
      return EXIT.usage;
    }
    // The same words the app shows: the one error table (no raw errno or SQLite text).
    options.stderr(`invoice-inbox: ${userMessage(error)}\n`);
    return EXIT.failed;
  }
}

function splitGlobalOptions(argv: string[], env: NodeJS.ProcessEnv): { dataDir: string; developerMode: boolean; rest: string[] } {
  const rest: string[] = [];
  let dataDir: string | undefined;
  let developerMode = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (rest.length === 0 && arg === '--developer-mode') {
      developerMode = true;
    } else if (rest.length === 0 && (arg === '--data-dir' || arg.startsWith('--data-dir='))) {
      const value = arg === '--data-dir' ? argv[++i] : arg.slice('--data-dir='.length);
      if (!value) throw new UsageError('--data-dir needs a directory');
      dataDir = value;
    } else {
      rest.push(arg);
    }
  }
  return { dataDir: dataDir ?? defaultDataDir(env), developerMode, rest };
}

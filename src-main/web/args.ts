/** `npm run web -- [--port N] [--data-dir DIR] [--demo] [--open] [--developer-mode]` */
export interface WebArgs {
  /** 0 picks a free port. */
  port: number;
  dataDir: string | null;
  demo: boolean;
  open: boolean;
  /** Other API addresses for fixed-host providers and plain http to this computer (the simulator), this run only. */
  developerMode: boolean;
}

export class ArgsError extends Error {
  override readonly name = 'ArgsError';
}

/** A free port each launch (the token changes each launch anyway). */
export const DEFAULT_WEB_PORT = 0;

/** The one stdout line the web host prints; fixtures read the URL after it. */
export const URL_LINE_PREFIX = 'Invoice Inbox web host: ';

export const USAGE = 'usage: npm run web -- [--port N] [--data-dir DIR] [--demo] [--open] [--developer-mode]';

export function parseWebArgs(argv: readonly string[]): WebArgs {
  const args: WebArgs = { port: DEFAULT_WEB_PORT, dataDir: null, demo: false, open: false, developerMode: false };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = splitInline(argv[i] ?? '');
    const value = (): string => {
      const next = inline ?? argv[(i += 1)];
      if (next === undefined || next === '') throw new ArgsError(`${flag} needs a value. ${USAGE}`);
      return next;
    };
    switch (flag) {
      case '--port': {
        const text = value();
        const port = Number(text);
        if (!/^\d+$/.test(text) || port > 65535) throw new ArgsError(`--port must be a number from 0 to 65535 (got "${text.slice(0, 20)}").`);
        args.port = port;
        break;
      }
      case '--data-dir':
        args.dataDir = value();
        break;
      case '--demo':
        args.demo = true;
        break;
      case '--open':
        args.open = true;
        break;
      case '--developer-mode':
        args.developerMode = true;
        break;
      case '--help':
      case '-h':
        throw new ArgsError(USAGE);
      default:
        throw new ArgsError(`Unknown argument "${flag.slice(0, 40)}". ${USAGE}`);
    }
  }
  return args;
}

function splitInline(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

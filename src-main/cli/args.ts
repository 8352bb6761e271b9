import { isTimeZoneName, systemZoneName } from '../../src-shared/domain';

/** A bad command line: the CLI prints the one-line reason and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const NOT_SHOWN = '(not shown: it may be a secret)';

/**
 * A value the user typed, for an error message: quoted when it is plainly a word (a command, an option
 * name, an account id), otherwise never printed. A secret pasted in the wrong place must not reach the
 * terminal, a CI log or a bug report.
 */
export function shown(value: string): string {
  return /^[a-z][a-z-]{0,23}$/.test(value) || /^acct_[a-z0-9_]{1,24}$/.test(value) ? `"${value}"` : NOT_SHOWN;
}

function optionName(name: string): string {
  return /^[a-z][a-z-]{0,23}$/.test(name) ? `--${name}` : NOT_SHOWN;
}

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string | true>;
}

/**
 * Parses `--name value`, `--name=value` and boolean `--flag` options. `valued` lists the options that
 * take a value; anything else starting with `--` must be in `flags`, or it is a usage error.
 */
export function parseArgs(argv: string[], spec: { valued: string[]; flags?: string[] }): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  const flags = spec.flags ?? [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (spec.valued.includes(name)) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || (eq === -1 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
      if (options.has(name)) throw new UsageError(`--${name} given twice`);
      options.set(name, value);
    } else if (flags.includes(name)) {
      if (eq !== -1) throw new UsageError(`--${name} takes no value`);
      options.set(name, true);
    } else {
      throw new UsageError(`unknown option ${optionName(name)}`);
    }
  }
  return { positionals, options };
}

export function optionValue(args: ParsedArgs, name: string): string | undefined {
  const value = args.options.get(name);
  return typeof value === 'string' ? value : undefined;
}

export function hasFlag(args: ParsedArgs, name: string): boolean {
  return args.options.get(name) === true;
}

export function expectNoPositionals(args: ParsedArgs, command: string): void {
  if (args.positionals.length > 0) throw new UsageError(`${command} takes no argument ${shown(args.positionals[0] ?? '')}`);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseDay(value: string, option: string): string {
  if (!DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--${option} must be a date as YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

/** `--tz ZONE`: an IANA zone name ("Europe/Berlin"); the machine's own zone when absent. */
export function parseTimeZone(value: string | undefined): string {
  if (value === undefined) return systemZoneName();
  if (!isTimeZoneName(value)) throw new UsageError(`--tz must be an IANA time zone name such as Europe/Berlin or America/New_York, got "${value}"`);
  return value;
}

export function parseFormat<F extends string>(value: string | undefined, allowed: readonly F[], fallback: F): F {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--format must be one of ${allowed.join(', ')}, got "${value}"`);
  return value as F;
}

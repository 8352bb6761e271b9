import { commands, isCommandName, type CommandResult } from '../../src-shared/contract';
import type { CommandHandlers } from './commands';
import { isUnexpected, toCommandError } from './failures';

/**
 * The door every command passes, in Electron and in the web host alike: unknown names and payloads
 * that do not match the command's schema are refused with a typed error before any service runs;
 * whatever a handler throws comes back through the one error table (failures.ts) as a typed value
 * with a user-facing message (never a stack, never errno text, never a secret). `log` hears about
 * failures the table had no words for (the error's name and message, for developers).
 */
export async function dispatch(handlers: CommandHandlers, name: string, rawArgs: unknown, log?: (line: string) => void): Promise<CommandResult<unknown>> {
  if (!isCommandName(name)) {
    return { ok: false, error: { code: 'unknown_command', message: `Unknown command "${String(name).slice(0, 60)}".` } };
  }
  const parsed = commands[name].args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join('.') ?? '';
    return {
      ok: false,
      error: {
        code: 'invalid_args',
        message: `Invalid request for ${name}${field ? ` (field "${field}")` : ''}: ${issue?.message ?? 'bad payload'}.`,
        field,
      },
    };
  }
  try {
    const handler = handlers[name] as (args: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    const failure = toCommandError(error, name);
    if (log && isUnexpected(error, failure)) log(`${name} failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    return { ok: false, error: failure };
  }
}

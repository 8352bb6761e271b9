import { commands, isCommandName, type CommandError, type CommandName, type CommandResult } from '../../src-shared/contract';
import { AccountValidationError } from '../core/accounts';
import { KeychainUnavailableError } from '../core/credentials/keychain-errors';
import { isSyncError } from '../core/errors';
import type { CommandHandlers } from './types';

/**
 * The door every command passes, in Electron and in the web host alike: unknown names and payloads
 * that do not match the command's schema are refused with a typed error before any service runs;
 * thrown errors come back as a typed value with a user-facing message (never a stack, never a secret).
 */
export async function dispatch(handlers: CommandHandlers, name: string, rawArgs: unknown): Promise<CommandResult<unknown>> {
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
    return { ok: false, error: toCommandError(name, error) };
  }
}

/** Errors that carry a user-facing code (thrown by services and handlers). */
export class CommandFailure extends Error {
  constructor(
    readonly code: CommandError['code'],
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'CommandFailure';
  }
}

export function toCommandError(name: CommandName, error: unknown): CommandError {
  if (error instanceof CommandFailure) return { code: error.code, message: error.message, ...(error.field === undefined ? {} : { field: error.field }) };
  // The specific core errors extend SyncError: map them before the general case.
  if (error instanceof KeychainUnavailableError) return { code: 'keychain_unavailable', message: error.message };
  if (error instanceof AccountValidationError) return { code: 'invalid_args', message: error.message, field: error.field };
  if (isSyncError(error)) return { code: 'failed', message: error.info.message };
  return { code: 'failed', message: `${name} failed: ${error instanceof Error ? error.message : 'unexpected error'}` };
}

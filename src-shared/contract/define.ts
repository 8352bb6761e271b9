import type { z } from 'zod';

/**
 * A command: a zod schema for its arguments (parsed in main before any service sees them) and a
 * phantom result type. Both ends of the IPC take their types from the same map.
 */
export interface CommandDef<A extends z.ZodType, R> {
  readonly args: A;
  /** Phantom: never set at runtime, carries the result type. */
  readonly result?: R;
}

export function command<R>() {
  return <A extends z.ZodType>(args: A): CommandDef<A, R> => ({ args });
}

/** An event main pushes to the renderer; the payload type is phantom. */
export interface EventDef<P> {
  readonly payload?: P;
}

export function event<P>(): EventDef<P> {
  return {};
}

/** Failures cross the boundary as values, never as thrown strings. */
export const COMMAND_ERROR_CODES = [
  'invalid_args', // the payload did not match the command's schema
  'forbidden', // the sender frame is not the app's own
  'unknown_command',
  'not_found',
  'keychain_unavailable',
  'offline',
  'failed',
] as const;
export type CommandErrorCode = (typeof COMMAND_ERROR_CODES)[number];

export interface CommandError {
  code: CommandErrorCode;
  /** A sentence a finance user can act on; never holds a secret. */
  message: string;
  /** For invalid_args: the path of the first field that failed. */
  field?: string;
}

export type CommandResult<R> = { ok: true; value: R } | { ok: false; error: CommandError };

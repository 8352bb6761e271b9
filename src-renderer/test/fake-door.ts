/**
 * The fake API's door, as main's (src-main/services/dispatch.ts): the payload checked with the
 * contract's zod schema, a forced failure, then the answer, a thrown error worded by main's error table.
 */
import type { z } from 'zod';
import { commands, type CommandArgs, type CommandDef, type CommandError, type CommandName, type CommandResult, type CommandValue } from '../../src-shared/contract';
import { toCommandError } from '../../src-main/services/failures';

/** Thrown inside a fake handler to come back as a typed error value. */
export class FakeCommandError extends Error {
  constructor(readonly error: CommandError) {
    super(error.message);
  }
}

export async function throughDoor<K extends CommandName>(
  name: K,
  args: CommandArgs<K>,
  forced: CommandError | undefined,
  answer: (name: CommandName, args: unknown) => unknown,
): Promise<CommandResult<CommandValue<K>>> {
  await Promise.resolve();
  const def = commands[name] as CommandDef<z.ZodType, unknown>;
  const parsed = def.args.safeParse(args);
  if (!parsed.success) {
    // As main's door answers: a developer's sentence and the failing field.
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join('.') ?? '';
    return { ok: false, error: { code: 'invalid_args', message: `Invalid request for ${name} (field "${field}"): ${issue?.message ?? 'bad payload'}.`, field } };
  }
  if (forced) return { ok: false, error: forced };
  try {
    return { ok: true, value: (await answer(name, parsed.data)) as CommandValue<K> };
  } catch (error) {
    if (error instanceof FakeCommandError) return { ok: false, error: error.error };
    // Every other failure through the one error table.
    return { ok: false, error: toCommandError(error, name) };
  }
}

import type { z } from 'zod';
import { commands, type CommandDef, type CommandError, type CommandName } from '../../src-shared/contract';

/**
 * Contract errors in a finance user's words. Main's door answers a payload that fails a command's
 * schema with a developer's sentence ("Invalid request for accounts:add (field "label"): Too big…");
 * the renderer never shows that: it checks the same arguments against the same zod schema here and
 * says what is wrong with which field, and turns the other contract failures into plain sentences.
 */

/** What each field is called on screen (the last part of the failing path names it). */
const FIELD_WORDS: Record<string, string> = {
  label: 'label',
  baseUrl: 'address (base URL)',
  secret: 'credential',
  provider: 'provider',
  id: 'account',
  accountId: 'account',
  invoiceId: 'invoice',
  until: 'snooze date',
  withinDays: 'number of days',
  syncIntervalMinutes: 'background sync interval',
  startAtLogin: 'start at login setting',
  theme: 'theme',
  savedViews: 'saved views',
  name: 'name',
  leadDays: 'reminder days',
  overdueDaily: 'daily overdue reminder setting',
  weekday: 'digest day',
  time: 'time',
  start: 'start of the quiet hours',
  end: 'end of the quiet hours',
  quietHours: 'quiet hours',
  paidCheckDays: 'number of days to wait after “I paid this”',
  which: 'link',
};

const AGAIN = 'Try again; if it keeps happening, restart Invoice Inbox.';

/** "Keep the label to 80 characters or fewer; it has 95." */
export function tooLongMessage(what: string, length: number, max: number): string {
  return `Keep the ${what} to ${max} characters or fewer; it has ${length}.`;
}

function fieldWords(path: readonly PropertyKey[]): string {
  const named = [...path].reverse().find((part): part is string => typeof part === 'string');
  return (named && FIELD_WORDS[named]) ?? 'value';
}

function valueAt(args: unknown, path: readonly PropertyKey[]): unknown {
  let value = args;
  for (const part of path) value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[part] : undefined;
  return value;
}

/** One zod issue as a sentence about the field. */
export function describeIssue(issue: z.core.$ZodIssue, args: unknown): string {
  const what = fieldWords(issue.path);
  const subject = `The ${what}`;
  switch (issue.code) {
    case 'too_big': {
      const value = valueAt(args, issue.path);
      if (issue.origin === 'string') return tooLongMessage(what, typeof value === 'string' ? value.trim().length : Number(issue.maximum) + 1, Number(issue.maximum));
      if (issue.origin === 'array') return `${subject} can have at most ${issue.maximum} entries.`;
      return `${subject} can be at most ${issue.maximum}.`;
    }
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? `${subject} cannot be empty.` : `${subject} needs at least ${issue.minimum} characters.`;
      if (issue.origin === 'array') return `Choose at least ${issue.minimum} for the ${what}.`;
      return `${subject} must be at least ${issue.minimum}.`;
    case 'invalid_type':
      return valueAt(args, issue.path) === undefined ? `${subject} is missing.` : `${subject} is not the right kind of value.`;
    case 'invalid_format':
      return `${subject} is not written the way Invoice Inbox expects. Check it and try again.`;
    case 'invalid_value':
    case 'invalid_union':
      return `${subject} is not one of the choices Invoice Inbox offers.`;
    case 'custom':
      // The shared validators (src-shared/domain) write their refusals for the user already.
      return issue.message && !issue.message.startsWith('Invalid') ? issue.message : `${subject} is not valid. Check it and try again.`;
    default:
      return `${subject} is not valid. Check it and try again.`;
  }
}

/** The arguments as the command's schema sees them: the first issue, or null when they pass. */
function firstIssue(name: CommandName, args: unknown): z.core.$ZodIssue | null {
  const def = commands[name] as CommandDef<z.ZodType, unknown> | undefined;
  const parsed = def?.args.safeParse(args);
  return parsed && !parsed.success ? (parsed.error.issues[0] ?? null) : null;
}

/** A command's failure with its message in plain words (code and field kept). */
export function plainCommandError(name: CommandName, args: unknown, error: CommandError): CommandError {
  const plain = (message: string): CommandError => ({ ...error, message });
  switch (error.code) {
    case 'invalid_args': {
      // Failures of the schema carry the failing field; a service's own refusals are already plain.
      if (error.field === undefined) return error;
      const issue = firstIssue(name, args);
      if (issue) return plain(describeIssue(issue, args));
      return plain(`Invoice Inbox could not accept the ${fieldWords(error.field.split('.'))}. Check it and try again.`);
    }
    case 'unknown_command':
      return plain('This part of Invoice Inbox is not available in the running version. Restart the app; if it keeps happening, reinstall it.');
    case 'forbidden':
      return plain('Invoice Inbox refused a request that did not come from its own window. Restart the app.');
    default:
      // Main's error table (src-main/services/failures.ts) words every other failure for the user.
      return error;
  }
}

/** Errors the renderer itself ran into (a bug, a broken bridge) in plain words. */
export function isProgrammingError(error: unknown): boolean {
  return error instanceof TypeError || error instanceof ReferenceError || error instanceof SyntaxError || error instanceof RangeError;
}

export const PROGRAMMING_ERROR_MESSAGE = `Something went wrong inside Invoice Inbox. ${AGAIN}`;

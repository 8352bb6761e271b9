/**
 * What the user says about invoices, one or many at once: "I paid this", snooze, mute, tags (each
 * undoable), and a note per invoice.
 */
import { z } from 'zod';
import type { MarkOutcome } from '../domain';
import { command } from './define';
import { inboxFilterSchema, tagSchema } from './invoices';

const invoiceId = z.string().min(3).max(400);
const calendarDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');

/** The longest note (characters). */
export const NOTE_MAX_CHARS = 4000;
/** The most invoices one action names by id (a whole view is named by its filter instead). */
export const MARK_MAX_IDS = 10_000;

export const markActionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paid') }),
  z.object({ kind: z.literal('unpaid') }),
  z.object({ kind: z.literal('snooze'), until: z.union([z.enum(['tomorrow', 'next_week']), calendarDay]) }),
  z.object({ kind: z.literal('unsnooze') }),
  z.object({ kind: z.literal('mute') }),
  z.object({ kind: z.literal('unmute') }),
  z.object({ kind: z.literal('tag'), tag: tagSchema }),
  z.object({ kind: z.literal('untag'), tag: tagSchema }),
]);

export const markTargetSchema = z.union([
  z.object({ ids: z.array(invoiceId).min(1).max(MARK_MAX_IDS) }),
  z.object({ filter: inboxFilterSchema }),
]);

export const markCommands = {
  /** One action on the picked invoices or on every invoice of a view, in one transaction. */
  'marks:apply': command<MarkOutcome>()(z.object({ target: markTargetSchema, action: markActionSchema })),
  /** Puts the invoices of an earlier action back as they were (once). */
  'marks:undo': command<{ restored: number; message: string }>()(z.object({ undoId: z.string().min(1).max(40) })),
  /** Saves the invoice's note (plain text; empty removes it). */
  'invoices:setNote': command<null>()(
    z.object({ invoiceId, text: z.string().max(NOTE_MAX_CHARS, `a note is at most ${NOTE_MAX_CHARS.toLocaleString('en-US')} characters`) }),
  ),
};

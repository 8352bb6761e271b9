import type { MarksService } from '../core/marks/marks-service';
import { MarkNotFoundError } from '../core/marks/marks-service';
import type { CommandHandlers } from './commands';
import { CommandFailure } from './failures';

type MarkCommand = 'marks:apply' | 'marks:undo' | 'invoices:setNote';

/** "I paid this", snooze, mute and tags on one invoice or many (undoable), and notes. */
export function markHandlers(marks: Pick<MarksService, 'apply' | 'undo' | 'setNote'>): Pick<CommandHandlers, MarkCommand> {
  return {
    'marks:apply': async ({ target, action }) => marks.apply(target, action),
    'marks:undo': async ({ undoId }) => marks.undo(undoId),
    'invoices:setNote': async ({ invoiceId, text }) => {
      try {
        marks.setNote(invoiceId, text);
        return null;
      } catch (error) {
        if (error instanceof MarkNotFoundError) throw new CommandFailure('not_found', error.message);
        throw error;
      }
    },
  };
}

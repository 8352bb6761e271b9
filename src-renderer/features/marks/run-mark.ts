import type { MarkAction } from '../../../src-shared/domain';
import type { ApiClient } from '../../api/client';
import type { AppStore } from '../../stores/app';
import type { SelectionTarget } from '../../stores/selection';
import { messageOf } from '../../stores/types';

/**
 * Runs one mark action through main and tells the user what it did, with Undo (main keeps what each
 * invoice was). The inbox and reminders reload on main's 'inbox:changed' event.
 */
export async function runMarkAction(api: ApiClient, app: AppStore, target: SelectionTarget, action: MarkAction): Promise<boolean> {
  try {
    const outcome = await api.call('marks:apply', { target, action });
    const undoId = outcome.undoId;
    app.getState().notify(
      outcome.message,
      outcome.changed === 0 ? 'error' : 'info',
      undoId === null
        ? undefined
        : {
            label: 'Undo',
            run: () => {
              api
                .call('marks:undo', { undoId })
                .then((undone) => app.getState().notify(undone.message))
                .catch((error: unknown) => app.getState().notify(messageOf(error), 'error'));
            },
          },
    );
    return outcome.changed > 0;
  } catch (error) {
    app.getState().notify(messageOf(error), 'error');
    return false;
  }
}

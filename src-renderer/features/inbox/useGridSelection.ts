import { useCallback } from 'react';
import { useInbox, useServices } from '../../app/context';
import type { PickHow } from './GridRow';

/** The grid's side of the multi-selection: what is picked, and what a checkbox or a modified click does. */
export function useGridSelection() {
  const { stores } = useServices();
  const checkedIds = useInbox((s) => s.selectedIds);
  const allInView = useInbox((s) => s.allInView);
  const onPick = useCallback(
    (id: string, index: number, how: PickHow) => {
      const inbox = stores.inbox.getState();
      // The range starts from the anchor or the cursor as they are before the cursor moves to this row.
      const done = how === 'range' ? inbox.selectRange(index) : inbox.toggleSelected(id, index);
      inbox.select(id, index);
      void done.then((message) => {
        if (message !== null) stores.app.getState().notify(message, 'error');
      });
    },
    [stores],
  );
  const onSelectAll = useCallback(
    (on: boolean) => {
      const inbox = stores.inbox.getState();
      if (on) inbox.selectAllInView();
      else inbox.clearSelection();
    },
    [stores],
  );
  return { checkedIds, allInView, onPick, onSelectAll };
}

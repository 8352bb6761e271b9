import type { MarkAction } from '../../../src-shared/domain';
import { useInbox, useServices } from '../../app/context';
import { Menu, type MenuEntry } from '../../components/Menu';
import { hasSelection, selectionCount, selectionTarget } from '../../stores/selection';
import { useSelectionExports } from '../export/useSelectionExports';
import { runMarkAction } from './run-mark';
import { TagPopover } from './TagPopover';

/**
 * The actions on the rows picked in the list, shown while at least one is: "I paid these", snooze,
 * mute, tags, export, and their opposites. Each goes through main as one undoable action (the toast's
 * Undo reverts every invoice) and the selection stays.
 */
export function BulkActionBar() {
  const { api, stores } = useServices();
  const shown = useInbox(hasSelection);
  const count = useInbox(selectionCount);
  const allInView = useInbox((s) => s.allInView);
  const exports = useSelectionExports();
  if (!shown) return null;

  const run = async (action: MarkAction): Promise<boolean> => {
    const target = selectionTarget(stores.inbox.getState());
    return target === null ? false : runMarkAction(api, stores.app, target, action);
  };
  const act = (action: MarkAction) => () => void run(action);
  const amount = count === null ? 'all' : count.toLocaleString('en-US');
  const noun = count === 1 ? 'invoice' : 'invoices';
  const snooze: MenuEntry[] = [
    { label: 'Until tomorrow', shortcut: 's', onSelect: act({ kind: 'snooze', until: 'tomorrow' }) },
    { label: 'Until next week', onSelect: act({ kind: 'snooze', until: 'next_week' }) },
  ];
  const more: MenuEntry[] = [
    { label: 'Not paid after all', onSelect: act({ kind: 'unpaid' }) },
    { label: 'End the snooze', onSelect: act({ kind: 'unsnooze' }) },
    { label: 'Unmute', onSelect: act({ kind: 'unmute' }) },
  ];
  return (
    <div role="toolbar" aria-label={`Actions on ${amount} selected ${noun}`} className="bulk-bar">
      <span className="bulk-count" aria-live="polite">
        {allInView ? `All ${amount} ${noun} in this view selected` : `${amount} selected`}
      </span>
      <button type="button" className="primary" aria-keyshortcuts="i" onClick={act({ kind: 'paid' })}>
        I paid these
      </button>
      <Menu label="Snooze" items={snooze} className="button-like">
        Snooze ▾
      </Menu>
      <button type="button" aria-keyshortcuts="m" onClick={act({ kind: 'mute' })}>
        Mute
      </button>
      <TagPopover run={run} />
      <Menu label="Export selected" items={exports} className="button-like" disabled={exports.length === 0}>
        Export ▾
      </Menu>
      <Menu label="More actions on the selected invoices" items={more} className="button-like">
        More ▾
      </Menu>
      <button type="button" className="link-button" aria-keyshortcuts="Escape" onClick={() => stores.inbox.getState().clearSelection()}>
        Clear selection
      </button>
    </div>
  );
}

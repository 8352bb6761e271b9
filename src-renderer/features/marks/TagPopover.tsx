import * as Popover from '@radix-ui/react-popover';
import { useId, useMemo, useState } from 'react';
import type { MarkAction } from '../../../src-shared/domain';
import { useInbox } from '../../app/context';
import { selectedRows } from '../../stores/selection';
import { TagAddForm } from './TagAddForm';

const NO_TAGS: readonly { tag: string; count: number }[] = [];
/** Existing tags offered at once (the most used first, narrowed by what is typed). */
const SUGGESTED = 8;

/**
 * "Tag…" on the bulk action bar: a tag to add to every selected invoice (typed, or one of the
 * workspace's tags), and the tags some selected rows have, each removable from all of them.
 */
export function TagPopover({ run }: { run: (action: MarkAction) => Promise<boolean> }) {
  const inUseId = useId();
  const onSelectedId = useId();
  const [open, setOpen] = useState(false);
  const [tag, setTag] = useState('');
  const known = useInbox((s) => s.facets?.tags ?? NO_TAGS);
  const pages = useInbox((s) => s.pages);
  const selectedIds = useInbox((s) => s.selectedIds);
  const allInView = useInbox((s) => s.allInView);
  const count = useInbox((s) => s.count);
  const onSelected = useMemo(() => {
    const counts = new Map<string, number>();
    for (const row of selectedRows({ pages, selectedIds, allInView, count, anchor: null }).rows) {
      for (const name of row.tags) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    return [...counts].map(([name, n]) => ({ tag: name, count: n })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  }, [pages, selectedIds, allInView, count]);
  const typed = tag.trim().toLowerCase();
  const suggestions = known.filter((entry) => entry.tag.toLowerCase().includes(typed)).slice(0, SUGGESTED);

  const apply = async (action: MarkAction) => {
    if (await run(action)) {
      setTag('');
      setOpen(false);
    }
  };
  return (
    <Popover.Root open={open} onOpenChange={setOpen} modal={false}>
      <Popover.Trigger className="menu-trigger button-like">Tag…</Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className="popover tag-popover" align="start" sideOffset={4} collisionPadding={8} aria-label="Tags of the selected invoices">
          <TagAddForm value={tag} onChange={setTag} onAdd={(value) => void apply({ kind: 'tag', tag: value })} known={known} />
          {suggestions.length > 0 ? (
            <div className="tag-choices" role="group" aria-labelledby={inUseId}>
              <p className="tag-choices-title" id={inUseId}>
                Tags in use
              </p>
              {suggestions.map((entry) => (
                <button key={entry.tag} type="button" className="tag" aria-label={`Add tag ${entry.tag}`} onClick={() => void apply({ kind: 'tag', tag: entry.tag })}>
                  {entry.tag} <span className="muted">{entry.count}</span>
                </button>
              ))}
            </div>
          ) : null}
          {onSelected.length > 0 ? (
            <div className="tag-choices" role="group" aria-labelledby={onSelectedId}>
              <p className="tag-choices-title" id={onSelectedId}>
                On the selected invoices (click to remove)
              </p>
              {onSelected.map((entry) => (
                <button
                  key={entry.tag}
                  type="button"
                  className="tag"
                  aria-label={`Remove tag ${entry.tag} from the selected invoices`}
                  onClick={() => void apply({ kind: 'untag', tag: entry.tag })}
                >
                  {entry.tag} <span className="muted">{entry.count}</span> <span aria-hidden="true">×</span>
                </button>
              ))}
            </div>
          ) : null}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

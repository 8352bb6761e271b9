import * as Popover from '@radix-ui/react-popover';
import type { InboxAggregates } from '../../../src-shared/domain/inbox-query';
import { AgingChart } from '../../components/AgingChart';

/** The aging table behind a button, for the one-line summary of a small window. */
export function CompactAging({ aggregates }: { aggregates: InboxAggregates | null }) {
  return (
    <Popover.Root modal={false}>
      <Popover.Trigger className="aging-trigger">
        Aging
        <span className="trigger-caret" aria-hidden="true">
          ▾
        </span>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className="popover aging-popover" align="end" sideOffset={4} collisionPadding={8} aria-labelledby="aging-popover-title">
          <h2 className="section-title" id="aging-popover-title">
            Aging of open amounts
          </h2>
          {aggregates === null ? <p className="muted">Adding up…</p> : <AgingChart aging={aggregates.aging} />}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

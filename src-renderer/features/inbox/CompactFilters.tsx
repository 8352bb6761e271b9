import * as Popover from '@radix-ui/react-popover';
import type { ReactNode } from 'react';
import { Icon } from '../../components/Icon';

/**
 * The filter bar folded into one button, "Filters (3)" (the number of active filters), that opens the
 * filters and the sort in a popover: Esc or an outside click closes it and focus goes back to the
 * button (Radix). The filters' own pop-ups open inside it and close first on Esc.
 */
export function CompactFilters({ count, children }: { count: number; children: ReactNode }) {
  return (
    <Popover.Root modal={false}>
      <Popover.Trigger className="filters-trigger" data-active={count > 0}>
        <Icon name="filter" />
        {count > 0 ? `Filters (${count})` : 'Filters'}
        <span className="trigger-caret" aria-hidden="true">
          ▾
        </span>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className="popover filters-popover" align="end" sideOffset={4} collisionPadding={8} aria-label="Filters and sort">
          <div className="filter-stack">{children}</div>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

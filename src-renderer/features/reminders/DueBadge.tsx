import type { DueItem } from '../../../src-shared/domain/reminders';
import { Icon, type IconName } from '../../components/Icon';
import { describeDue, urgencyOf, type Urgency } from './describe';

const ICONS: Record<Urgency, IconName> = { critical: 'urgent', overdue: 'alert', late: 'alert', today: 'clock', soon: 'calendar' };

/** When an invoice is due, told by an icon and words ("Overdue by 45 days"), never by colour alone. */
export function DueBadge({ item, quiet = false }: { item: Pick<DueItem, 'state' | 'daysUntilDue'>; quiet?: boolean }) {
  const urgency = urgencyOf(item);
  return (
    <span className={`due-badge ${quiet ? 'due-badge-quiet' : `due-badge-${urgency}`}`} data-urgency={urgency}>
      <Icon name={quiet ? 'quiet' : ICONS[urgency]} />
      {describeDue(item)}
    </span>
  );
}

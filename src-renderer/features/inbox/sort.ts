import type { SortKey } from '../../../src-shared/domain/inbox-query';

export { DEFAULT_SORT, SORT_KEYS, type SortKey } from '../../../src-shared/domain/inbox-query';

export const SORT_LABELS: Record<SortKey, string> = {
  attention: 'Needs attention first',
  due: 'Due date',
  amount: 'Amount (total)',
  issued: 'Issued date',
  paid: 'Paid date',
  provider: 'Provider',
};

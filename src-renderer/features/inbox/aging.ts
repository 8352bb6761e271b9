import type { AgingBucket } from '../../../src-shared/domain/inbox-query';

export { AGING_BUCKETS, type AgingBucket, type CurrencyAging } from '../../../src-shared/domain/inbox-query';

export const AGING_LABELS: Record<AgingBucket, string> = {
  current: 'Current',
  '1-30': '1–30 days',
  '31-60': '31–60 days',
  '61-90': '61–90 days',
  '90+': 'Over 90 days',
  none: 'No due date',
};

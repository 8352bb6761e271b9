import type { AgingBucket } from './inbox-query';

/** Aging buckets in words (the summary strip, printed reports, the XLSX aging sheet). */
export const AGING_LABELS: Readonly<Record<AgingBucket, string>> = {
  current: 'Current',
  '1-30': '1–30 days',
  '31-60': '31–60 days',
  '61-90': '61–90 days',
  '90+': 'Over 90 days',
  none: 'No due date',
};

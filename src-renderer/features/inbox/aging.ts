export { AGING_BUCKETS, type AgingBucket, type CurrencyAging } from '../../../src-shared/domain/inbox-query';
export { AGING_LABELS } from '../../../src-shared/domain/aging-labels';

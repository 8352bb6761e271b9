export { AGING_BUCKETS, type CurrencyAging } from '../../../src-shared/domain/inbox-query';
export { AGING_LABELS } from '../../../src-shared/domain/aging-labels';

import type { InvoiceStatus } from '../../src-shared/domain/invoice';

export const STATUS_LABELS: Record<InvoiceStatus, string> = {
  draft: 'Draft',
  open: 'Open',
  overdue: 'Overdue',
  paid: 'Paid',
  void: 'Void',
  uncollectible: 'Uncollectible',
  unknown: 'Unknown',
};

export function StatusChip({ status }: { status: InvoiceStatus }) {
  return <span className={`chip chip-${status}`}>{STATUS_LABELS[status]}</span>;
}

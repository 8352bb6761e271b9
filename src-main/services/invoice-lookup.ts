import type { Invoice } from '../../src-shared/domain';
import type { InboxService } from '../core/app/types';
import { safeFileStem } from '../core/export/file-names';
import { CommandFailure } from './failures';

/** The stored invoice with this id (`<accountId>:<providerInvoiceId>`), or a not_found failure. */
export function findInvoice(inbox: Pick<InboxService, 'invoice'>, invoiceId: string): Invoice {
  const invoice = inbox.invoice(invoiceId);
  if (!invoice) throw new CommandFailure('not_found', 'That invoice is no longer in the inbox. Sync again to refresh the list.');
  return invoice;
}

/** A file name for a saved copy ("INV-0305.pdf"), safe on every file system. */
export function pdfFileName(invoice: Pick<Invoice, 'number' | 'providerInvoiceId'>): string {
  return `${safeFileStem(invoice.number ?? invoice.providerInvoiceId, 'invoice')}.pdf`;
}

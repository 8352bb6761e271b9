import { hash as digest } from 'node:crypto';
import type { Invoice } from '../../../src-shared/domain';

/** Every field of an invoice in a fixed order, so a hash does not depend on how the object was built. */
function canonical(invoice: Invoice, withUrls: boolean): unknown[] {
  const status = invoice.status === 'overdue' ? 'open' : invoice.status;
  return [
    invoice.id, invoice.accountId, invoice.provider, invoice.providerInvoiceId, invoice.number, status, invoice.rawStatus,
    invoice.kind, invoice.currency, invoice.total, invoice.amountDue, invoice.amountPaid, invoice.issuedAt, invoice.dueAt,
    invoice.paidAt, invoice.periodStart, invoice.periodEnd, invoice.description,
    withUrls ? [invoice.payUrl, invoice.pdfUrl, invoice.receiptUrl] : null,
    invoice.updatedAt,
    invoice.lineItems.map((item) => [item.description, item.quantity, item.unitAmount, item.amount, item.periodStart, item.periodEnd]),
  ];
}

/** One-shot digest (no Hash object per invoice: a sync hashes every invoice it fetched). */
function hash(value: unknown): string {
  return digest('sha1', JSON.stringify(value), 'base64');
}

/**
 * What the provider says about an invoice, ignoring the re-signable URLs and the open/overdue
 * distinction time makes (an invoice turning overdue is not a change at the provider). An incremental
 * sync stops once a page holds an invoice whose fingerprint is unchanged.
 */
export function invoiceFingerprint(invoice: Invoice): string {
  return hash(canonical(invoice, false));
}

/** Everything stored of an invoice, URLs included: an unchanged hash means the stored copy needs no write. */
export function invoiceRowHash(invoice: Invoice): string {
  return hash(canonical(invoice, true));
}

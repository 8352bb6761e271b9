/**
 * Hostile fixtures and the field names the item faults (schema drift, hostile data) act on, per
 * provider. Test-only: what a compromised or buggy provider could send, to prove the app never follows
 * or renders it.
 */
import type { ProviderId } from '../../../src-shared/domain';

export const HOSTILE_TEXT = '<img src=x onerror=alert(1)>';

export interface EffectFields {
  id: string;
  amount: string;
  status: string;
  /** URL field -> hostile value to put there. */
  urls: Record<string, string>;
  /** Free-text fields that get an HTML/script payload. */
  text: string[];
}

export const EFFECT_FIELDS: Record<ProviderId, EffectFields> = {
  gpuoutlet: {
    id: 'id',
    amount: 'amountCents',
    status: 'status',
    urls: { hostedInvoiceUrl: 'javascript:alert(1)', invoicePdfUrl: 'file:///etc/passwd', receiptUrl: 'javascript:alert(document.cookie)' },
    text: [],
  },
  vastai: { id: 'metadata', amount: 'amount', status: 'type', urls: {}, text: ['description', 'source'] },
  opterius: { id: 'id', amount: 'total', status: 'status', urls: {}, text: ['invoice_number'] },
  onepin: {
    id: 'id',
    amount: 'amount_due',
    status: 'status',
    urls: { hosted_invoice_url: 'javascript:alert(1)', invoice_pdf: 'file:///etc/passwd' },
    text: ['number'],
  },
  commet: { id: 'id', amount: 'total', status: 'status', urls: {}, text: ['memo', 'reference'] },
};

import type { Invoice } from '../../../src-shared/domain/invoice';
import { providerName } from '../../../src-shared/domain/provider';
import type { ApiClient } from '../../api/client';
import type { AppStore } from '../../stores/app';
import { messageOf } from '../../stores/types';

export type LinkKind = 'pay' | 'receipt';

/** Why Pay or Receipt is disabled, in words ("GPU Outlet gave no payment link for this invoice"). */
export function noLinkReason(invoice: Invoice, which: LinkKind): string | null {
  const url = which === 'pay' ? invoice.payUrl : invoice.receiptUrl;
  if (url !== null) return null;
  return `${providerName(invoice.provider)} gave no ${which === 'pay' ? 'payment link' : 'receipt'} for this invoice`;
}

/**
 * Hands the link to main ('links:open'), which opens it in the default browser, never in the app.
 * After Pay on a bill with money owed that nobody marked paid, asks "Did you pay?" (`askAfterPay`).
 */
export async function openInvoiceLink(api: ApiClient, app: AppStore, invoice: Invoice, which: LinkKind, askAfterPay = false): Promise<void> {
  const reason = noLinkReason(invoice, which);
  if (reason !== null) {
    app.getState().notify(`${reason}.`, 'error');
    return;
  }
  try {
    await api.call('links:open', { invoiceId: invoice.id, which });
    app.getState().notify(which === 'pay' ? 'Opened the payment page in your browser.' : 'Opened the receipt in your browser.');
    if (which === 'pay' && askAfterPay) app.getState().askDidYouPay({ invoiceId: invoice.id, title: invoice.number ?? invoice.providerInvoiceId });
  } catch (error) {
    app.getState().notify(messageOf(error), 'error');
  }
}

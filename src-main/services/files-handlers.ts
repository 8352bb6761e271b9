import type { Invoice } from '../../src-shared/domain';
import { assertAllowedExternalUrl } from '../core/links/url-policy';
import { invoiceLabel } from '../core/pdf/errors';
import { CommandFailure } from './failures';
import type { CommandHandlers } from './commands';
import { findInvoice, pdfFileName } from './invoice-lookup';
import type { PdfFile, ServiceDeps } from './types';

type FileCommand = 'pdf:fetch' | 'pdf:openExternal' | 'pdf:saveCopy' | 'links:open';
type FileDeps = Pick<ServiceDeps, 'inbox' | 'pdf' | 'linkOpener' | 'saveCopy' | 'openPdfExternally'>;

/**
 * PDFs and outside links. The renderer names an invoice, never a URL or a path: main reads the URL
 * from the cached invoice and applies the https-only rule before anything leaves the app.
 */
export function fileHandlers(deps: FileDeps): Pick<CommandHandlers, FileCommand> {
  const { inbox, pdf } = deps;

  async function cachedFile(invoiceId: string): Promise<PdfFile> {
    const invoice = findInvoice(inbox, invoiceId);
    await pdf.fetchPdf(invoice);
    const path = await pdf.cachedPath(invoice.id);
    if (path === null) throw new CommandFailure('failed', `The PDF for invoice ${invoiceLabel(invoice)} could not be saved on this computer; free some disk space and try again.`);
    return { invoiceId: invoice.id, path, suggestedName: pdfFileName(invoice) };
  }

  return {
    'pdf:fetch': async ({ invoiceId }) => {
      const { bytes, fromCache } = await pdf.fetchPdf(findInvoice(inbox, invoiceId));
      return { base64: bytes.toString('base64'), size: bytes.length, fromCache };
    },

    'pdf:openExternal': async ({ invoiceId }) => ({ opened: await deps.openPdfExternally(await cachedFile(invoiceId)) }),

    'pdf:saveCopy': async ({ invoiceId }) => deps.saveCopy(await cachedFile(invoiceId)),

    'links:open': async ({ invoiceId, which }) => {
      const invoice = findInvoice(inbox, invoiceId);
      const url = linkOf(invoice, which);
      let allowed: URL;
      try {
        allowed = assertAllowedExternalUrl(url);
      } catch (error) {
        throw new CommandFailure('failed', `${error instanceof Error ? error.message : 'The link was refused.'} Open invoice ${invoiceLabel(invoice)} on the provider's site instead.`);
      }
      await deps.linkOpener(allowed.href, { invoiceId: invoice.id, which });
      return { opened: true, url: allowed.href };
    },
  };
}

function linkOf(invoice: Invoice, which: 'pay' | 'receipt'): string {
  const url = which === 'pay' ? invoice.payUrl : invoice.receiptUrl;
  if (url === null) {
    throw new CommandFailure('not_found', `The provider gave no ${which === 'pay' ? 'payment' : 'receipt'} link for invoice ${invoiceLabel(invoice)}.`);
  }
  return url;
}

/** Why an invoice's PDF could not be shown; `message` is written for a finance user and holds no URL. */
export const PDF_ERROR_KINDS = ['no_pdf', 'refused_url', 'refused_address', 'not_pdf', 'too_large', 'http_status', 'network', 'timeout', 'storage'] as const;
export type PdfErrorKind = (typeof PDF_ERROR_KINDS)[number];

export class PdfError extends Error {
  constructor(
    readonly kind: PdfErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'PdfError';
  }
}

export function isPdfError(error: unknown): error is PdfError {
  return error instanceof PdfError;
}

/** How an invoice is named in messages: its human number, else the provider's id. */
export function invoiceLabel(invoice: { number: string | null; providerInvoiceId: string }): string {
  return invoice.number ?? invoice.providerInvoiceId;
}

export function pdfErrorMessage(kind: PdfErrorKind, label: string, detail?: string): string {
  switch (kind) {
    case 'no_pdf':
      return `The provider has no PDF for invoice ${label}; open it on the provider's site instead.`;
    case 'refused_url':
      return `The PDF link for invoice ${label} is not a secure (https) address, so it was not downloaded; open it on the provider's site instead.`;
    case 'refused_address':
      return `The PDF link for invoice ${label} points to this computer or a private network, so it was not downloaded; open it on the provider's site instead.`;
    case 'not_pdf':
      return `The provider sent something that is not a PDF for invoice ${label}; open it on the provider's site instead.`;
    case 'too_large':
      return `The PDF for invoice ${label} is larger than ${detail ?? 'the size limit'}, so it was not downloaded; open it on the provider's site instead.`;
    case 'http_status':
      return `The provider refused the PDF for invoice ${label} (HTTP ${detail ?? 'error'}); try again later or open it on the provider's site.`;
    case 'network':
      return `Could not download the PDF for invoice ${label}: the provider cannot be reached and no copy is saved on this computer yet. Try again when you are online.`;
    case 'timeout':
      return `The PDF for invoice ${label} took too long to download; try again later or open it on the provider's site.`;
    case 'storage':
      return `The PDF for invoice ${label} could not be saved on this computer${detail ? ` (${detail})` : ''}; free some disk space and try again.`;
  }
}

import type { Invoice } from '../../../src-shared/domain';

export interface PdfFetchResult {
  bytes: Buffer;
  /** True when the bytes came from the on-disk cache (offline, or a final invoice already saved). */
  fromCache: boolean;
}

/** Only what the PDF service reads of an invoice. */
export type PdfInvoice = Pick<Invoice, 'id' | 'accountId' | 'number' | 'providerInvoiceId' | 'pdfUrl' | 'status'>;

export interface PdfService {
  /**
   * The invoice's PDF: downloaded (size-capped, checked to start with `%PDF-`), or the cached copy
   * when the download fails. Throws PdfError when neither is possible. A downloaded PDF is returned
   * at once; its copy is saved on disk in the background (see idle).
   */
  fetchPdf(invoice: PdfInvoice, options?: { signal?: AbortSignal }): Promise<PdfFetchResult>;
  /** The cached copy's path, or null when nothing is cached for the invoice. */
  cachedPath(invoiceId: string): Promise<string | null>;
  /** Forgets the cached copies (account removed, demo left), once their downloads and copies in progress are done. */
  evict(invoiceIds: readonly string[]): Promise<void>;
  /**
   * Settles when no download is running and every copy being saved is on disk (or failed, which is
   * logged): what closing the workspace waits for before the data folder may go.
   */
  idle(): Promise<void>;
}

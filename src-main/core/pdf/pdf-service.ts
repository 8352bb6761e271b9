import { canStillChange, type Account } from '../../../src-shared/domain';
import { pdfLinkPolicy, systemResolver, type Resolver } from './address-policy';
import { downloadPdf, type PdfFetch } from './download';
import { PdfError, invoiceLabel, pdfErrorMessage } from './errors';
import { PdfCache } from './pdf-cache';
import { pinnedGet } from './pinned-get';
import type { PdfFetchResult, PdfInvoice, PdfService } from './types';

export const DEFAULT_PDF_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_PDF_TIMEOUT_MS = 30_000;

export interface PdfServiceOptions {
  dataDir: string;
  fetch?: PdfFetch;
  /**
   * The invoice's account (demo accounts on loopback may fetch from their simulator over http). An
   * invoice whose account is unknown gets the strict policy: https to public addresses only.
   */
  accountOf?: (accountId: string) => Pick<Account, 'demo' | 'baseUrl'> | null;
  /** Developer mode: accounts pointed at a simulator on loopback fetch from it like demo accounts. */
  developerMode?: () => boolean;
  /** DNS for the address check; default node:dns lookup with all:true. */
  resolve?: Resolver;
  maxBytes?: number;
  timeoutMs?: number;
}

/**
 * Fetches invoice PDFs as public links (never with the account's secret, never to this computer or a
 * private network except a demo account's own simulator) and keeps a copy on disk so
 * they open offline. An invoice that can no longer change (paid, void, uncollectible) is served from
 * the cache when it is there; an open one is downloaded again and falls back to the cache when the
 * download fails. A failed or non-PDF download never replaces a good cached copy.
 */
export function createPdfService(options: PdfServiceOptions): PdfService {
  const cache = new PdfCache(options.dataDir);
  const fetchImpl: PdfFetch = options.fetch ?? ((url, init) => pinnedGet(url, init));
  const inFlight = new Map<string, Promise<PdfFetchResult>>();

  async function load(invoice: PdfInvoice, signal: AbortSignal | undefined): Promise<PdfFetchResult> {
    const label = invoiceLabel(invoice);
    const cached = await cache.read(invoice.id);
    if (cached && !canStillChange(invoice.status)) return { bytes: cached, fromCache: true };
    try {
      if (invoice.pdfUrl === null) throw new PdfError('no_pdf', pdfErrorMessage('no_pdf', label));
      const bytes = await downloadPdf(invoice.pdfUrl, {
        fetch: fetchImpl,
        policy: pdfLinkPolicy(options.accountOf?.(invoice.accountId) ?? null, options.developerMode?.() ?? false),
        resolve: options.resolve ?? systemResolver,
        maxBytes: options.maxBytes ?? DEFAULT_PDF_MAX_BYTES,
        timeoutMs: options.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS,
        label,
        ...(signal ? { signal } : {}),
      });
      // A copy that cannot be saved (disk full) must not stop the user from seeing the PDF now.
      await cache.write(invoice.id, bytes).catch(() => undefined);
      return { bytes, fromCache: false };
    } catch (error) {
      if (signal?.aborted) throw error;
      if (cached) return { bytes: cached, fromCache: true };
      throw error;
    }
  }

  return {
    fetchPdf(invoice, fetchOptions = {}) {
      const running = inFlight.get(invoice.id);
      if (running) return running;
      const started = load(invoice, fetchOptions.signal).finally(() => inFlight.delete(invoice.id));
      inFlight.set(invoice.id, started);
      return started;
    },
    async cachedPath(invoiceId) {
      return (await cache.read(invoiceId)) ? cache.pathFor(invoiceId) : null;
    },
    evict: (invoiceIds) => cache.remove(invoiceIds),
  };
}

import { canStillChange, type Account } from '../../../src-shared/domain';
import type { AtomicFs } from '../cache/atomic-write';
import { storageFailure } from '../store/errors';
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
  /** A copy that could not be saved, in a line for the log (never a URL or a secret). */
  log?: (line: string) => void;
  /** The file system cache copies are written through (tests: a full disk). */
  cacheFs?: AtomicFs;
}

/**
 * Fetches invoice PDFs as public links (never with the account's secret, never to this computer or a
 * private network except a demo account's own simulator) and keeps a copy on disk so
 * they open offline. An invoice that can no longer change (paid, void, uncollectible) is served from
 * the cache when it is there; an open one is downloaded again and falls back to the cache when the
 * download fails. A failed or non-PDF download never replaces a good cached copy.
 *
 * The user sees a downloaded PDF without waiting for the disk: its copy is written (atomically, with
 * fsync) in the background. Whatever reads the cache (the next open, cachedPath, evict) waits for the
 * copy of that invoice first; a copy that cannot be written (a full disk) is logged, the PDF already
 * shown stays shown, and the next open downloads it again.
 */
export function createPdfService(options: PdfServiceOptions): PdfService {
  const cache = new PdfCache(options.dataDir, options.cacheFs);
  const fetchImpl: PdfFetch = options.fetch ?? ((url, init) => pinnedGet(url, init));
  const inFlight = new Map<string, Promise<PdfFetchResult>>();
  const copies = new Map<string, Promise<void>>();

  /** The invoice's copy in progress, settled (never rejects). */
  const copied = (invoiceId: string): Promise<void> => copies.get(invoiceId) ?? Promise.resolve();

  function saveCopy(invoice: PdfInvoice, bytes: Buffer): void {
    const copy: Promise<void> = copied(invoice.id)
      .then(() => cache.write(invoice.id, bytes))
      .catch((error: unknown) => {
        const { reason, remedy } = storageFailure(error);
        options.log?.(`The PDF of invoice ${invoiceLabel(invoice)} was shown but could not be saved on this computer because ${reason}; it will be downloaded again the next time it is opened. ${remedy}`);
      })
      .finally(() => {
        if (copies.get(invoice.id) === copy) copies.delete(invoice.id);
      });
    copies.set(invoice.id, copy);
  }

  async function load(invoice: PdfInvoice, signal: AbortSignal | undefined): Promise<PdfFetchResult> {
    const label = invoiceLabel(invoice);
    await copied(invoice.id);
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
      saveCopy(invoice, bytes);
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
      await copied(invoiceId);
      return (await cache.read(invoiceId)) ? cache.pathFor(invoiceId) : null;
    },
    async evict(invoiceIds) {
      await Promise.allSettled(invoiceIds.map((id) => inFlight.get(id)));
      await Promise.all(invoiceIds.map(copied));
      await cache.remove(invoiceIds);
    },
    async idle() {
      while (inFlight.size > 0 || copies.size > 0) await Promise.allSettled([...inFlight.values(), ...copies.values()]);
    },
  };
}

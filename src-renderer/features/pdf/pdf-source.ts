import type { ApiClient } from '../../api/client';
import { decodeBase64, looksLikePdf, PdfError } from './engine';

export interface PdfSource {
  /** The invoice's PDF bytes: from memory when seen recently, else 'pdf:fetch' (main caches on disk). */
  get(invoiceId: string): Promise<Uint8Array>;
}

/** Keeps the last `keep` PDFs in memory so flipping between invoices works offline and instantly. */
export function createPdfSource(api: ApiClient, keep = 5): PdfSource {
  const recent = new Map<string, Uint8Array>();
  return {
    async get(invoiceId) {
      const hit = recent.get(invoiceId);
      if (hit) {
        recent.delete(invoiceId);
        recent.set(invoiceId, hit);
        return hit;
      }
      const { base64 } = await api.call('pdf:fetch', { invoiceId });
      let bytes: Uint8Array;
      try {
        bytes = decodeBase64(base64);
      } catch {
        throw new PdfError('The downloaded file could not be read.');
      }
      if (!looksLikePdf(bytes)) throw new PdfError('The provider sent something that is not a PDF, so there is nothing to preview.');
      recent.set(invoiceId, bytes);
      while (recent.size > keep) {
        const oldest = recent.keys().next().value;
        if (oldest === undefined) break;
        recent.delete(oldest);
      }
      return bytes;
    },
  };
}

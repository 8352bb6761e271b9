import { isAllowedPdfUrl } from './pdf-url';
import { PdfError, pdfErrorMessage } from './errors';

/** The HTTP seam for PDF downloads (global fetch satisfies it). Redirects are followed by hand. */
export type PdfFetch = (
  url: string,
  init: { signal: AbortSignal; redirect: 'manual'; headers: Record<string, string> },
) => Promise<Response>;

export interface DownloadOptions {
  fetch: PdfFetch;
  maxBytes: number;
  timeoutMs: number;
  /** How the invoice is named in error messages. */
  label: string;
  signal?: AbortSignal;
  maxRedirects?: number;
}

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');

/**
 * Downloads a PDF as a public link: no cookie, no token, nothing of the account goes with it. Every
 * redirect hop must pass the same URL rule; the body is streamed and abandoned as soon as it passes
 * `maxBytes` or its first bytes are not `%PDF-`.
 */
export async function downloadPdf(url: string, options: DownloadOptions): Promise<Buffer> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(new Error('timeout')), options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout.signal, options.signal]) : timeout.signal;
  try {
    const response = await follow(url, options, signal);
    return await readCapped(response, options);
  } catch (error) {
    if (error instanceof PdfError) throw error;
    if (options.signal?.aborted) throw error;
    if (timeout.signal.aborted) throw new PdfError('timeout', pdfErrorMessage('timeout', options.label));
    throw new PdfError('network', pdfErrorMessage('network', options.label));
  } finally {
    clearTimeout(timer);
  }
}

async function follow(start: string, options: DownloadOptions, signal: AbortSignal): Promise<Response> {
  let current = start;
  for (let hop = 0; hop <= (options.maxRedirects ?? 5); hop += 1) {
    if (!isAllowedPdfUrl(current)) throw new PdfError('refused_url', pdfErrorMessage('refused_url', options.label));
    const response = await options.fetch(current, { signal, redirect: 'manual', headers: { accept: 'application/pdf' } });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location !== null) {
      await response.body?.cancel().catch(() => undefined);
      current = new URL(location, current).href;
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new PdfError('http_status', pdfErrorMessage('http_status', options.label, String(response.status)));
    }
    return response;
  }
  throw new PdfError('http_status', pdfErrorMessage('http_status', options.label, 'too many redirects'));
}

async function readCapped(response: Response, options: DownloadOptions): Promise<Buffer> {
  const tooLarge = (): PdfError => new PdfError('too_large', pdfErrorMessage('too_large', options.label, formatMb(options.maxBytes)));
  const notPdf = (): PdfError => new PdfError('not_pdf', pdfErrorMessage('not_pdf', options.label));
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) throw notPdf();
  const reader = response.body.getReader();
  const chunks: Buffer[] = [];
  let total = 0;
  let checked = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > options.maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
    if (!checked && total >= PDF_MAGIC.length) {
      if (!startsWithMagic(Buffer.concat(chunks))) {
        await reader.cancel().catch(() => undefined);
        throw notPdf();
      }
      checked = true;
    }
  }
  const bytes = Buffer.concat(chunks, total);
  if (!startsWithMagic(bytes)) throw notPdf();
  return bytes;
}

export function startsWithMagic(bytes: Buffer): boolean {
  return bytes.length >= PDF_MAGIC.length && bytes.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC);
}

function formatMb(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

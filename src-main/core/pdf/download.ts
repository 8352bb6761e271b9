import { readCappedBytes } from '../http/body';
import { vetPdfUrl, type PdfLinkPolicy, type ResolvedAddress, type Resolver } from './address-policy';
import { PdfError, pdfErrorMessage } from './errors';

/**
 * The HTTP seam for PDF downloads (pinnedGet by default). Redirects are followed by hand, each hop
 * vetted; `addresses` are the vetted addresses to connect to (null: connect as usual).
 */
export type PdfFetch = (
  url: string,
  init: { signal: AbortSignal; redirect: 'manual'; headers: Record<string, string>; addresses: ResolvedAddress[] | null },
) => Promise<Response>;

export interface DownloadOptions {
  fetch: PdfFetch;
  /** What the invoice's account allows (address-policy.ts). */
  policy: PdfLinkPolicy;
  resolve: Resolver;
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
 * redirect hop must pass the address policy (after DNS resolution); the body is streamed and
 * abandoned as soon as it passes `maxBytes` or its first bytes are not `%PDF-`.
 */
export async function downloadPdf(url: string, options: DownloadOptions): Promise<Buffer> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(new Error('timeout')), options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout.signal, options.signal]) : timeout.signal;
  try {
    const response = await follow(url, options, signal);
    return await readPdf(response, options);
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
    let url: URL;
    try {
      url = new URL(current);
    } catch {
      throw new PdfError('refused_url', pdfErrorMessage('refused_url', options.label));
    }
    const verdict = await vetPdfUrl(url, options.policy, options.resolve);
    if (!verdict.ok) {
      const kind = verdict.reason === 'address' ? 'refused_address' : 'refused_url';
      throw new PdfError(kind, pdfErrorMessage(kind, options.label));
    }
    const response = await options.fetch(url.href, { signal, redirect: 'manual', headers: { accept: 'application/pdf' }, addresses: verdict.addresses });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location !== null) {
      await response.body?.cancel().catch(() => undefined);
      current = new URL(location, url).href;
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

async function readPdf(response: Response, options: DownloadOptions): Promise<Buffer> {
  const read = await readCappedBytes(response, { maxBytes: options.maxBytes, mode: 'fail', head: { length: PDF_MAGIC.length, accept: startsWithMagic } });
  if (read.type === 'too_large') throw new PdfError('too_large', pdfErrorMessage('too_large', options.label, formatMb(options.maxBytes)));
  if (read.type === 'rejected') throw new PdfError('not_pdf', pdfErrorMessage('not_pdf', options.label));
  return read.bytes;
}

export function startsWithMagic(bytes: Buffer): boolean {
  return bytes.length >= PDF_MAGIC.length && bytes.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC);
}

function formatMb(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

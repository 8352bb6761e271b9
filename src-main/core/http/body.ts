/** Reading a response body with a cap on its decoded size (what fetch yields after gzip/br inflation). */

/** A page's body may not exceed this many decoded bytes (engine option `maxResponseBytes`). */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/** Error bodies are read only for classification: their first bytes are enough. */
export const ERROR_BODY_BYTES = 64 * 1024;

export type CappedBytes = { type: 'ok'; bytes: Buffer; truncated: boolean } | { type: 'too_large' } | { type: 'rejected' };

export interface CapOptions {
  maxBytes: number;
  /** Past the cap: 'fail' gives too_large (the rest is never read nor kept), 'truncate' keeps the first maxBytes. */
  mode: 'fail' | 'truncate';
  /** Checked once the first `length` bytes arrived; false stops reading (e.g. a PDF that does not start with %PDF-). */
  head?: { length: number; accept: (head: Buffer) => boolean };
}

/**
 * Streams the body and stops as soon as it passes the cap. Counting the stream's chunks counts bytes
 * after content decoding, so a small gzip that inflates to gigabytes is stopped at the cap, not at its
 * compressed size. A declared Content-Length over the cap (without a content encoding) refuses before
 * reading anything.
 */
export async function readCappedBytes(response: Response, options: CapOptions): Promise<CappedBytes> {
  const { maxBytes, mode, head } = options;
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  const encoded = (response.headers.get('content-encoding') ?? 'identity').toLowerCase() !== 'identity';
  if (mode === 'fail' && !encoded && Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return { type: 'too_large' };
  }
  if (!response.body) return head ? { type: 'rejected' } : { type: 'ok', bytes: Buffer.alloc(0), truncated: false };
  const reader = response.body.getReader();
  const chunks: Buffer[] = [];
  let total = 0;
  let headChecked = head === undefined;
  const stop = async (result: CappedBytes): Promise<CappedBytes> => {
    await reader.cancel().catch(() => undefined);
    return result;
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (total + value.byteLength > maxBytes) {
      if (mode === 'fail') return stop({ type: 'too_large' });
      chunks.push(Buffer.from(value.buffer, value.byteOffset, maxBytes - total));
      total = maxBytes;
      return stop({ type: 'ok', bytes: Buffer.concat(chunks, total), truncated: true });
    }
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
    total += value.byteLength;
    if (!headChecked && head && total >= head.length) {
      if (!head.accept(Buffer.concat(chunks, total))) return stop({ type: 'rejected' });
      headChecked = true;
    }
  }
  if (!headChecked) return { type: 'rejected' };
  return { type: 'ok', bytes: Buffer.concat(chunks, total), truncated: false };
}

/** The body as UTF-8 text (as Response.text() decodes it), or null when it passed the cap in 'fail' mode. */
export async function readCappedText(response: Response, maxBytes: number, mode: 'fail' | 'truncate'): Promise<{ text: string } | null> {
  const read = await readCappedBytes(response, { maxBytes, mode });
  return read.type === 'ok' ? { text: new TextDecoder('utf-8').decode(read.bytes) } : null;
}

/** Reading a response body with a cap on its decoded size (what fetch yields after gzip/br inflation). */

/** A page's body may not exceed this many decoded bytes (engine option `maxResponseBytes`). */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/** Error bodies are read only for classification: their first bytes are enough. */
export const ERROR_BODY_BYTES = 64 * 1024;

export type CappedBody = { text: string; truncated: boolean };

/**
 * Streams the body and stops as soon as it passes `maxBytes`: with 'fail' the caller gets null (the
 * rest is never read nor kept), with 'truncate' the first `maxBytes` as text. Counting the stream's
 * chunks counts bytes after content decoding, so a small gzip that inflates to gigabytes is stopped at
 * the cap, not at its compressed size. A declared Content-Length over the cap (without a content
 * encoding) refuses before reading anything.
 */
export async function readCappedText(response: Response, maxBytes: number, mode: 'fail' | 'truncate'): Promise<CappedBody | null> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  const encoded = (response.headers.get('content-encoding') ?? 'identity').toLowerCase() !== 'identity';
  if (mode === 'fail' && !encoded && Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!response.body) return { text: '', truncated: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (total + value.byteLength > maxBytes) {
      await reader.cancel().catch(() => undefined);
      if (mode === 'fail') return null;
      chunks.push(value.subarray(0, maxBytes - total));
      total = maxBytes;
      truncated = true;
      break;
    }
    chunks.push(value);
    total += value.byteLength;
  }
  return { text: new TextDecoder('utf-8').decode(Buffer.concat(chunks, total)), truncated };
}

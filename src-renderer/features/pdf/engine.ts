/**
 * What the PDF preview needs from a PDF library, so component tests can use a fake and the app uses
 * pdf.js (see pdfjs-engine.ts, imported only by main.tsx).
 */
export interface PdfPageHandle {
  /** Size in CSS pixels at scale 1. */
  width: number;
  height: number;
  render(canvas: HTMLCanvasElement, scale: number): Promise<void>;
}

export interface PdfDocumentHandle {
  numPages: number;
  page(pageNumber: number): Promise<PdfPageHandle>;
  destroy(): void;
}

export interface PdfEngine {
  /** Rejects with a message for the user when the bytes are not a readable PDF. */
  open(bytes: Uint8Array): Promise<PdfDocumentHandle>;
}

export class PdfError extends Error {
  override readonly name = 'PdfError';
}

/** base64 -> bytes without node's Buffer. */
export function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A PDF starts with "%PDF-" within its first 1024 bytes. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, Math.min(bytes.length, 1024)));
  return head.includes('%PDF-');
}

export * from './types';
export * from './errors';
export { createPdfService, DEFAULT_PDF_MAX_BYTES, DEFAULT_PDF_TIMEOUT_MS, type PdfServiceOptions } from './pdf-service';
export { isAllowedPdfUrl, isLoopbackHost } from './pdf-url';
export type { PdfFetch } from './download';

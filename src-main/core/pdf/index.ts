export * from './types';
export * from './errors';
export { createPdfService, DEFAULT_PDF_MAX_BYTES, DEFAULT_PDF_TIMEOUT_MS, type PdfServiceOptions } from './pdf-service';
export { isPublicAddress, pdfLinkPolicy, systemResolver, vetPdfUrl, type PdfLinkPolicy, type Resolver, type ResolvedAddress } from './address-policy';
export type { PdfFetch } from './download';

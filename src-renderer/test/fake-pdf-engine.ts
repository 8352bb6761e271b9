import { looksLikePdf, PdfError, type PdfEngine } from '../features/pdf/engine';

/** Stands in for pdf.js in jsdom (no canvas there): counts pages and records what was drawn. */
export function createFakePdfEngine() {
  const rendered: Array<{ page: number; scale: number }> = [];
  const engine: PdfEngine = {
    async open(bytes) {
      if (!looksLikePdf(bytes)) throw new PdfError('This file is not a valid PDF.');
      const text = new TextDecoder().decode(bytes);
      const numPages = Math.max(1, (text.match(/\/Type \/Page\b(?!s)/g) ?? []).length);
      return {
        numPages,
        async page(pageNumber) {
          return {
            width: 595,
            height: 842,
            async render(canvas, scale) {
              canvas.dataset.rendered = `${pageNumber}@${scale}`;
              rendered.push({ page: pageNumber, scale });
            },
          };
        },
        destroy() {},
      };
    },
  };
  return { engine, rendered };
}

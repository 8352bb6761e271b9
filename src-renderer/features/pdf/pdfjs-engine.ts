import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type * as PdfJsModule from 'pdfjs-dist';
import { PdfError, type PdfEngine } from './engine';

type PdfJs = typeof PdfJsModule;
type RenderTask = ReturnType<Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>['render']>;

/** pdf.js refuses two renders into one canvas at once: the newer render cancels the older. */
const running = new WeakMap<HTMLCanvasElement, RenderTask>();

/**
 * pdf.js behind the PdfEngine interface: loaded on first use, eval off, the worker served from the
 * app bundle as a same-origin asset (the CSP allows worker-src 'self').
 */
export function createPdfjsEngine(): PdfEngine {
  let lib: Promise<PdfJs> | null = null;
  const load = (): Promise<PdfJs> =>
    (lib ??= import('pdfjs-dist').then((pdfjs) => {
      pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
      return pdfjs;
    }));

  return {
    async open(bytes) {
      const pdfjs = await load();
      // pdf.js may transfer the buffer to its worker: hand it a copy so the cached bytes stay usable.
      const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, enableXfa: false });
      let doc: Awaited<typeof task.promise>;
      try {
        doc = await task.promise;
      } catch (error) {
        void task.destroy();
        const name = error instanceof Error ? error.name : '';
        throw new PdfError(
          name === 'InvalidPDFException' ? 'This file is not a valid PDF.' : name === 'PasswordException' ? 'This PDF is password-protected.' : 'This PDF could not be opened.',
        );
      }
      return {
        numPages: doc.numPages,
        async page(pageNumber) {
          const page = await doc.getPage(pageNumber);
          const base = page.getViewport({ scale: 1 });
          return {
            width: base.width,
            height: base.height,
            async render(canvas, scale) {
              running.get(canvas)?.cancel();
              const ratio = window.devicePixelRatio || 1;
              const viewport = page.getViewport({ scale: scale * ratio });
              canvas.width = Math.floor(viewport.width);
              canvas.height = Math.floor(viewport.height);
              canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
              canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
              const task = page.render({ canvas, viewport });
              running.set(canvas, task);
              try {
                await task.promise;
              } catch (error) {
                if (error instanceof Error && error.name === 'RenderingCancelledException') return;
                throw new PdfError('This page could not be drawn.');
              } finally {
                if (running.get(canvas) === task) running.delete(canvas);
              }
            },
          };
        },
        destroy() {
          void task.destroy();
        },
      };
    },
  };
}

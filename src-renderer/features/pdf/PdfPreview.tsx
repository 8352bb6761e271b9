import { useEffect, useRef, useState } from 'react';
import { useServices } from '../../app/context';
import { messageOf } from '../../stores/types';
import type { PdfDocumentHandle } from './engine';

const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];
type Zoom = { mode: 'fit' } | { mode: 'scale'; scale: number };
type Load = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; doc: PdfDocumentHandle };

function nextZoom(current: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((s) => s > current + 0.001) ?? current;
  return [...ZOOM_STEPS].reverse().find((s) => s < current - 0.001) ?? current;
}

/** The invoice's PDF drawn by pdf.js into a canvas: pages, zoom, fit to width, open externally, save. */
export function PdfPreview({ invoiceId, onClose }: { invoiceId: string; onClose: () => void }) {
  const { api, stores, pdfEngine, pdfSource } = useServices();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [pageNumber, setPageNumber] = useState(1);
  const [zoom, setZoom] = useState<Zoom>({ mode: 'fit' });
  const [appliedScale, setAppliedScale] = useState(1);
  const [width, setWidth] = useState(0);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let cancelled = false;
    let opened: PdfDocumentHandle | null = null;
    (async () => {
      try {
        const bytes = await pdfSource.get(invoiceId);
        const doc = await pdfEngine.open(bytes);
        if (cancelled) return doc.destroy();
        opened = doc;
        setLoad({ kind: 'ready', doc });
      } catch (error) {
        if (!cancelled) setLoad({ kind: 'error', message: messageOf(error) });
      }
    })();
    return () => {
      cancelled = true;
      opened?.destroy();
    };
  }, [invoiceId, pdfEngine, pdfSource, attempt]);

  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    setWidth(frame.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(frame.clientWidth));
    observer.observe(frame);
    return () => observer.disconnect();
  }, [load.kind]);

  useEffect(() => {
    if (load.kind !== 'ready' || !canvasRef.current) return;
    let cancelled = false;
    const canvas = canvasRef.current;
    (async () => {
      try {
        const page = await load.doc.page(pageNumber);
        const fit = width > 0 ? (width - 16) / page.width : 1;
        const scale = zoom.mode === 'fit' ? Math.max(0.25, fit) : zoom.scale;
        if (cancelled) return;
        setAppliedScale(scale);
        await page.render(canvas, scale);
      } catch (error) {
        if (!cancelled) setLoad({ kind: 'error', message: messageOf(error) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [load, pageNumber, zoom, width]);

  const fileAction = async (which: 'pdf:openExternal' | 'pdf:saveCopy') => {
    try {
      if (which === 'pdf:openExternal') {
        await api.call(which, { invoiceId });
        stores.app.getState().notify('Opened the PDF in your PDF viewer.');
      } else {
        const result = await api.call(which, { invoiceId });
        if (result.saved) stores.app.getState().notify(result.path ? `Saved a copy to ${result.path}.` : 'Saved a copy.');
      }
    } catch (error) {
      stores.app.getState().notify(messageOf(error), 'error');
    }
  };

  const pages = load.kind === 'ready' ? load.doc.numPages : 0;
  const ready = load.kind === 'ready';
  return (
    <section className="pdf-preview" aria-label="PDF preview">
      <div className="pdf-toolbar" role="toolbar" aria-label="PDF controls">
        <button type="button" onClick={() => setPageNumber((n) => n - 1)} disabled={!ready || pageNumber <= 1} aria-label="Previous page">
          ‹
        </button>
        <span className="pdf-page" aria-live="polite">
          {ready ? `Page ${pageNumber} of ${pages}` : 'Page –'}
        </span>
        <button type="button" onClick={() => setPageNumber((n) => n + 1)} disabled={!ready || pageNumber >= pages} aria-label="Next page">
          ›
        </button>
        <span className="toolbar-gap" />
        <button type="button" onClick={() => setZoom({ mode: 'scale', scale: nextZoom(appliedScale, -1) })} disabled={!ready} aria-label="Zoom out">
          −
        </button>
        <span className="pdf-zoom">
          {Math.round(appliedScale * 100)}%
        </span>
        <button type="button" onClick={() => setZoom({ mode: 'scale', scale: nextZoom(appliedScale, 1) })} disabled={!ready} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => setZoom({ mode: 'fit' })} disabled={!ready} aria-pressed={zoom.mode === 'fit'}>
          Fit to width
        </button>
        <span className="toolbar-gap" />
        <button type="button" onClick={() => void fileAction('pdf:openExternal')} disabled={load.kind === 'error'}>
          Open externally
        </button>
        <button type="button" onClick={() => void fileAction('pdf:saveCopy')} disabled={load.kind === 'error'}>
          Save a copy
        </button>
        <button type="button" onClick={onClose} aria-label="Close PDF preview">
          ×
        </button>
      </div>
      {/* Focusable so a zoomed page can be scrolled with the keyboard. */}
      <div className="pdf-frame" ref={frameRef} tabIndex={0} role="group" aria-label="PDF page">
        {load.kind === 'loading' ? (
          <p className="muted" role="status">
            Loading the PDF…
          </p>
        ) : null}
        {load.kind === 'error' ? (
          <div className="error-box" role="alert">
            <p>The PDF could not be shown. {load.message}</p>
            <button type="button" onClick={() => (setLoad({ kind: 'loading' }), setAttempt((n) => n + 1))}>
              Try again
            </button>
          </div>
        ) : null}
        {ready ? <canvas ref={canvasRef} className="pdf-canvas" aria-label={`Page ${pageNumber} of the invoice PDF`} role="img" /> : null}
      </div>
    </section>
  );
}

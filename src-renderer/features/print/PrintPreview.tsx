import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useApi, useAppState, useClock } from '../../app/context';
import type { PrintRequest } from '../../stores/exports';
import { messageOf } from '../../stores/types';
import { useExports } from '../export/use-exports';
import { AgingReport } from './AgingReport';
import { ViewDocument } from './ViewDocument';
import './print.css';

const AS_OF = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

/**
 * A printable document over the whole window: the print stylesheet prints only it (no sidebar, no
 * toolbar), every row, the table header on each page. Desktop: "Save as PDF" (Chromium's printToPDF in
 * main) or Print; web host: the browser's print dialog. Modal: the app behind is inert, Esc closes and
 * focus returns where it was.
 */
export function PrintPreview() {
  const request = useExports((s) => s.print);
  if (request === null) return null;
  return createPortal(<PrintOverlay request={request} />, document.body);
}

function PrintOverlay({ request }: { request: PrintRequest }) {
  const api = useApi();
  const clock = useClock();
  const close = useExports((s) => s.closePrint);
  const desktop = useAppState((s) => s.info?.host === 'electron');
  const [ready, setReady] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const overlay = useRef<HTMLDivElement>(null);
  const onReady = useCallback((done: boolean, error: string | null) => {
    setReady(done && error === null);
    setLoadError(error);
  }, []);

  useEffect(() => {
    const box = overlay.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // Everything but the preview (the app, toasts) is inert while it is open; the print stylesheet prints only it.
    const behind = [...document.body.children].filter((element) => element !== box && !element.hasAttribute('inert'));
    for (const element of behind) element.setAttribute('inert', '');
    document.body.classList.add('print-open');
    // The dialog itself takes focus (its buttons wait for the rows): Tab reaches them, Esc closes.
    box?.focus();
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      close();
    };
    box?.addEventListener('keydown', onKey);
    return () => {
      box?.removeEventListener('keydown', onKey);
      for (const element of behind) element.removeAttribute('inert');
      document.body.classList.remove('print-open');
      // Opened from the export menu, whose item is gone by now: focus goes back to the menu's button.
      const back = previous?.isConnected && !previous.closest('[role="menu"]') ? previous : document.querySelector<HTMLElement>('.export-menu');
      back?.focus();
    };
  }, [close]);

  const saveAsPdf = async (): Promise<void> => {
    setSaving(true);
    setMessage(null);
    try {
      const saved = await api.call('print:savePdf', { title: request.title });
      if (saved.saved) setMessage(`Saved as PDF: ${saved.path}`);
    } catch (error) {
      setMessage(messageOf(error));
    } finally {
      setSaving(false);
    }
  };

  const asOf = AS_OF.format(new Date(clock()));
  const status = loadError ?? message ?? (ready ? null : 'Loading every row…');
  return (
    <div className="print-preview" role="dialog" aria-modal="true" aria-labelledby="print-title" ref={overlay} tabIndex={-1}>
      <div className="print-toolbar" role="toolbar" aria-label="Print preview">
        {desktop ? (
          <button type="button" className="primary" onClick={() => void saveAsPdf()} disabled={!ready || saving}>
            Save as PDF…
          </button>
        ) : null}
        <button type="button" className={desktop ? '' : 'primary'} onClick={() => window.print()} disabled={!ready}>
          Print…
        </button>
        <button type="button" onClick={close}>
          Close preview
        </button>
        <span className="print-status" role="status">
          {status}
        </span>
      </div>
      <article className="print-document" data-ready={ready} aria-busy={!ready}>
        {request.kind === 'view' ? (
          <ViewDocument title={request.title} asOf={asOf} filter={request.filter} sort={request.sort} onReady={onReady} />
        ) : (
          <AgingReport title={request.title} asOf={asOf} onReady={onReady} />
        )}
      </article>
    </div>
  );
}

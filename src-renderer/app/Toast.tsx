import { useEffect } from 'react';
import { useAppState } from './context';

/** One polite message at a time ("Opened the payment page in your browser"), gone after a while. */
export function Toast() {
  const toast = useAppState((s) => s.toast);
  const dismiss = useAppState((s) => s.dismissToast);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(dismiss, toast.tone === 'error' || toast.action ? 8000 : 4000);
    return () => clearTimeout(timer);
  }, [toast, dismiss]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast ? (
        <div className={`toast toast-${toast.tone}`} key={toast.id}>
          <span>{toast.text}</span>
          {toast.action ? (
            <button
              type="button"
              className="toast-action"
              onClick={() => {
                toast.action?.run();
                dismiss();
              }}
            >
              {toast.action.label}
            </button>
          ) : null}
          <button type="button" className="icon-button" aria-label="Dismiss message" onClick={dismiss}>
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}

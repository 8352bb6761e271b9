import { useEffect, useRef } from 'react';
import { useAppState, useServices } from '../../app/context';
import { runMarkAction } from './run-mark';

/**
 * After Pay opened a bill's payment page: "Did you pay INV-0301?" with "I paid it" (the same mark as
 * in the detail pane, undoable) or "Not yet". Stays until answered, so coming back from the browser
 * finds it; a newer Pay replaces it.
 */
export function PayPrompt() {
  const { api, stores } = useServices();
  const prompt = useAppState((s) => s.payPrompt);
  const close = () => stores.app.getState().askDidYouPay(null);
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (prompt) yes.current?.focus({ preventScroll: true });
  }, [prompt]);
  if (!prompt) return null;
  return (
    <section className="pay-prompt" role="dialog" aria-modal="false" aria-labelledby="pay-prompt-text">
      <p id="pay-prompt-text">Did you pay {prompt.title}?</p>
      <button
        ref={yes}
        type="button"
        className="primary"
        onClick={() => {
          close();
          void runMarkAction(api, stores.app, { ids: [prompt.invoiceId] }, { kind: 'paid' });
        }}
      >
        I paid it
      </button>
      <button type="button" onClick={close}>
        Not yet
      </button>
    </section>
  );
}

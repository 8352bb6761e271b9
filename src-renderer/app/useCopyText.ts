import { useCallback } from 'react';
import { useServices } from './context';

/**
 * Copies text to the system clipboard and says so in a toast ("Copied INV-0042 to the clipboard").
 * The browser's async Clipboard API: in the desktop app main grants only the sanitized write
 * permission, and only to the app's own page (shell/security.ts).
 */
export function useCopyText(): (text: string) => Promise<void> {
  const { stores } = useServices();
  return useCallback(
    async (text: string) => {
      const notify = stores.app.getState().notify;
      try {
        if (!navigator.clipboard) throw new Error('no clipboard');
        await navigator.clipboard.writeText(text);
        notify(`Copied ${text} to the clipboard`);
      } catch {
        notify(`Could not copy ${text}: the system clipboard refused. Select the text and copy it by hand.`, 'error');
      }
    },
    [stores],
  );
}

import { useEffect } from 'react';
import { providerName } from '../../src-shared/domain/provider';
import { openInvoiceLink } from '../features/detail/links';
import { SEARCH_INPUT_ID } from '../features/inbox/InboxScreen';
import { useServices } from './context';
import { runMarkAction } from '../features/marks/run-mark';
import { isActivatable, isTypingTarget, markActionFor, shortcutFor } from './keys';

/**
 * Inbox keys, app-wide: j/k or arrows move, Enter opens, Esc closes, / searches, p pays, o opens the
 * PDF, i says "I paid this" (or takes it back), s snoozes until tomorrow, m mutes or unmutes. Ignored
 * while typing in a field or while a dialog is open.
 */
export function useShortcuts(): void {
  const { api, stores } = useServices();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || stores.app.getState().screen !== 'inbox') return;
      if (document.querySelector('[aria-modal="true"]')) return;
      const shortcut = shortcutFor(event);
      if (shortcut === null) return;
      if (isTypingTarget(event.target)) {
        // Esc leaves a field for the list, keeping what was typed (a search field would clear itself).
        if (shortcut === 'close' && event.target instanceof HTMLElement) {
          event.preventDefault();
          event.target.blur();
        }
        return;
      }
      const inbox = stores.inbox.getState();
      const selectedRow = () => (inbox.selectedIndex !== null ? inbox.rowAt(inbox.selectedIndex) : undefined);
      const selectedInvoice = async () => {
        if (inbox.selectedId === null) return null;
        if (inbox.detail?.invoice.id === inbox.selectedId) return inbox.detail.invoice;
        return (await api.call('invoices:get', { invoiceId: inbox.selectedId })).invoice;
      };
      switch (shortcut) {
        case 'next':
        case 'prev':
          inbox.moveSelection(shortcut === 'next' ? 1 : -1);
          break;
        case 'open':
          if (isActivatable(event.target) || inbox.selectedId === null) return;
          inbox.openDetail();
          break;
        case 'close':
          if (inbox.pdfOpen) inbox.closePdf();
          else if (inbox.detailOpen) inbox.closeDetail();
          else return;
          document.getElementById('invoice-grid')?.focus();
          break;
        case 'search':
          document.getElementById(SEARCH_INPUT_ID)?.focus();
          break;
        case 'pay': {
          if (inbox.selectedId === null) return;
          const row = selectedRow();
          void selectedInvoice()
            .then((invoice) => invoice && openInvoiceLink(api, stores.app, invoice, 'pay', row !== undefined && row.payable && row.markedPaidAt === null))
            .catch(() => stores.app.getState().notify('That invoice is no longer in the inbox.', 'error'));
          break;
        }
        case 'markPaid':
        case 'snooze':
        case 'mute': {
          const row = selectedRow();
          if (!row) return;
          void runMarkAction(api, stores.app, { ids: [row.id] }, markActionFor(shortcut, row));
          break;
        }
        case 'pdf': {
          const row = selectedRow();
          if (inbox.selectedId === null) return;
          if (row && !row.hasPdf) stores.app.getState().notify(`${providerName(row.provider)} gave no PDF for this invoice.`, 'error');
          inbox.openPdf();
          break;
        }
      }
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [api, stores]);
}

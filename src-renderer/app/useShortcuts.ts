import { useEffect } from 'react';
import { providerName } from '../../src-shared/domain/provider';
import { openInvoiceLink } from '../features/detail/links';
import { SEARCH_INPUT_ID } from '../features/inbox/InboxScreen';
import { GRID_ID } from '../features/inbox/InvoiceGrid';
import { useServices } from './context';
import { runMarkAction } from '../features/marks/run-mark';
import { hasSelection, selectedRows, selectionTarget } from '../stores/selection';
import { isActivatable, isTypingTarget, markActionFor, shortcutFor } from './keys';

/**
 * Inbox keys, app-wide: j/k or arrows move, Enter opens, Esc clears the selection or closes, / searches,
 * p pays, o opens the PDF, i says "I paid this" (or takes it back), s snoozes until tomorrow, m mutes or
 * unmutes (i, s and m act on the selected rows when there are some, else on the cursor row); x picks
 * the cursor row, shift+j/k extend the selection, ctrl/cmd+a in the list selects all in view. Ignored
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
      const tell = (message: string | null) => {
        if (message !== null) stores.app.getState().notify(message, 'error');
      };
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
          if (hasSelection(inbox)) inbox.clearSelection();
          else if (inbox.pdfOpen) inbox.closePdf();
          else if (inbox.detailOpen) inbox.closeDetail();
          else return;
          document.getElementById(GRID_ID)?.focus();
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
          const target = selectionTarget(inbox);
          if (target !== null) {
            const picked = selectedRows(inbox);
            void runMarkAction(api, stores.app, target, markActionFor(shortcut, picked.complete ? picked.rows : []));
            break;
          }
          const row = selectedRow();
          if (!row) return;
          void runMarkAction(api, stores.app, { ids: [row.id] }, markActionFor(shortcut, [row]));
          break;
        }
        case 'toggleSelect': {
          const row = selectedRow();
          if (!row || inbox.selectedIndex === null) return;
          void inbox.toggleSelected(row.id, inbox.selectedIndex).then(tell);
          break;
        }
        case 'extendNext':
        case 'extendPrev':
          void inbox.extendSelection(shortcut === 'extendNext' ? 1 : -1).then(tell);
          break;
        case 'selectAll':
          if (!(event.target instanceof Node && document.getElementById(GRID_ID)?.contains(event.target))) return;
          inbox.selectAllInView();
          break;
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

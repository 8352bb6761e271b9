import type { Invoice, InvoiceStatus } from '../../../src-shared/domain';
import { invoice } from '../reminders/test-support';
import { WarningCollector, warningSentence } from './warnings';

function saved(id: string, status: InvoiceStatus, rawStatus: string): Invoice {
  return invoice({ accountId: 'a', providerInvoiceId: id.slice(2), status, rawStatus });
}

describe('WarningCollector', () => {
  it('names each unknown word once, counting the saved invoices that still carry it', () => {
    const warnings = new WarningCollector();
    warnings.add([{ subject: 'status', word: 'frozen', treatedAs: 'unknown', invoiceIds: ['a:1', 'a:2'] }]);
    // Page 2 repeats a:2 (a duplicate across pages) and brings a:3.
    warnings.add([{ subject: 'status', word: 'frozen', treatedAs: 'unknown', invoiceIds: ['a:2', 'a:3'] }]);
    warnings.add(undefined);
    const invoices = [saved('a:1', 'unknown', 'frozen'), saved('a:2', 'unknown', 'frozen'), saved('a:3', 'unknown', 'frozen')];
    expect(warnings.sentences('GPU Outlet', invoices)).toEqual([
      'GPU Outlet sent an invoice status "frozen" that Invoice Inbox does not know; 3 invoices with it are shown as Unknown and not counted as due.',
    ]);
  });

  it('leaves out invoices whose saved copy has a known status, and says nothing when none is left', () => {
    const warnings = new WarningCollector();
    warnings.add([{ subject: 'status', word: 'frozen', treatedAs: 'unknown', invoiceIds: ['a:1', 'a:2'] }]);
    expect(warnings.sentences('GPU Outlet', [saved('a:1', 'open', 'open'), saved('a:2', 'unknown', 'frozen')])).toEqual([
      'GPU Outlet sent an invoice status "frozen" that Invoice Inbox does not know; 1 invoice with it is shown as Unknown and not counted as due.',
    ]);
    expect(warnings.sentences('GPU Outlet', [saved('a:1', 'open', 'open')])).toEqual([]);
    expect(new WarningCollector().sentences('GPU Outlet', [])).toEqual([]);
  });

  it('words type warnings by what the records were taken as', () => {
    expect(warningSentence('Vast.ai', { subject: 'type', word: 'mystery', treatedAs: 'other' }, 2)).toBe(
      'Vast.ai sent a record type "mystery" that Invoice Inbox does not know; 2 records with it are shown as Other and not counted as due.',
    );
    expect(warningSentence('Commet', { subject: 'type', word: 'gift_card', treatedAs: 'invoice' }, 1)).toBe(
      'Commet sent an invoice type "gift_card" that Invoice Inbox does not know; 1 invoice with it is counted as ordinary invoices (owed while unpaid).',
    );
  });

  it('shows the provider word safely: one short line, no secrets, no markup', () => {
    const long = warningSentence('OnePin', { subject: 'status', word: `${'x'.repeat(60)}\nnext`, treatedAs: 'unknown' }, 1);
    expect(long).toContain(`"${'x'.repeat(40)}…"`);
    expect(long).not.toContain('\n');
    expect(warningSentence('OnePin', { subject: 'status', word: 'token=abc123', treatedAs: 'unknown' }, 1)).toContain('"token=[hidden]"');
    expect(warningSentence('OnePin', { subject: 'status', word: '<html><body>x</body></html>', treatedAs: 'unknown' }, 1)).toContain('"(unreadable)"');
  });
});

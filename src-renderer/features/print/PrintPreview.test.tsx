import { screen, waitFor, within } from '@testing-library/react';
import { FakeApi } from '../../test/fake-api';
import { makeAccount, makeInvoice } from '../../test/fake-seed';
import { clock, renderApp } from '../../test/render';

async function openPrint(user: ReturnType<typeof renderApp>['user'], item: string) {
  await screen.findByRole('grid', { name: 'Invoices' });
  await user.click(screen.getByRole('button', { name: 'Export and print' }));
  await user.click(within(await screen.findByRole('menu', { name: 'Export and print' })).getByRole('menuitem', { name: item }));
  const dialog = await screen.findByRole('dialog');
  await waitFor(() => expect(dialog.querySelector('.print-document')).toHaveAttribute('data-ready', 'true'), { timeout: 10_000 });
  return dialog;
}

/** 1,234 invoices in two currencies: more than the grid ever holds, more than one page from main. */
function bigWorkspace(): FakeApi {
  const account = makeAccount({ id: 'acc_big', provider: 'vastai', label: 'Big fleet' });
  const invoices = Array.from({ length: 1234 }, (_, i) =>
    makeInvoice({ accountId: 'acc_big', providerInvoiceId: `n${i}`, provider: 'vastai', currency: i % 2 === 0 ? 'USD' : 'JPY', total: 100 + i, amountDue: 100 + i, dueAt: '2026-07-01' }),
  );
  return new FakeApi({ now: clock, accounts: [account], invoices });
}

describe('Print preview', () => {
  it('holds every row of the view (asked from main in pages, not the grid window), the totals and the aging table', async () => {
    const fake = bigWorkspace();
    const { user } = renderApp({ fake });
    const dialog = await openPrint(user, 'Print view…');
    expect(within(dialog).getByRole('heading', { level: 1, name: 'All invoices' })).toBeInTheDocument();
    const table = within(dialog).getByRole('table', { name: 'All invoices: invoices' });
    expect(within(table).getAllByRole('row')).toHaveLength(1235);
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Account', 'Number', 'Status', 'Issued', 'Due', 'Amount due', 'Total']);
    const pages = fake.callsOf('invoices:query').filter((args) => (args.limit ?? 0) > 0 && (args.offset ?? 0) >= 0 && args.aggregates !== true);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const totals = within(dialog).getByRole('table', { name: 'Totals per currency' });
    expect(within(totals).getAllByRole('row').map((row) => row.getAttribute('data-currency')).filter(Boolean)).toEqual(['JPY', 'USD']);
    expect(within(dialog).getByRole('table', { name: 'Open amounts by days past due, per currency' })).toBeInTheDocument();
    expect(within(dialog).getByText(/1,234 invoices · most urgent first · as of/)).toBeInTheDocument();
  });

  it('prints with the browser in the web host; the app behind is inert; Esc closes and focus goes back', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderApp();
    const dialog = await openPrint(user, 'Print view…');
    const app = screen.getByRole('button', { name: 'Export and print', hidden: true }).closest('body > *');
    expect(app).toHaveAttribute('inert');
    expect(document.body).toHaveClass('print-open');
    expect(within(dialog).queryByRole('button', { name: 'Save as PDF…' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Print…' }));
    expect(print).toHaveBeenCalledTimes(1);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(app).not.toHaveAttribute('inert');
    expect(document.body).not.toHaveClass('print-open');
    expect(screen.getByRole('button', { name: 'Export and print' })).toHaveFocus();
    print.mockRestore();
  });

  it('saves as PDF through main on the desktop', async () => {
    const fake = new FakeApi({ seed: 'workspace', now: clock });
    fake.info = { ...fake.info, host: 'electron' };
    const { user } = renderApp({ fake });
    const dialog = await openPrint(user, 'Print view…');
    await user.click(within(dialog).getByRole('button', { name: 'Save as PDF…' }));
    expect(fake.exports.printed).toEqual(['All invoices']);
    expect(await within(dialog).findByText('Saved as PDF: /home/u/All invoices.pdf')).toBeInTheDocument();
  });

  it('prints the AP aging report: owed amounts per account and currency, then the owed bills by due date', async () => {
    const accounts = [makeAccount({ id: 'a1', provider: 'gpuoutlet', label: 'Alpha' }), makeAccount({ id: 'a2', provider: 'commet', label: 'Beta' })];
    const invoices = [
      makeInvoice({ accountId: 'a1', providerInvoiceId: 'late', number: 'LATE-1', currency: 'USD', total: 5000, status: 'overdue', dueAt: '2026-05-01' }),
      makeInvoice({ accountId: 'a1', providerInvoiceId: 'credit', number: 'CREDIT-1', currency: 'USD', total: 700, kind: 'credit_note', dueAt: '2026-06-01' }),
      makeInvoice({ accountId: 'a2', providerInvoiceId: 'yen', number: 'YEN-1', currency: 'JPY', total: 9000, dueAt: '2026-06-20' }),
      makeInvoice({ accountId: 'a2', providerInvoiceId: 'nodate', number: 'NODATE-1', currency: 'JPY', total: 100, dueAt: null }),
      makeInvoice({ accountId: 'a2', providerInvoiceId: 'paid', number: 'PAID-1', status: 'paid', paidAt: '2026-06-01T00:00:00Z' }),
    ];
    const { user } = renderApp({ fake: new FakeApi({ now: clock, accounts, invoices }) });
    const dialog = await openPrint(user, 'Print AP aging report…');
    expect(within(dialog).getByRole('heading', { level: 1, name: 'AP aging report' })).toBeInTheDocument();
    const byAccount = within(dialog).getByRole('table', { name: 'Owed amounts by account and days past due' });
    const rows = within(byAccount)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Alpha', 'USD', '—', '—', '$50.00', '—', '—', '—', '$50.00'],
      ['Beta', 'JPY', '¥9,000', '—', '—', '—', '—', '¥100', '¥9,100'],
    ]);
    const owed = within(dialog).getByRole('table', { name: 'Owed bills by due date' });
    expect(within(owed).getAllByRole('row').slice(1).map((row) => row.getAttribute('data-invoice-id'))).toEqual(['a1:late', 'a2:yen', 'a2:nodate']);
  });
});

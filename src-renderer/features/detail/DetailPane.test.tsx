import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi } from '../../test/fake-api';
import { makeAccount, makeInvoice } from '../../test/fake-seed';
import { clock, renderApp } from '../../test/render';

const account = makeAccount({
  id: 'acc_gpu',
  provider: 'gpuoutlet',
  label: 'Research cluster',
  sync: { accountId: 'acc_gpu', phase: 'ok', progress: null, lastSyncedAt: '2026-06-15T08:00:00.000Z', lastError: null, warnings: [] },
});
const payable = makeInvoice({
  accountId: 'acc_gpu',
  providerInvoiceId: 'in_1',
  provider: 'gpuoutlet',
  number: 'GO-00042',
  rawStatus: 'unpaid',
  currency: 'EUR',
  total: 123_450,
  amountDue: 100_000,
  amountPaid: 23_450,
  issuedAt: '2026-05-16T09:00:00.000Z',
  dueAt: '2026-06-18',
  periodStart: '2026-05-01T00:00:00.000Z',
  periodEnd: '2026-05-31T00:00:00.000Z',
  description: 'May usage',
  updatedAt: '2026-06-01T12:00:00.000Z',
  lineItems: [
    { description: 'H100 on-demand hours', quantity: 120, unitAmount: 950, amount: 114_000, periodStart: null, periodEnd: null },
    { description: 'Persistent storage', quantity: null, unitAmount: null, amount: 9_450, periodStart: null, periodEnd: null },
  ],
});
const noLinks = makeInvoice({
  accountId: 'acc_gpu',
  provider: 'gpuoutlet',
  providerInvoiceId: 'in_2',
  number: 'GO-00043',
  dueAt: '2026-06-20',
  payUrl: null,
  receiptUrl: null,
  pdfUrl: null,
});

function setup() {
  const fake = new FakeApi({ now: clock, accounts: [account], invoices: [payable, noLinks] });
  return renderApp({ fake });
}

async function openInvoice(user: ReturnType<typeof setup>['user'], number: string) {
  const grid = await screen.findByRole('grid', { name: 'Invoices' });
  await user.click(within(grid).getByText(number));
  return screen.findByRole('complementary', { name: 'Invoice details' });
}

const field = (pane: HTMLElement, name: string) => within(pane).getByText(name, { selector: 'dt' }).nextElementSibling?.textContent;

describe('detail pane', () => {
  it('shows every field, the line items, the account and when it was last synced', async () => {
    const { user } = setup();
    const pane = await openInvoice(user, 'GO-00042');
    expect(within(pane).getByRole('heading', { name: 'Invoice GO-00042' })).toBeInTheDocument();
    expect(field(pane, 'Provider’s invoice ID')).toBe('in_1');
    expect(field(pane, 'Status')).toBe('Open (provider says “unpaid”)');
    expect(field(pane, 'Total')).toBe('€1,234.50');
    expect(field(pane, 'Amount due')).toBe('€1,000.00');
    expect(field(pane, 'Amount paid')).toBe('€234.50');
    expect(field(pane, 'Due')).toMatch(/Jun 18, 2026 \(due in 3 days\)/);
    expect(field(pane, 'Service period')).toMatch(/May 1, 2026 – May 31, 2026/);
    expect(field(pane, 'Description')).toBe('May usage');
    expect(field(pane, 'Provider')).toBe('GPU Outlet');
    expect(field(pane, 'Account')).toBe('Research cluster');
    expect(field(pane, 'API address')).toBe('https://gpuoutlet.ai');
    expect(field(pane, 'Last synced')).toMatch(/2 hours ago/);
    const items = within(pane).getByRole('table', { name: 'Line items of this invoice' });
    const [, first, second] = within(items).getAllByRole('row');
    expect(within(first!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['H100 on-demand hours', '120', '€9.50', '€1,140.00', '—']);
    expect(within(second!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Persistent storage', '—', '—', '€94.50', '—']);
  });

  it('Pay hands the invoice to links:open (never a URL from the renderer)', async () => {
    const { user, fake } = setup();
    const pane = await openInvoice(user, 'GO-00042');
    await user.click(within(pane).getByRole('button', { name: 'Pay' }));
    await waitFor(() => expect(fake.callsOf('links:open')).toEqual([{ invoiceId: payable.id, which: 'pay' }]));
    expect(await screen.findByText('Opened the payment page in your browser.')).toBeInTheDocument();
  });

  it('Pay, Receipt and PDF are disabled with the reason when the provider gave no link', async () => {
    const { user, fake } = setup();
    const pane = await openInvoice(user, 'GO-00043');
    const pay = within(pane).getByRole('button', { name: 'Pay' });
    const receipt = within(pane).getByRole('button', { name: 'Receipt' });
    expect(pay).toBeDisabled();
    expect(pay).toHaveAccessibleDescription('GPU Outlet gave no payment link for this invoice');
    expect(receipt).toBeDisabled();
    expect(receipt).toHaveAccessibleDescription('GPU Outlet gave no receipt for this invoice');
    expect(within(pane).getByRole('button', { name: 'Preview PDF' })).toHaveAccessibleDescription('GPU Outlet gave no PDF for this invoice');
    await user.keyboard('p');
    expect(fake.callsOf('links:open')).toEqual([]);
    expect(await screen.findByText('GPU Outlet gave no payment link for this invoice.')).toBeInTheDocument();
  });

  it('Esc closes the detail', async () => {
    const { user } = setup();
    await openInvoice(user, 'GO-00042');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: 'Invoice details' })).not.toBeInTheDocument();
  });
});

describe('PDF preview', () => {
  it('fetches the bytes, draws page 1 fit to width, zooms, opens externally and saves a copy', async () => {
    const { user, fake, pdf } = setup();
    const pane = await openInvoice(user, 'GO-00042');
    await user.click(within(pane).getByRole('button', { name: 'Preview PDF' }));
    const preview = await within(pane).findByRole('region', { name: 'PDF preview' });
    await waitFor(() => expect(within(preview).getByText('Page 1 of 1')).toBeInTheDocument());
    await waitFor(() => expect(pdf.rendered.length).toBeGreaterThan(0));
    expect(fake.callsOf('pdf:fetch')).toEqual([{ invoiceId: payable.id }]);
    expect(within(preview).getByRole('button', { name: 'Fit to width' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(preview).getByRole('button', { name: 'Next page' })).toBeDisabled();

    const before = pdf.rendered.at(-1)?.scale ?? 0;
    await user.click(within(preview).getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(pdf.rendered.at(-1)?.scale).toBeGreaterThan(before));
    await user.click(within(preview).getByRole('button', { name: 'Open externally' }));
    await user.click(within(preview).getByRole('button', { name: 'Save a copy' }));
    expect(fake.callsOf('pdf:openExternal')).toEqual([{ invoiceId: payable.id }]);
    expect(fake.callsOf('pdf:saveCopy')).toEqual([{ invoiceId: payable.id }]);
  });

  it('a non-PDF download shows the error, not a blank pane', async () => {
    const { user, fake } = setup();
    fake.files.pdfs.set(payable.id, btoa('<html>Sign in</html>'));
    const pane = await openInvoice(user, 'GO-00042');
    await user.keyboard('o');
    const alert = await within(pane).findByRole('alert');
    expect(alert).toHaveTextContent('The provider sent something that is not a PDF');
    expect(within(pane).queryByRole('img')).not.toBeInTheDocument();
  });

  it('a failed download shows the host’s message and can be retried', async () => {
    const { user, fake } = setup();
    fake.failures.set('pdf:fetch', { code: 'offline', message: 'You are offline and this PDF was never downloaded.' });
    const pane = await openInvoice(user, 'GO-00042');
    await user.keyboard('o');
    expect(await within(pane).findByRole('alert')).toHaveTextContent('You are offline and this PDF was never downloaded.');
    fake.failures.delete('pdf:fetch');
    await user.click(within(pane).getByRole('button', { name: 'Try again' }));
    expect(await within(pane).findByText('Page 1 of 1')).toBeInTheDocument();
  });

  it('keeps recent PDFs in memory: a second look works without the host', async () => {
    const { user, fake } = setup();
    const pane = await openInvoice(user, 'GO-00042');
    await user.keyboard('o');
    await within(pane).findByText('Page 1 of 1');
    await user.keyboard('{Escape}');
    fake.failures.set('pdf:fetch', { code: 'offline', message: 'offline' });
    await user.keyboard('o');
    expect(await within(pane).findByText('Page 1 of 1')).toBeInTheDocument();
    expect(fake.callsOf('pdf:fetch')).toHaveLength(1); // the second look never asked the host
  });
});

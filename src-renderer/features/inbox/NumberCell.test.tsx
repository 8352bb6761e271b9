import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FakeApi } from '../../test/fake-api';
import { makeAccount, makeInvoice } from '../../test/fake-seed';
import { clock, renderApp } from '../../test/render';

const LONG_ID = 'inv_01M6NHZ72G5PFQ4J4VEPG2XXEZ';

function workspace() {
  return new FakeApi({
    now: clock,
    accounts: [makeAccount({ id: 'acc_gpu', provider: 'gpuoutlet', label: 'Research cluster' })],
    invoices: [
      makeInvoice({ accountId: 'acc_gpu', providerInvoiceId: LONG_ID, number: null, dueAt: '2026-06-10', status: 'overdue' }),
      makeInvoice({ accountId: 'acc_gpu', providerInvoiceId: 'in_1Pq9', number: 'GO-00042', dueAt: '2026-06-20' }),
    ],
  });
}

const rowWith = async (text: string) => (await screen.findByText(text)).closest('[role="row"]') as HTMLElement;

describe('invoice ids: full on hover, copied on click', () => {
  it('shows the whole id as a tooltip, and the provider’s id beside a number', async () => {
    renderApp({ fake: workspace() });
    expect(await screen.findByText(LONG_ID)).toHaveAttribute('title', LONG_ID);
    expect(screen.getByText('GO-00042')).toHaveAttribute('title', 'GO-00042 (provider’s ID in_1Pq9)');
  });

  it('copies the number from the list with a toast, without opening the invoice', async () => {
    const { user } = renderApp({ fake: workspace() });
    const row = await rowWith(LONG_ID);
    const copy = within(row).getByRole('button', { name: `Copy invoice number ${LONG_ID}` });
    expect(copy).toHaveAttribute('tabindex', '-1');
    await user.click(copy);
    expect(await screen.findByText(`Copied ${LONG_ID} to the clipboard`)).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(LONG_ID);
    expect(screen.queryByRole('complementary', { name: 'Invoice details' })).not.toBeInTheDocument();
    expect(row).toHaveAttribute('aria-selected', 'false');
  });

  it('copies the number and the provider’s id from the detail pane', async () => {
    const { user } = renderApp({ fake: workspace() });
    await user.click(await rowWith('GO-00042'));
    const pane = await screen.findByRole('complementary', { name: 'Invoice details' });
    await user.click(await within(pane).findByRole('button', { name: 'Copy invoice number GO-00042' }));
    expect(await navigator.clipboard.readText()).toBe('GO-00042');
    await user.click(within(pane).getByRole('button', { name: 'Copy provider’s invoice ID in_1Pq9' }));
    expect(await navigator.clipboard.readText()).toBe('in_1Pq9');
    expect(await screen.findByText('Copied in_1Pq9 to the clipboard')).toBeInTheDocument();
  });

  it('says so in plain words when the clipboard refuses', async () => {
    const { user } = renderApp({ fake: workspace() });
    const row = await rowWith('GO-00042');
    const refuse = vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError'));
    await user.click(within(row).getByRole('button', { name: 'Copy invoice number GO-00042' }));
    expect(await screen.findByText('Could not copy GO-00042: the system clipboard refused. Select the text and copy it by hand.')).toBeInTheDocument();
    refuse.mockRestore();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render';

const selectedRow = () => within(screen.getByRole('grid', { name: 'Invoices' })).getAllByRole('row').find((r) => r.getAttribute('aria-selected') === 'true');
const rowNumber = (row: HTMLElement | undefined) => row?.querySelector('.col-number')?.textContent;
/** The loaded rows of the inbox list, in order (the seeded workspace fits in the first page). */
const loadedRows = (stores: ReturnType<typeof renderApp>['stores']) => {
  const { pages, count } = stores.inbox.getState();
  return Array.from({ length: count ?? pages.size }, (_, i) => pages.get(i)).filter((row) => row !== undefined);
};

describe('keyboard first', () => {
  it('j/k and arrows move the selection; Enter opens; Esc closes', async () => {
    const { user, stores } = renderApp();
    const grid = await screen.findByRole('grid', { name: 'Invoices' });
    await waitFor(() => expect(stores.inbox.getState().count).not.toBeNull());
    const numbers = loadedRows(stores).map((r) => r.number ?? r.providerInvoiceId);

    await user.keyboard('j');
    expect(rowNumber(selectedRow())).toBe(numbers[0]);
    expect(grid).toHaveAttribute('aria-activedescendant', selectedRow()?.id);
    await user.keyboard('j');
    await user.keyboard('{ArrowDown}');
    expect(rowNumber(selectedRow())).toBe(numbers[2]);
    await user.keyboard('k');
    expect(rowNumber(selectedRow())).toBe(numbers[1]);
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(rowNumber(selectedRow())).toBe(numbers[0]);

    await user.keyboard('{Enter}');
    const pane = await screen.findByRole('complementary', { name: 'Invoice details' });
    expect(within(pane).getByRole('heading', { name: `Invoice ${numbers[0]}` })).toBeInTheDocument();
    await user.keyboard('j');
    expect(within(pane).getByRole('heading', { name: `Invoice ${numbers[1]}` })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: 'Invoice details' })).not.toBeInTheDocument();
    expect(grid).toHaveFocus();
  });

  it('/ focuses search, and typing there is not a shortcut', async () => {
    const { user, fake } = renderApp();
    await screen.findByRole('grid', { name: 'Invoices' });
    await user.keyboard('/');
    const search = screen.getByRole('searchbox', { name: 'Search invoices' });
    expect(search).toHaveFocus();
    await user.keyboard('jkpo');
    expect(search).toHaveValue('jkpo');
    expect(fake.callsOf('links:open')).toEqual([]);
    expect(screen.queryByRole('complementary', { name: 'Invoice details' })).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(search).not.toHaveFocus();
    expect(search).toHaveValue('jkpo'); // Esc leaves the field for the list and keeps the search
  });

  it('p pays the selected invoice; o opens its PDF preview', async () => {
    const { user, fake, stores } = renderApp();
    await screen.findByRole('grid', { name: 'Invoices' });
    await waitFor(() => expect(stores.inbox.getState().count).not.toBeNull());
    const payUrlOf = (id: string) => fake.invoices.find((candidate) => candidate.id === id)?.payUrl ?? null;
    const payable = loadedRows(stores).findIndex((r) => payUrlOf(r.id) !== null);
    for (let i = 0; i <= payable; i += 1) await user.keyboard('j');
    const invoice = fake.invoices.find((candidate) => candidate.id === loadedRows(stores)[payable]?.id);
    await user.keyboard('p');
    await waitFor(() => expect(fake.callsOf('links:open')).toEqual([{ invoiceId: invoice?.id, which: 'pay' }]));
    expect(fake.files.openedLinks[0]?.url).toBe(invoice?.payUrl);
    await user.keyboard('o');
    expect(await screen.findByRole('region', { name: 'PDF preview' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'PDF preview' })).not.toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Invoice details' })).toBeInTheDocument();
  });

  it('selection scrolls far down a long list and stays rendered', async () => {
    const { user, stores } = renderApp();
    await screen.findByRole('grid', { name: 'Invoices' });
    await waitFor(() => expect(stores.inbox.getState().count).not.toBeNull());
    const rows = loadedRows(stores);
    const last = rows.length - 1;
    for (let i = 0; i <= last; i += 1) await user.keyboard('j');
    expect(rowNumber(selectedRow())).toBe(rows[last]?.number ?? rows[last]?.providerInvoiceId);
  });

  it('shortcuts stay out of the way on other screens and in dialogs', async () => {
    const { user, fake } = renderApp();
    await screen.findByRole('grid', { name: 'Invoices' });
    await user.keyboard('j');
    await user.click(screen.getByRole('button', { name: 'Accounts' }));
    await user.keyboard('p');
    expect(fake.callsOf('links:open')).toEqual([]);
  });
});

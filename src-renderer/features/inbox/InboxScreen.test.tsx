import { screen, within, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi } from '../../test/fake-api';
import { makeAccount, makeInvoice } from '../../test/fake-seed';
import { MAX_PAGES, PAGE_SIZE } from '../../stores/inbox-window';
import { clock, renderApp } from '../../test/render';

const dataRows = () =>
  within(screen.getByRole('grid', { name: 'Invoices' }))
    .getAllByRole('row')
    .filter((row) => row.getAttribute('aria-rowindex') !== '1');

describe('inbox', () => {
  it('starts from the workspace: invoices:query first, and never starts a sync itself (main syncs on start)', async () => {
    const { fake } = renderApp();
    expect(await screen.findByRole('grid', { name: 'Invoices' })).toBeInTheDocument();
    await waitFor(() => expect(fake.calls.map((c) => c.name)).toEqual(expect.arrayContaining(['invoices:query', 'accounts:list', 'settings:get', 'reminders:list', 'app:info'])));
    expect(fake.calls.map((c) => c.name)).not.toContain('sync:start');
  });

  it('shows provider, account, number, status, amounts and relative due in each row', async () => {
    const fake = new FakeApi({
      now: clock,
      accounts: [makeAccount({ id: 'acc_gpu', provider: 'gpuoutlet', label: 'Research cluster' })],
      invoices: [
        makeInvoice({ accountId: 'acc_gpu', providerInvoiceId: 'x1', number: 'GO-00042', currency: 'JPY', total: 12_000, amountDue: 12_000, dueAt: '2026-06-18' }),
        makeInvoice({ accountId: 'acc_gpu', providerInvoiceId: 'x2', number: 'GO-00043', currency: 'EUR', total: 123_450, amountDue: 123_450, dueAt: '2026-06-03', status: 'overdue' }),
        makeInvoice({ accountId: 'acc_gpu', providerInvoiceId: 'x3', number: 'GO-00044', dueAt: '2026-06-15' }),
      ],
    });
    renderApp({ fake });
    await screen.findByRole('grid', { name: 'Invoices' });
    const [overdue, today, soon] = dataRows();
    expect(within(overdue!).getByText('GO-00043')).toBeInTheDocument();
    expect(within(overdue!).getByText('Overdue')).toBeInTheDocument();
    expect(within(overdue!).getByText('12 days overdue')).toBeInTheDocument();
    expect(within(overdue!).getAllByText('€1,234.50')).toHaveLength(2); // amount due and total
    expect(within(overdue!).getByText('GPU Outlet')).toBeInTheDocument();
    expect(within(overdue!).getByText('Research cluster')).toBeInTheDocument();
    expect(within(today!).getByText('due today')).toBeInTheDocument();
    expect(within(soon!).getByText('due in 3 days')).toBeInTheDocument();
    expect(within(soon!).getAllByText('¥12,000')).toHaveLength(2);
  });

  it('a long inbox: under 200 row elements in the DOM and a few pages of rows in memory, never the whole inbox', async () => {
    const account = makeAccount({ id: 'acc_big', provider: 'vastai', label: 'Big' });
    const invoices = Array.from({ length: 20_000 }, (_, i) =>
      makeInvoice({ accountId: 'acc_big', providerInvoiceId: `n${i}`, provider: 'vastai', total: i, amountDue: i, dueAt: '2026-07-01' }),
    );
    const { stores } = renderApp({ fake: new FakeApi({ now: clock, accounts: [account], invoices }) });
    const grid = await screen.findByRole('grid', { name: 'Invoices' }, { timeout: 15_000 });
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '20001'));
    const rendered = within(grid).getAllByRole('row').length;
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(200);
    expect(await screen.findByText(`${(20_000).toLocaleString()} invoices`)).toBeInTheDocument();
    expect(stores.inbox.getState().pages.size).toBeLessThanOrEqual(MAX_PAGES * PAGE_SIZE);
  });

  it('filters from the bar: overdue + EUR, totals per currency follow', async () => {
    const { user } = renderApp();
    await screen.findByRole('grid', { name: 'Invoices' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Due' }), 'overdue');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Currency' }), 'EUR');
    const rows = dataRows();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(within(row).getByText('Overdue')).toBeInTheDocument();
    const totals = screen.getByRole('list', { name: 'Amount due per currency' });
    expect(within(totals).getAllByRole('listitem').map((li) => li.dataset.currency)).toEqual(['EUR']);
  });

  it('search narrows by number, description, line items and account label', async () => {
    const { user } = renderApp();
    await screen.findByRole('grid', { name: 'Invoices' });
    await user.type(screen.getByRole('searchbox', { name: 'Search invoices' }), 'dedicated server');
    const rows = dataRows();
    expect(rows.length).toBe(12); // every Opterius invoice has that line item, and only those
    for (const row of rows) expect(within(row).getByText('Hosting EU')).toBeInTheDocument();
  });

  it('no match -> "Clear filters" brings everything back', async () => {
    const { user } = renderApp();
    await screen.findByRole('grid', { name: 'Invoices' });
    await user.type(screen.getByRole('searchbox', { name: 'Search invoices' }), 'zzz-no-such-invoice');
    expect(screen.getByText('No invoices match these filters')).toBeInTheDocument();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    const empty = screen.getByText('No invoices match these filters').closest('.empty-state') as HTMLElement;
    await user.click(within(empty).getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByRole('grid', { name: 'Invoices' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search invoices' })).toHaveValue('');
  });

  it('no accounts -> "Add an account" and "Open the demo workspace" (demo:start)', async () => {
    const { user, fake } = renderApp({ seed: 'empty' });
    expect(await screen.findByText('No accounts yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open the demo workspace' }));
    expect(fake.callsOf('demo:start')).toHaveLength(1);
    expect(await screen.findByRole('grid', { name: 'Invoices' })).toBeInTheDocument();
  });

  it('"Add an account" from the empty inbox opens the add form', async () => {
    const { user } = renderApp({ seed: 'empty' });
    await user.click(await screen.findByRole('button', { name: 'Add an account' }));
    expect(await screen.findByRole('form', { name: 'Add an account' })).toBeInTheDocument();
  });

  it('saved views: built-ins apply filters; a saved view persists through settings and survives a restart', async () => {
    const { user, fake, unmount, stop } = renderApp();
    await screen.findByRole('grid', { name: 'Invoices' });
    await user.click(screen.getByRole('button', { name: 'Overdue' }));
    expect(screen.getByRole('button', { name: 'Overdue' })).toHaveAttribute('aria-pressed', 'true');
    for (const row of dataRows()) expect(within(row).getByText('Overdue')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Currency' }), 'GBP');
    await user.click(screen.getByRole('button', { name: 'Save current view…' }));
    await user.type(screen.getByRole('textbox', { name: 'View name' }), 'GBP overdue');
    await user.click(screen.getByRole('button', { name: 'Save view' }));
    await waitFor(() => expect(fake.callsOf('views:save')).toHaveLength(1));
    const saved = fake.settings.savedViews as Array<{ name: string; filter: { currency: string; states: string[] } }>;
    expect(saved[0]).toMatchObject({ name: 'GBP overdue', filter: { currency: 'GBP', states: ['overdue'] } });

    unmount();
    stop();
    const again = renderApp({ fake });
    await screen.findByRole('grid', { name: 'Invoices' });
    await again.user.click(await screen.findByRole('button', { name: 'GBP overdue' }));
    expect(screen.getByRole('combobox', { name: 'Currency' })).toHaveValue('GBP');
    expect(screen.getByRole('button', { name: /^Status: Overdue/ })).toBeInTheDocument();
  });

  it('sorts by amount, largest first', async () => {
    const { user } = renderApp();
    await screen.findByRole('grid', { name: 'Invoices' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Currency' }), 'USD');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'amount');
    await user.click(screen.getByRole('button', { name: /switch to descending/ }));
    const totals = dataRows().map((row) => Number((row.lastElementChild?.textContent ?? '').replace(/[^0-9.]/g, '')));
    expect(totals.length).toBeGreaterThan(2);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
  });
});

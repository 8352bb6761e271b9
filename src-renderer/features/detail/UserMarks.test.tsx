import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi } from '../../test/fake-api';
import { makeAccount, makeInvoice } from '../../test/fake-seed';
import { clock, renderApp } from '../../test/render';

const account = makeAccount({ id: 'acc_gpu', provider: 'gpuoutlet', label: 'Research cluster' });
const overdue = makeInvoice({ accountId: 'acc_gpu', providerInvoiceId: 'in_1', number: 'GO-00042', currency: 'EUR', total: 100_000, amountDue: 100_000, dueAt: '2026-06-10' });
const noDueDate = makeInvoice({ accountId: 'acc_gpu', providerInvoiceId: 'in_2', number: 'GO-00043', currency: 'EUR', total: 5_000, amountDue: 5_000, dueAt: null });
const credit = makeInvoice({ accountId: 'acc_gpu', providerInvoiceId: 'in_3', number: 'CN-7', currency: 'EUR', kind: 'credit_note', total: 2_500, amountDue: 0, dueAt: null });

function setup() {
  const fake = new FakeApi({ now: clock, accounts: [account], invoices: [overdue, noDueDate, credit] });
  return renderApp({ fake });
}

const eurDue = () => within(screen.getByRole('list', { name: 'Amount due per currency' })).getByText(/€/).textContent;
const grid = () => screen.getByRole('grid', { name: 'Invoices' });
const rowOf = (number: string) => within(grid()).getByText(number).closest('[role="row"]') as HTMLElement;

async function open(user: ReturnType<typeof setup>['user'], number: string) {
  await user.click(within(await screen.findByRole('grid', { name: 'Invoices' })).getByText(number));
  return screen.findByRole('complementary', { name: 'Invoice details' });
}

describe('user marks in the detail pane', () => {
  it('"I paid this" says who and when, leaves the totals at once, and Undo brings the bill back', async () => {
    const { user } = setup();
    await waitFor(() => expect(eurDue()).toBe('€1,050.00'));
    const pane = await open(user, 'GO-00042');
    await user.click(within(pane).getByRole('button', { name: 'I paid this' }));
    expect(await within(pane).findByText(/Marked paid on .* by tester, waiting for GPU Outlet to confirm\./)).toBeInTheDocument();
    await waitFor(() => expect(eurDue()).toBe('€50.00'));
    expect(within(rowOf('GO-00042')).getByText('Marked paid')).toBeInTheDocument();
    expect(within(pane).getByText('History (1)')).toBeInTheDocument();
    expect(within(pane).getByText(/tester said “I paid this”/)).toBeInTheDocument();

    const toast = document.querySelector('.toast-region') as HTMLElement;
    expect(within(toast).getByText('Marked 1 invoice paid.')).toBeInTheDocument();
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(eurDue()).toBe('€1,050.00'));
    expect(await within(pane).findByRole('button', { name: 'I paid this' })).toBeInTheDocument();
    expect(within(pane).getByText(/tester undid: said “I paid this”/)).toBeInTheDocument();
  });

  it('the i key marks the selected row paid and takes it back; the credit note has no "I paid this" and shows as a credit', async () => {
    const { user } = setup();
    await screen.findByRole('grid', { name: 'Invoices' });
    expect(within(rowOf('CN-7')).getByText('−€25.00')).toBeInTheDocument();
    expect(within(rowOf('CN-7')).getByText('Credit note')).toBeInTheDocument();
    const pane = await open(user, 'GO-00042');
    grid().focus();
    await user.keyboard('i');
    await waitFor(() => expect(within(rowOf('GO-00042')).getByText('Marked paid')).toBeInTheDocument());
    await user.keyboard('i');
    await waitFor(() => expect(within(rowOf('GO-00042')).queryByText('Marked paid')).toBeNull());
    await user.click(within(grid()).getByText('CN-7'));
    await within(pane).findByRole('heading', { name: 'Invoice CN-7' });
    expect(within(pane).queryByRole('button', { name: 'I paid this' })).toBeNull();
    expect(within(pane).getByText('−€25.00')).toBeInTheDocument();
  });

  it('after Pay, "Did you pay GO-00042?" marks it paid with one click', async () => {
    const { user, fake } = setup();
    const pane = await open(user, 'GO-00042');
    await user.click(within(pane).getByRole('button', { name: 'Pay' }));
    const prompt = await screen.findByRole('dialog', { name: 'Did you pay GO-00042?' });
    expect(fake.files.openedLinks.map((link) => link.which)).toEqual(['pay']);
    await user.click(within(prompt).getByRole('button', { name: 'I paid it' }));
    expect(screen.queryByRole('dialog', { name: 'Did you pay GO-00042?' })).toBeNull();
    expect(await within(pane).findByText(/waiting for GPU Outlet to confirm/)).toBeInTheDocument();
  });

  it('snooze and mute from the pane, each undoable, each in the history', async () => {
    const { user } = setup();
    const pane = await open(user, 'GO-00042');
    await user.click(within(pane).getByRole('button', { name: 'Snooze reminders for GO-00042' }));
    await user.click(await screen.findByRole('menuitem', { name: /Until tomorrow/ }));
    expect(await within(pane).findByText(/Reminders snoozed until/)).toBeInTheDocument();
    await user.click(within(pane).getByRole('button', { name: 'Mute reminders' }));
    expect(await within(pane).findByText('Reminders muted for this invoice.')).toBeInTheDocument();
    expect(within(pane).getByRole('button', { name: 'Unmute reminders' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(pane).getByText('History (2)')).toBeInTheDocument();
  });

  it('a bill without a due date takes an expected due date, shown as the user\'s date', async () => {
    const { user } = setup();
    const pane = await open(user, 'GO-00043');
    expect(within(pane).getByText(/GPU Outlet gave no due date/)).toBeInTheDocument();
    await user.type(within(pane).getByLabelText('Expected due date'), '2026-06-30');
    await user.click(within(pane).getByRole('button', { name: 'Save date' }));
    expect(await within(pane).findByText(/You expect it due on .*Jun.* 30, 2026 \(your date\)|You expect it due on 30 Jun 2026 \(your date\)/)).toBeInTheDocument();
  });

  it('notes and tags: saved with who, found by the search box, a tag shown on the row and filterable', async () => {
    const { user, stores } = setup();
    const pane = await open(user, 'GO-00043');
    await user.type(within(pane).getByLabelText('Note'), 'Approved by Dana, PO 4471');
    await user.click(within(pane).getByRole('button', { name: 'Save note' }));
    expect(await within(pane).findByText(/Last edited by tester/)).toBeInTheDocument();
    await user.type(within(pane).getByLabelText('Add a tag'), 'Q3 audit');
    await user.click(within(pane).getByRole('button', { name: 'Add tag' }));
    expect(await within(pane).findByRole('button', { name: 'Remove tag Q3 audit' })).toBeInTheDocument();
    await waitFor(() => expect(within(rowOf('GO-00043')).getByText('Q3 audit')).toBeInTheDocument());
    expect(within(rowOf('GO-00043')).getByText('Note')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Search invoices'), 'po 4471');
    await waitFor(() => expect(within(grid()).getAllByRole('row')).toHaveLength(2));
    expect(within(grid()).getByText('GO-00043')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Search invoices'));
    stores.inbox.getState().setFilter({ tags: ['q3 AUDIT'] });
    await waitFor(() => expect(within(grid()).queryByText('GO-00042')).toBeNull());
    expect(within(grid()).getByText('GO-00043')).toBeInTheDocument();
  });
});

describe('column headers sort', () => {
  it('a click sorts by that column (aria-sort says how), a second click reverses it', async () => {
    const { user } = setup();
    await screen.findByRole('grid', { name: 'Invoices' });
    const header = screen.getByRole('columnheader', { name: /Amount due/ });
    expect(header).toHaveAttribute('aria-sort', 'none');
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    await waitFor(() => expect(within(grid()).getAllByRole('row')[1]).toHaveTextContent('GO-00042'));
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    await waitFor(() => expect(within(grid()).getAllByRole('row')[1]).toHaveTextContent('CN-7'));
    expect(screen.getByRole('columnheader', { name: /Paid on/ })).toHaveAttribute('aria-sort', 'none');
  });
});

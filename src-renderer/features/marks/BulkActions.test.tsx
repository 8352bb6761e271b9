import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi } from '../../test/fake-api';
import { makeAccount, makeInvoice } from '../../test/fake-seed';
import { clock, renderApp } from '../../test/render';
import { selectedRows } from '../../stores/selection';

const account = makeAccount({ id: 'acc_gpu', provider: 'gpuoutlet', label: 'Research cluster' });
const bill = (n: number, total: number, currency = 'USD') =>
  makeInvoice({ accountId: 'acc_gpu', providerInvoiceId: `in_${n}`, number: `GO-${n}`, currency, total, amountDue: total, dueAt: '2026-06-10' });
const invoices = [bill(1, 10_000), bill(2, 25_050), bill(3, 7_525), bill(4, 4_000), bill(5, 100_000, 'EUR')];
const id = (n: number) => `acc_gpu:in_${n}`;

type Rendered = ReturnType<typeof renderApp>;

function setup() {
  const fake = new FakeApi({ now: clock, accounts: [account], invoices });
  return renderApp({ fake });
}

const grid = () => screen.getByRole('grid', { name: 'Invoices' });
const rowOf = (number: string) => within(grid()).getByText(number).closest('[role="row"]') as HTMLElement;
const usdDue = () => within(screen.getByRole('list', { name: 'Amount due per currency' })).getByText(/\$/).textContent;
const toast = () => document.querySelector('.toast-region') as HTMLElement;
const bar = (count: number) => screen.getByRole('toolbar', { name: `Actions on ${count} selected ${count === 1 ? 'invoice' : 'invoices'}` });

/** Ctrl-clicks each row: the bulk bar then acts on them. */
async function pick(user: Rendered['user'], ...numbers: string[]) {
  await screen.findByRole('grid', { name: 'Invoices' });
  await user.keyboard('{Control>}');
  for (const number of numbers) await user.click(rowOf(number));
  await user.keyboard('{/Control}');
}

const lastMark = (fake: FakeApi) => fake.callsOf('marks:apply').at(-1);

describe('the bulk action bar', () => {
  it('"I paid these" takes exactly their sum off the due total, keeps the selection, and Undo restores every one', async () => {
    const { user, fake } = setup();
    await waitFor(() => expect(usdDue()).toBe('$465.75'));
    await pick(user, 'GO-1', 'GO-2', 'GO-3');
    await user.click(within(bar(3)).getByRole('button', { name: 'I paid these' }));
    expect(lastMark(fake)).toEqual({ target: { ids: [id(1), id(2), id(3)] }, action: { kind: 'paid' } });
    expect(await within(toast()).findByText('Marked 3 invoices paid.')).toBeInTheDocument();
    await waitFor(() => expect(usdDue()).toBe('$40.00'));
    for (const number of ['GO-1', 'GO-2', 'GO-3']) expect(within(rowOf(number)).getByText('Marked paid')).toBeInTheDocument();
    expect(bar(3)).toBeInTheDocument();

    await user.click(within(toast()).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(usdDue()).toBe('$465.75'));
    expect(await screen.findByText('Undone: 3 invoices are back as they were.')).toBeInTheDocument();
    for (const number of ['GO-1', 'GO-2', 'GO-3']) expect(within(rowOf(number)).queryByText('Marked paid')).toBeNull();
  });

  it('snooze until next week, mute, and their opposites act on every selected invoice', async () => {
    const { user, fake } = setup();
    await pick(user, 'GO-2', 'GO-4');
    const ids = [id(2), id(4)];
    await user.click(within(bar(2)).getByRole('button', { name: 'Snooze' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Until next week' }));
    expect(await within(toast()).findByText('Snoozed 2 invoices.')).toBeInTheDocument();
    expect(lastMark(fake)).toEqual({ target: { ids }, action: { kind: 'snooze', until: 'next_week' } });

    await user.click(within(bar(2)).getByRole('button', { name: 'Mute' }));
    expect(await within(toast()).findByText('Muted reminders for 2 invoices.')).toBeInTheDocument();

    await user.click(within(bar(2)).getByRole('button', { name: 'More actions on the selected invoices' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Unmute' }));
    expect(await within(toast()).findByText('Unmuted reminders for 2 invoices.')).toBeInTheDocument();
    await user.click(within(bar(2)).getByRole('button', { name: 'More actions on the selected invoices' }));
    await user.click(await screen.findByRole('menuitem', { name: 'End the snooze' }));
    expect(await within(toast()).findByText('Ended the snooze on 2 invoices.')).toBeInTheDocument();
    expect(fake.callsOf('marks:apply').map((call) => call.action.kind)).toEqual(['snooze', 'mute', 'unmute', 'unsnooze']);
  });

  it('i, s and m act on the selection when there is one (else on the cursor row); m again unmutes', async () => {
    const { user, fake, stores } = setup();
    await pick(user, 'GO-1', 'GO-3');
    grid().focus();
    await user.keyboard('m');
    expect(await within(toast()).findByText('Muted reminders for 2 invoices.')).toBeInTheDocument();
    expect(lastMark(fake)).toEqual({ target: { ids: [id(1), id(3)] }, action: { kind: 'mute' } });
    // Once the rows say they are muted, m takes it back on all of them.
    await waitFor(() => expect(selectedRows(stores.inbox.getState()).rows.map((row) => row.muted)).toEqual([true, true]));
    await user.keyboard('m');
    await waitFor(() => expect(lastMark(fake)?.action).toEqual({ kind: 'unmute' }));
    await user.keyboard('s');
    await waitFor(() => expect(lastMark(fake)).toEqual({ target: { ids: [id(1), id(3)] }, action: { kind: 'snooze', until: 'tomorrow' } }));
    await user.keyboard('i');
    await waitFor(() => expect(lastMark(fake)).toEqual({ target: { ids: [id(1), id(3)] }, action: { kind: 'paid' } }));

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('toolbar')).toBeNull();
    await user.keyboard('i');
    await waitFor(() => expect(lastMark(fake)?.target).toEqual({ ids: [id(3)] }));
  });

  it('Tag… adds a tag to every selected invoice (existing tags offered) and removes one some of them have', async () => {
    const { user, fake } = setup();
    await pick(user, 'GO-1', 'GO-2');
    await user.click(within(bar(2)).getByRole('button', { name: 'Tag…' }));
    let popover = await screen.findByRole('dialog', { name: 'Tags of the selected invoices' });
    await user.type(within(popover).getByLabelText('Add a tag'), 'Q3 audit');
    await user.click(within(popover).getByRole('button', { name: 'Add tag' }));
    expect(await within(toast()).findByText('Tagged 2 invoices "Q3 audit".')).toBeInTheDocument();
    await waitFor(() => expect(within(rowOf('GO-1')).getByText('Q3 audit')).toBeInTheDocument());
    expect(within(rowOf('GO-2')).getByText('Q3 audit')).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Tags of the selected invoices' })).toBeNull();

    // A third row joins; the tag is offered, and the one on some selected rows can be removed from all.
    await pick(user, 'GO-3');
    await user.click(within(bar(3)).getByRole('button', { name: 'Tag…' }));
    popover = await screen.findByRole('dialog', { name: 'Tags of the selected invoices' });
    expect(within(within(popover).getByRole('group', { name: 'Tags in use' })).getByRole('button', { name: 'Add tag Q3 audit' })).toHaveTextContent('Q3 audit 2');
    const onSelected = within(popover).getByRole('group', { name: 'On the selected invoices (click to remove)' });
    await user.click(within(onSelected).getByRole('button', { name: 'Remove tag Q3 audit from the selected invoices' }));
    expect(await within(toast()).findByText('Removed the tag "Q3 audit" from 2 invoices. 1 invoice already was that way.')).toBeInTheDocument();
    expect(lastMark(fake)).toEqual({ target: { ids: [id(1), id(2), id(3)] }, action: { kind: 'untag', tag: 'Q3 audit' } });
    await waitFor(() => expect(within(grid()).queryByText('Q3 audit')).toBeNull());

    await user.click(within(toast()).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(within(rowOf('GO-1')).getByText('Q3 audit')).toBeInTheDocument());
    expect(within(rowOf('GO-3')).queryByText('Q3 audit')).toBeNull();
  });

  it('exports the selection from the bar and from the Export menu (export:start with the invoice ids)', async () => {
    const { user, fake } = setup();
    await pick(user, 'GO-4', 'GO-2');
    await user.click(within(bar(2)).getByRole('button', { name: 'Export selected' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Export 2 selected invoices as Excel (XLSX)' }));
    await waitFor(() => expect(fake.exports.started).toHaveLength(1));
    expect(fake.exports.started[0]).toMatchObject({ format: 'xlsx', invoiceIds: [id(4), id(2)], title: '2 selected invoices' });
    expect(await screen.findByText(/^Exported 2 invoices to /)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Export and print' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Download PDFs of 2 selected invoices (ZIP)' }));
    await waitFor(() => expect(fake.exports.started).toHaveLength(2));
    expect(fake.exports.started[1]).toMatchObject({ format: 'pdfs', invoiceIds: [id(4), id(2)] });
  });

  it('a row that leaves the view after a change leaves the selection; Clear selection empties it', async () => {
    const { user, stores, fake } = setup();
    await pick(user, 'GO-1', 'GO-2', 'GO-3');
    await user.click(within(bar(3)).getByRole('button', { name: 'Tag…' }));
    const popover = await screen.findByRole('dialog', { name: 'Tags of the selected invoices' });
    await user.type(within(popover).getByLabelText('Add a tag'), 'disputed{Enter}');
    await waitFor(() => expect(within(rowOf('GO-3')).getByText('disputed')).toBeInTheDocument());

    // A new filter starts without a selection.
    act(() => stores.inbox.getState().setFilter({ tags: ['disputed'] }));
    await waitFor(() => expect(screen.queryByRole('toolbar')).toBeNull());
    await waitFor(() => expect(stores.inbox.getState().count).toBe(3));
    await pick(user, 'GO-1', 'GO-2');
    // Another window (or the CLI) takes the tag off GO-2: it leaves this view, and the selection.
    await act(() => fake.invoke('marks:apply', { target: { ids: [id(2)] }, action: { kind: 'untag', tag: 'disputed' } }));
    await waitFor(() => expect(stores.inbox.getState().count).toBe(2));
    expect(await screen.findByRole('toolbar', { name: 'Actions on 1 selected invoice' })).toBeInTheDocument();
    expect(stores.inbox.getState().selectedIds).toEqual(new Set([id(1)]));

    await user.click(within(bar(1)).getByRole('button', { name: 'Clear selection' }));
    expect(screen.queryByRole('toolbar')).toBeNull();
  });
});

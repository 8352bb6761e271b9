import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi } from '../../test/fake-api';
import { makeAccount, makeInvoice } from '../../test/fake-seed';
import { clock, renderApp } from '../../test/render';

type Rendered = ReturnType<typeof renderApp>;

const grid = () => screen.getByRole('grid', { name: 'Invoices' });
/** The row at an index of the filtered set (row 1 is the header). */
const rowAt = (index: number) => {
  const row = grid().querySelector<HTMLElement>(`[role="row"][aria-rowindex="${index + 2}"]:not([aria-busy])`);
  if (!row) throw new Error(`row ${index} is not rendered`);
  return row;
};
const toolbar = () => screen.queryByRole('toolbar', { name: /^Actions on / });
/** The indexes of the rendered rows that say they are selected. */
const selectedIndexes = () =>
  within(grid())
    .getAllByRole('row')
    .filter((row) => row.getAttribute('aria-selected') === 'true')
    .map((row) => Number(row.getAttribute('aria-rowindex')) - 2);
const idsAt = (stores: Rendered['stores'], ...indexes: number[]) => indexes.map((i) => stores.inbox.getState().rowAt(i)?.id);

async function ready(stores: Rendered['stores']) {
  await screen.findByRole('grid', { name: 'Invoices' });
  await waitFor(() => expect(stores.inbox.getState().count).not.toBeNull());
}

async function clickWith(user: Rendered['user'], key: 'Control' | 'Meta' | 'Shift', target: HTMLElement) {
  await user.keyboard(`{${key}>}`);
  await user.click(target);
  await user.keyboard(`{/${key}}`);
}

describe('picking rows in the list', () => {
  it('a click opens the row as before; ctrl/cmd-click picks rows; shift-click picks the range from the last one picked', async () => {
    const { user, stores } = renderApp();
    await ready(stores);
    expect(grid()).toHaveAttribute('aria-multiselectable', 'true');

    await user.click(rowAt(1));
    expect(await screen.findByRole('complementary', { name: 'Invoice details' })).toBeInTheDocument();
    expect(toolbar()).toBeNull();

    await clickWith(user, 'Control', rowAt(2));
    expect(toolbar()).toHaveAccessibleName('Actions on 1 selected invoice');
    expect(within(rowAt(2)).getByRole('checkbox')).toBeChecked();
    // With rows picked, aria-selected tells the picked rows (the cursor row is the active descendant).
    expect(selectedIndexes()).toEqual([2]);

    await clickWith(user, 'Meta', rowAt(4));
    await clickWith(user, 'Shift', rowAt(7));
    expect(selectedIndexes()).toEqual([2, 4, 5, 6, 7]);
    expect(toolbar()).toHaveAccessibleName('Actions on 5 selected invoices');
    expect(stores.inbox.getState().selectedIds).toEqual(new Set(idsAt(stores, 2, 4, 5, 6, 7)));

    // A shift-click the other way re-draws the range from the same anchor.
    await clickWith(user, 'Shift', rowAt(3));
    expect(selectedIndexes()).toEqual([2, 3, 4]);

    // The row's checkbox, named for its invoice, picks and unpicks without opening it.
    const number = stores.inbox.getState().rowAt(3)?.number ?? '';
    await user.click(within(rowAt(3)).getByRole('checkbox', { name: `Select ${number}` }));
    expect(selectedIndexes()).toEqual([2, 4]);
    const header = screen.getByRole('checkbox', { name: /^Select all 60 invoices in this view$/ });
    expect(header).toBePartiallyChecked();

    await user.click(header);
    expect(toolbar()).toHaveAccessibleName('Actions on 60 selected invoices');
    expect(header).toBeChecked();
    await user.click(header);
    expect(toolbar()).toBeNull();
  });

  it('x picks the cursor row, shift+j/k extend and shrink the selection, Esc clears it before it closes the pane', async () => {
    const { user, stores } = renderApp();
    await ready(stores);
    grid().focus();
    await user.keyboard('jj');
    await user.keyboard('x');
    expect(selectedIndexes()).toEqual([1]);
    await user.keyboard('{Shift>}jj{/Shift}');
    expect(selectedIndexes()).toEqual([1, 2, 3]);
    await user.keyboard('{Shift>}k{/Shift}');
    expect(selectedIndexes()).toEqual([1, 2]);
    await user.keyboard('{Shift>}{ArrowDown}{ArrowDown}{/Shift}');
    expect(selectedIndexes()).toEqual([1, 2, 3, 4]);
    // x unpicks the cursor row; the rest stay.
    await user.keyboard('x');
    expect(selectedIndexes()).toEqual([1, 2, 3]);

    await user.keyboard('{Enter}');
    await screen.findByRole('complementary', { name: 'Invoice details' });
    await user.keyboard('{Escape}');
    expect(toolbar()).toBeNull();
    expect(screen.getByRole('complementary', { name: 'Invoice details' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: 'Invoice details' })).not.toBeInTheDocument();
  });

  it('shift+j with nothing picked starts at the first row', async () => {
    const { user, stores } = renderApp();
    await ready(stores);
    grid().focus();
    await user.keyboard('{Shift>}jj{/Shift}');
    expect(selectedIndexes()).toEqual([0, 1]);
  });

  it('ctrl+a in the list selects every invoice of the view (acted on by its filter), with the exact count; a new filter clears it', async () => {
    const { user, stores, fake } = renderApp();
    await ready(stores);
    await user.click(screen.getByRole('button', { name: 'Overdue' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Overdue' })).toHaveAttribute('aria-pressed', 'true'));
    await waitFor(() => expect(stores.inbox.getState().count).not.toBeNull());
    const count = stores.inbox.getState().count ?? -1;
    expect(count).toBeGreaterThan(3);

    // Outside the list ctrl+a is the browser's.
    await user.keyboard('{Control>}a{/Control}');
    expect(toolbar()).toBeNull();
    grid().focus();
    await user.keyboard('{Control>}a{/Control}');
    const bar = await screen.findByRole('toolbar', { name: `Actions on ${count} selected invoices` });
    expect(within(bar).getByText(`All ${count} invoices in this view selected`)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: `Select all ${count} invoices in this view` })).toBeChecked();

    await user.click(within(bar).getByRole('button', { name: 'I paid these' }));
    await waitFor(() => expect(fake.callsOf('marks:apply')).toHaveLength(1));
    expect(fake.callsOf('marks:apply')[0]).toEqual({ target: { filter: stores.inbox.getState().filter }, action: { kind: 'paid' } });
    expect(await screen.findByText(`Marked ${count} invoices paid.`)).toBeInTheDocument();
    // The selection stays for the next action.
    expect(toolbar()).toHaveAccessibleName(`Actions on ${count} selected invoices`);

    await user.click(screen.getByRole('button', { name: 'Unpaid' }));
    await waitFor(() => expect(toolbar()).toBeNull());
  });
});

describe('a selection reaching rows that are not loaded', () => {
  const account = makeAccount({ id: 'acc_gpu', provider: 'gpuoutlet', label: 'Research cluster' });
  const invoices = Array.from({ length: 350 }, (_, n) =>
    makeInvoice({ accountId: 'acc_gpu', providerInvoiceId: `in_${String(n).padStart(3, '0')}`, total: 1_000 + n, dueAt: '2026-06-10' }),
  );

  it('a range to a far row fetches the ids in between from main', async () => {
    const fake = new FakeApi({ now: clock, accounts: [account], invoices });
    const { stores } = renderApp({ fake });
    await ready(stores);
    const inbox = stores.inbox.getState();
    expect(inbox.pages.has(2)).toBe(false);
    expect(await inbox.toggleSelected(inbox.rowAt(0)?.id ?? '', 0)).toBeNull();
    expect(await stores.inbox.getState().selectRange(279)).toBeNull();
    const { sort, filter } = stores.inbox.getState();
    const window = await fake.invoke('invoices:query', { filter, sort, offset: 0, limit: 280, count: false, aggregates: false });
    const expected = window.ok ? window.value.rows.map((row) => row.id) : [];
    expect(stores.inbox.getState().selectedIds).toEqual(new Set(expected));
    expect(toolbar()).toHaveAccessibleName('Actions on 280 selected invoices');
  });
});

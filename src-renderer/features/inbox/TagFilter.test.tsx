import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeApi } from '../../test/fake-api';
import { clock, renderApp } from '../../test/render';
import { resetWindowSize, setWindowSize } from '../../test/window-size';

afterEach(() => resetWindowSize());

/** The seeded workspace with two invoices tagged "audit" and one "Q3". */
async function taggedWorkspace() {
  const fake = new FakeApi({ seed: 'workspace', now: clock });
  const [a, b, c] = fake.invoices;
  await fake.invoke('marks:apply', { target: { ids: [a?.id ?? '', b?.id ?? ''] }, action: { kind: 'tag', tag: 'audit' } });
  await fake.invoke('marks:apply', { target: { ids: [c?.id ?? ''] }, action: { kind: 'tag', tag: 'Q3' } });
  return { fake, audited: [a?.number, b?.number] };
}

const grid = () => screen.getByRole('grid', { name: 'Invoices' });
const shownNumbers = () => [...grid().querySelectorAll('.grid-body .col-number')].map((cell) => cell.textContent);

describe('the tag filter', () => {
  it('offers the workspace tags with their counts, narrows the list to any of the chosen ones, and counts as a filter', async () => {
    const { fake, audited } = await taggedWorkspace();
    const { user, stores } = renderApp({ fake });
    await screen.findByRole('grid', { name: 'Invoices' });
    await waitFor(() => expect(stores.inbox.getState().count).toBe(60));

    await user.click(screen.getByRole('button', { name: /^Tags: Any/ }));
    const tags = screen.getByRole('group', { name: 'Tags' });
    expect(within(tags).getAllByRole('checkbox').map((box) => box.closest('label')?.textContent)).toEqual(['audit2', 'Q31']);
    await user.click(within(tags).getByRole('checkbox', { name: /audit/ }));
    await waitFor(() => expect(stores.inbox.getState().count).toBe(2));
    expect(shownNumbers().sort()).toEqual([...audited].sort());
    expect(screen.getByRole('button', { name: /^Tags: audit/ })).toBeInTheDocument();

    await user.click(within(tags).getByRole('checkbox', { name: /Q3/ }));
    await waitFor(() => expect(stores.inbox.getState().count).toBe(3));
    expect(stores.inbox.getState().filter.tags).toEqual(['audit', 'Q3']);
    await user.keyboard('{Escape}');

    // Saved with the view, and back when the view is applied.
    await user.click(screen.getByRole('button', { name: 'Save current view…' }));
    await user.type(screen.getByRole('textbox', { name: 'View name' }), 'Audit{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Overdue' }));
    await waitFor(() => expect(stores.inbox.getState().filter.tags).toEqual([]));
    await user.click(screen.getByRole('button', { name: 'Audit' }));
    await waitFor(() => expect(stores.inbox.getState().count).toBe(3));
    expect(stores.inbox.getState().filter.tags).toEqual(['audit', 'Q3']);
  });

  it('is in the "Filters (N)" popover of a small window, and counted there', async () => {
    setWindowSize(1024, 700);
    const { fake } = await taggedWorkspace();
    const { user, stores } = renderApp({ fake });
    await screen.findByRole('grid', { name: 'Invoices' });
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    const popover = await screen.findByRole('dialog', { name: 'Filters and sort' });
    await user.click(within(popover).getByRole('button', { name: /^Tags: Any/ }));
    await user.click(within(screen.getByRole('group', { name: 'Tags' })).getByRole('checkbox', { name: /Q3/ }));
    await waitFor(() => expect(stores.inbox.getState().count).toBe(1));
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toBeInTheDocument();
  });
});

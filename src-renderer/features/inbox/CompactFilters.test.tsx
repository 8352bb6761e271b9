import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../../../src-shared/domain/inbox-query';
import { renderApp } from '../../test/render';
import { resetWindowSize, setWindowSize } from '../../test/window-size';
import { activeFilterCount } from './filter-count';

afterEach(() => resetWindowSize());

describe('activeFilterCount', () => {
  it('counts every narrowing filter but the search, which stays on screen', () => {
    expect(activeFilterCount(EMPTY_FILTER)).toBe(0);
    expect(activeFilterCount({ ...EMPTY_FILTER, search: 'gpu' })).toBe(0);
    expect(activeFilterCount({ ...EMPTY_FILTER, states: ['overdue'], kinds: ['invoice'], currency: 'EUR', amountMin: 10 })).toBe(4);
    expect(activeFilterCount({ ...EMPTY_FILTER, due: { kind: 'range', from: '2026-06-01', to: null }, paidWithinDays: 30, provider: 'commet' })).toBe(3);
  });
});

describe('the filter bar in a window under 1280 px', () => {
  it('folds into one "Filters (N)" button beside the search, which opens the filters; Esc closes and focus returns', async () => {
    setWindowSize(1024, 700);
    const { user } = renderApp();
    await screen.findByRole('grid', { name: 'Invoices' });
    expect(screen.getByRole('searchbox', { name: 'Search invoices' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Status:/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Filters' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Overdue' }));
    const trigger = screen.getByRole('button', { name: 'Filters (2)' });
    await user.click(trigger);
    const popover = await screen.findByRole('dialog', { name: 'Filters and sort' });
    expect(within(popover).getByRole('button', { name: /^Status: Overdue/ })).toBeInTheDocument();
    expect(within(popover).getByRole('combobox', { name: 'Sort' })).toBeInTheDocument();

    await user.selectOptions(within(popover).getByRole('combobox', { name: 'Currency' }), 'GBP');
    expect(screen.getByRole('button', { name: 'Filters (3)' })).toBe(trigger);

    // A filter's own pop-up inside closes first on Esc; the next Esc closes the filters.
    await user.click(within(popover).getByRole('button', { name: /^Kind:/ }));
    expect(screen.getByRole('group', { name: 'Kind' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Kind' })).not.toBeInTheDocument());
    expect(screen.getByRole('dialog', { name: 'Filters and sort' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Filters and sort' })).not.toBeInTheDocument());
    expect(trigger).toHaveFocus();

    await user.click(trigger);
    await user.click(await screen.findByRole('button', { name: 'Clear filters' }));
    expect(screen.getByRole('button', { name: 'Filters' })).toBeInTheDocument();
  });

  it('folds while the detail pane narrows the list, and unfolds when it closes', async () => {
    const { user } = renderApp();
    await screen.findByRole('grid', { name: 'Invoices' });
    expect(screen.getByRole('group', { name: 'Filters and sort' })).toBeInTheDocument();
    const rows = within(screen.getByRole('grid', { name: 'Invoices' })).getAllByRole('row');
    await user.click(rows[1] as HTMLElement);
    await screen.findByRole('complementary', { name: 'Invoice details' });
    expect(screen.queryByRole('group', { name: 'Filters and sort' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Filters' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close details' }));
    expect(screen.getByRole('group', { name: 'Filters and sort' })).toBeInTheDocument();
  });

  it('follows the window: folds when it narrows under 1280 px, unfolds when it widens', async () => {
    setWindowSize(1400, 900);
    renderApp();
    await screen.findByRole('grid', { name: 'Invoices' });
    expect(screen.getByRole('group', { name: 'Filters and sort' })).toBeInTheDocument();
    act(() => setWindowSize(1200, 900));
    expect(await screen.findByRole('button', { name: 'Filters' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Filters and sort' })).not.toBeInTheDocument();
    act(() => setWindowSize(1300, 900));
    expect(await screen.findByRole('group', { name: 'Filters and sort' })).toBeInTheDocument();
  });
});

describe('the summary in a small window', () => {
  it('keeps to one line with the aging table behind a button', async () => {
    setWindowSize(1024, 700);
    const { user } = renderApp();
    const summary = await screen.findByRole('region', { name: 'Summary of the invoices shown' });
    expect(summary).toHaveClass('compact');
    expect(within(summary).queryByRole('table')).not.toBeInTheDocument();
    await user.click(within(summary).getByRole('button', { name: 'Aging' }));
    const popover = await screen.findByRole('dialog', { name: 'Aging of open amounts' });
    expect(within(popover).getByRole('table')).toBeInTheDocument();
  });
});

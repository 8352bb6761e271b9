import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../test/render';
import { resetWindowSize, setWindowSize } from '../test/window-size';

afterEach(() => resetWindowSize());

const firstRow = async () => (await within(await screen.findByRole('grid', { name: 'Invoices' })).findAllByRole('row'))[1] as HTMLElement;

describe('detail pane placement', () => {
  it('opens beside the list in a wide window, focus staying on the list', async () => {
    const { user, container } = renderApp();
    await user.click(await firstRow());
    const pane = await screen.findByRole('complementary', { name: 'Invoice details' });
    expect(container.querySelector('.app')).not.toHaveClass('detail-overlay');
    expect(pane).not.toHaveFocus();
    expect(screen.getByRole('grid', { name: 'Invoices' })).toHaveFocus();
  });

  it('opens as a sheet over the list under 1000 px, takes focus, and gives it back to the list on close', async () => {
    setWindowSize(900, 700);
    const { user, container } = renderApp();
    await user.click(await firstRow());
    const pane = await screen.findByRole('complementary', { name: 'Invoice details' });
    expect(container.querySelector('.app')).toHaveClass('detail-overlay');
    expect(pane).toHaveFocus();
    await user.click(within(pane).getByRole('button', { name: 'Close details' }));
    expect(screen.queryByRole('complementary', { name: 'Invoice details' })).not.toBeInTheDocument();
    expect(screen.getByRole('grid', { name: 'Invoices' })).toHaveFocus();
  });
});

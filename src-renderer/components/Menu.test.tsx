import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Menu } from './Menu';
import { MultiSelect } from './MultiSelect';

function setup() {
  const snooze = vi.fn();
  const mute = vi.fn();
  const remove = vi.fn();
  const user = userEvent.setup();
  render(
    <div>
      <MultiSelect label="Status" anyLabel="Any" options={[{ value: 'open', label: 'Open' }]} selected={[]} onChange={() => undefined} />
      <Menu
        label="More actions for INV-1"
        items={[
          { label: 'Snooze until tomorrow', onSelect: snooze, shortcut: 's' },
          { label: 'Mute this invoice', onSelect: mute, shortcut: 'm' },
          'separator',
          { label: 'Remove', onSelect: remove, disabled: true, tone: 'danger' },
        ]}
      />
      <input aria-label="Search" />
    </div>,
  );
  return { user, snooze, mute, remove, trigger: screen.getByRole('button', { name: 'More actions for INV-1' }) };
}

describe('Menu', () => {
  it('lists its items as menu items with their keys; Enter runs one and focus returns to the trigger', async () => {
    const { user, trigger, mute, snooze } = setup();
    expect(trigger).toHaveAttribute('aria-haspopup', 'menu');
    await user.click(trigger);
    const menu = screen.getByRole('menu', { name: 'More actions for INV-1' });
    expect(menu).toBeInTheDocument();
    const items = screen.getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual(['Snooze until tomorrowS', 'Mute this invoiceM', 'Remove']);
    expect(items[0]).toHaveAttribute('aria-keyshortcuts', 's');
    expect(items[2]).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(mute).toHaveBeenCalledTimes(1);
    expect(snooze).not.toHaveBeenCalled();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
  });

  it('a disabled item does nothing', async () => {
    const { user, trigger, remove } = setup();
    await user.click(trigger);
    await user.click(screen.getByRole('menuitem', { name: 'Remove' }));
    expect(remove).not.toHaveBeenCalled();
  });

  it('Esc closes it and gives focus back to the trigger', async () => {
    const { user, trigger } = setup();
    trigger.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
  });

  it('an outside click closes it', async () => {
    const { user, trigger, snooze, mute } = setup();
    await user.click(trigger);
    await user.click(screen.getByRole('textbox', { name: 'Search' }));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(snooze).not.toHaveBeenCalled();
    expect(mute).not.toHaveBeenCalled();
  });

  it('opening the menu closes an open popover, and the other way round', async () => {
    const { user, trigger } = setup();
    await user.click(screen.getByRole('button', { name: 'Status: Any' }));
    expect(screen.getByRole('group', { name: 'Status' })).toBeInTheDocument();
    await user.click(trigger);
    expect(screen.queryByRole('group', { name: 'Status' })).not.toBeInTheDocument();
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Status: Any' }));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Status' })).toBeInTheDocument();
  });
});

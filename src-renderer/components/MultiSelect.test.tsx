import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { MultiSelect } from './MultiSelect';

const STATUSES = [
  { value: 'open', label: 'Open' },
  { value: 'overdue', label: 'Overdue' },
  { value: 'paid', label: 'Paid' },
] as const;
const ACCOUNTS = [
  { value: 'a1', label: 'GPU main' },
  { value: 'a2', label: 'Commet' },
] as const;

/** Two multiselects side by side, as in the inbox filter bar, with a field outside them. */
function Bar() {
  const [statuses, setStatuses] = useState<string[]>([]);
  const [accounts, setAccounts] = useState<string[]>([]);
  return (
    <div>
      <MultiSelect label="Status" anyLabel="Any" options={STATUSES} selected={statuses} onChange={setStatuses} />
      <MultiSelect label="Account" anyLabel="All" options={ACCOUNTS} selected={accounts} onChange={setAccounts} />
      <input aria-label="Search" />
    </div>
  );
}

function setup() {
  const user = userEvent.setup();
  render(<Bar />);
  return { user, status: screen.getByRole('button', { name: 'Status: Any' }), account: screen.getByRole('button', { name: 'Account: All' }) };
}

describe('MultiSelect on an accessible popover', () => {
  it('opens a labelled group of checkboxes; the button names what is chosen', async () => {
    const { user, status } = setup();
    expect(status).toHaveAttribute('aria-expanded', 'false');
    await user.click(status);
    expect(status).toHaveAttribute('aria-expanded', 'true');
    const group = screen.getByRole('group', { name: 'Status' });
    await user.click(screen.getByRole('checkbox', { name: 'Overdue' }));
    await user.click(screen.getByRole('checkbox', { name: 'Open' }));
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Status: Open, Overdue' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Paid' }));
    expect(screen.getByRole('button', { name: 'Status: 3 selected' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Overdue' }));
    expect(screen.getByRole('button', { name: 'Status: Open, Paid' })).toBeInTheDocument();
  });

  it('moves focus into the popover; Esc closes it and gives focus back to its button', async () => {
    const { user, status } = setup();
    await user.click(status);
    expect(screen.getByRole('checkbox', { name: 'Open' })).toHaveFocus();
    await user.keyboard('{Tab}');
    expect(screen.getByRole('checkbox', { name: 'Overdue' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Status' })).not.toBeInTheDocument();
    expect(status).toHaveAttribute('aria-expanded', 'false');
    expect(status).toHaveFocus();
  });

  it('opens from the keyboard and closes on Esc with focus on the button', async () => {
    const { user, status } = setup();
    status.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('group', { name: 'Status' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Status' })).not.toBeInTheDocument();
    expect(status).toHaveFocus();
  });

  it('an outside click closes it and leaves focus where the user clicked', async () => {
    const { user, status } = setup();
    await user.click(status);
    expect(screen.getByRole('group', { name: 'Status' })).toBeInTheDocument();
    await user.click(screen.getByRole('textbox', { name: 'Search' }));
    expect(screen.queryByRole('group', { name: 'Status' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveFocus();
  });

  it('opening one closes the other: never two open at once', async () => {
    const { user, status, account } = setup();
    await user.click(status);
    expect(screen.getByRole('group', { name: 'Status' })).toBeInTheDocument();
    await user.click(account);
    expect(screen.queryByRole('group', { name: 'Status' })).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Account' })).toBeInTheDocument();
    expect(status).toHaveAttribute('aria-expanded', 'false');
    expect(account).toHaveAttribute('aria-expanded', 'true');
    await user.click(status);
    expect(screen.queryByRole('group', { name: 'Account' })).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Status' })).toBeInTheDocument();
  });
});

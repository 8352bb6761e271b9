import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../test/render';
import { resetWindowSize, setWindowSize } from '../test/window-size';
import { SIDEBAR_ID } from './Sidebar';
import { SIDEBAR_STORAGE_KEY } from './sidebar-state';

const toggle = () => screen.getByRole('button', { name: 'Sidebar' });
const sidebar = () => document.getElementById(SIDEBAR_ID);
const nav = () => screen.getByRole('navigation', { name: 'Main' });

beforeEach(() => localStorage.clear());
afterEach(() => resetWindowSize());

describe('sidebar', () => {
  it('collapses to icons that keep their names (and tooltips), and remembers it', async () => {
    const { user, unmount, stop } = renderApp();
    await screen.findByRole('grid', { name: 'Invoices' });
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
    expect(sidebar()).not.toHaveClass('collapsed');

    await user.click(toggle());
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(sidebar()).toHaveClass('collapsed');
    expect(localStorage.getItem(SIDEBAR_STORAGE_KEY)).toBe('true');
    const reminders = within(nav()).getByRole('button', { name: 'Reminders' });
    expect(reminders).toHaveAttribute('title', 'Reminders');
    expect(reminders.querySelector('svg[data-icon="bell"]')).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Sync all now' })).toBeInTheDocument();
    await user.click(reminders);
    expect(screen.getByRole('heading', { level: 1, name: 'Reminders' })).toBeInTheDocument();

    unmount();
    stop();
    renderApp();
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle());
    expect(localStorage.getItem(SIDEBAR_STORAGE_KEY)).toBe('false');
  });

  it('starts collapsed under 1100 px and opens over the content; a choice or Esc folds it away', async () => {
    setWindowSize(1024, 700);
    const { user } = renderApp();
    await screen.findByRole('grid', { name: 'Invoices' });
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');

    await user.click(toggle());
    expect(sidebar()).toHaveClass('overlay');
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(nav()).getByRole('button', { name: 'Accounts' }));
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(sidebar()).not.toHaveClass('overlay');

    await user.click(toggle());
    within(nav()).getByRole('button', { name: /^Inbox/ }).focus();
    await user.keyboard('{Escape}');
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(toggle()).toHaveFocus();
    // Collapsed because the window is narrow, not by choice: nothing is remembered.
    expect(localStorage.getItem(SIDEBAR_STORAGE_KEY)).toBeNull();

    act(() => setWindowSize(1400, 900));
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
  });
});

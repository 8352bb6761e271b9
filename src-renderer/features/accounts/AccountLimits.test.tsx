import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_LABEL_MAX, VIEW_NAME_MAX } from '../../../src-shared/contract';
import { FakeApi } from '../../test/fake-api';
import { makeServices, clock, renderApp } from '../../test/render';
import { EMPTY_FILTER } from '../../../src-shared/domain/inbox-query';
import { DEFAULT_SORT } from '../inbox/sort';

const LONG = 'Research cluster for the vision team, '.repeat(3).trim(); // 113 characters

describe('field limits at input', () => {
  it('the account label shows a counter and says plainly when it is too long, before anything is sent', async () => {
    const { user, fake } = renderApp({ seed: 'empty' });
    await user.click(screen.getByRole('button', { name: 'Accounts' }));
    await user.click(await screen.findByRole('button', { name: 'Add account' }));
    const form = await screen.findByRole('form', { name: 'Add an account' });
    const label = within(form).getByLabelText('Label');
    await user.type(label, 'GPU main');
    expect(label).toHaveAccessibleDescription(`8/${ACCOUNT_LABEL_MAX} characters`);
    expect(label).not.toHaveAttribute('aria-invalid');
    // A paste over the limit is kept whole (not cut silently) and marked.
    fireEvent.change(label, { target: { value: LONG } });
    expect(label).toHaveAttribute('aria-invalid', 'true');
    expect(label).toHaveAccessibleDescription(`${LONG.length}/${ACCOUNT_LABEL_MAX} characters — ${LONG.length - ACCOUNT_LABEL_MAX} too many`);
    expect(within(form).getByText(`${LONG.length - ACCOUNT_LABEL_MAX} characters too many`)).toBeInTheDocument();
    await user.type(within(form).getByLabelText('Session cookie (sid)'), 'sid-1');
    await user.click(within(form).getByRole('button', { name: 'Add account' }));
    expect(label).toHaveAccessibleDescription(
      `Keep the name to ${ACCOUNT_LABEL_MAX} characters or fewer; it has ${LONG.length}. ${LONG.length}/${ACCOUNT_LABEL_MAX} characters — ${LONG.length - ACCOUNT_LABEL_MAX} too many`,
    );
    expect(fake.callsOf('accounts:add')).toEqual([]);
    fireEvent.change(label, { target: { value: 'x'.repeat(ACCOUNT_LABEL_MAX - 3) } });
    expect(within(form).getByText('3 characters left')).toBeInTheDocument();
  });

  it('renaming keeps to the same limit', async () => {
    const { user, fake } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Accounts' }));
    await user.click(await screen.findByRole('button', { name: 'Rename Research cluster' }));
    const field = screen.getByLabelText('New label for Research cluster');
    expect(field).toHaveAccessibleDescription(`16/${ACCOUNT_LABEL_MAX} characters`);
    fireEvent.change(field, { target: { value: LONG } });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(`Keep the name to ${ACCOUNT_LABEL_MAX} characters or fewer; it has ${LONG.length}.`);
    expect(fake.callsOf('accounts:update')).toEqual([]);
  });

  it('a saved view name over its limit is refused in plain words', async () => {
    const { stores, api } = makeServices(new FakeApi({ seed: 'empty', now: clock }));
    await stores.settings.getState().load();
    const name = 'v'.repeat(VIEW_NAME_MAX + 5);
    await expect(stores.settings.getState().saveView(name, EMPTY_FILTER, DEFAULT_SORT)).rejects.toThrow(
      `Keep the view name to ${VIEW_NAME_MAX} characters or fewer; it has ${VIEW_NAME_MAX + 5}.`,
    );
    await waitFor(async () => expect((await api.call('settings:get', {})).savedViews).toEqual([]));
    await expect(stores.settings.getState().saveView('v'.repeat(VIEW_NAME_MAX), EMPTY_FILTER, DEFAULT_SORT)).resolves.toMatchObject({ name: 'v'.repeat(VIEW_NAME_MAX) });
  });
});

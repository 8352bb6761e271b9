import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../../../src-shared/domain/provider';
import { FakeApi } from '../../test/fake-api';
import { makeAccount } from '../../test/fake-seed';
import { clock, renderApp } from '../../test/render';

async function openAddForm(options: Parameters<typeof renderApp>[0] = { seed: 'empty' }) {
  const app = renderApp(options);
  await app.user.click(screen.getByRole('button', { name: 'Accounts' }));
  await app.user.click(await screen.findByRole('button', { name: 'Add account' }));
  const form = await screen.findByRole('form', { name: 'Add an account' });
  return { ...app, form };
}

describe('add account form', () => {
  it('shows, for the chosen provider, what the credential is and where to find it', async () => {
    const { user, form } = await openAddForm();
    expect(within(form).getByText(PROVIDERS.gpuoutlet.credentialHelp, { exact: false })).toBeInTheDocument();
    await user.click(within(form).getByRole('radio', { name: /Vast\.ai/ }));
    expect(within(form).getByText(PROVIDERS.vastai.credentialHelp, { exact: false })).toBeInTheDocument();
    expect(within(form).getByLabelText('API key')).toBeInTheDocument();
    await user.click(within(form).getByRole('radio', { name: /OnePin/ }));
    expect(within(form).getByLabelText('Bearer token')).toHaveAccessibleDescription(expect.stringContaining(PROVIDERS.onepin.credentialHelp));
  });

  it('masks the secret field', async () => {
    const { user, form } = await openAddForm();
    const secret = within(form).getByLabelText(PROVIDERS.gpuoutlet.credentialName);
    expect(secret).toHaveAttribute('type', 'password');
    await user.type(secret, 'sid-value');
    expect(secret).toHaveAttribute('type', 'password');
  });

  it('requires the base URL for Opterius (and offers it only as an advanced override for others)', async () => {
    const { user, form, fake } = await openAddForm();
    expect(within(form).getByText('Advanced: use a different API address')).toBeInTheDocument();
    await user.click(within(form).getByRole('radio', { name: /Opterius/ }));
    const baseUrl = within(form).getByLabelText('Portal address (base URL)');
    expect(baseUrl).toBeRequired();
    await user.type(within(form).getByLabelText('Label'), 'Hosting EU');
    await user.type(within(form).getByLabelText('API token'), 'ot_live_abc');
    await user.click(within(form).getByRole('button', { name: 'Add account' }));
    expect(baseUrl).toHaveAttribute('aria-invalid', 'true');
    expect(baseUrl).toHaveAccessibleDescription("Opterius is self-hosted: enter your billing portal's address, e.g. https://billing.example.com");
    expect(fake.callsOf('accounts:add')).toEqual([]);

    await user.type(baseUrl, 'portal.example');
    await user.click(within(form).getByRole('button', { name: 'Add account' }));
    expect(baseUrl).toHaveAccessibleDescription('That is not a full web address. Enter it with https:// in front, e.g. https://billing.example.com');

    await user.clear(baseUrl);
    await user.type(baseUrl, 'https://portal.example.com');
    await user.click(within(form).getByRole('button', { name: 'Add account' }));
    await waitFor(() =>
      expect(fake.callsOf('accounts:add')).toEqual([{ provider: 'opterius', label: 'Hosting EU', baseUrl: 'https://portal.example.com', secret: 'ot_live_abc' }]),
    );
    // Added, synced by main (its scheduler syncs a new account; the form asks for nothing), and the form is gone.
    await waitFor(() => expect(fake.sync.automatic).toEqual(['acc_new1']));
    expect(fake.callsOf('sync:start')).toEqual([]);
    expect(screen.queryByRole('form', { name: 'Add an account' })).not.toBeInTheDocument();
    expect(await screen.findByRole('listitem', { name: 'Hosting EU (Opterius)' })).toBeInTheDocument();
  });

  it('Test connection sends provider, base URL and secret and shows the error in words', async () => {
    const { user, form, fake } = await openAddForm();
    await user.type(within(form).getByLabelText(PROVIDERS.gpuoutlet.credentialName), 'bad-cookie');
    await user.click(within(form).getByRole('button', { name: 'Test connection' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('The provider refused this credential.');
    expect(within(form).getByRole('alert')).toHaveTextContent('Check the credential and paste it again.');
    expect(fake.callsOf('accounts:test')).toEqual([{ provider: 'gpuoutlet', baseUrl: null, secret: 'bad-cookie' }]);

    await user.clear(within(form).getByLabelText(PROVIDERS.gpuoutlet.credentialName));
    await user.type(within(form).getByLabelText(PROVIDERS.gpuoutlet.credentialName), 'good-cookie');
    await user.click(within(form).getByRole('button', { name: 'Test connection' }));
    expect(await within(form).findByText(/Connection works: the provider returned 3 invoices/)).toBeInTheDocument();
  });

  it('a host error (keychain locked) is shown too', async () => {
    const { user, form, fake } = await openAddForm();
    fake.failures.set('accounts:add', { code: 'keychain_unavailable', message: 'The system keychain is locked. Unlock it and try again.' });
    await user.type(within(form).getByLabelText('Label'), 'Research');
    await user.type(within(form).getByLabelText(PROVIDERS.gpuoutlet.credentialName), 'sid');
    await user.click(within(form).getByRole('button', { name: 'Add account' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('The system keychain is locked. Unlock it and try again.');
  });
});

describe('accounts list', () => {
  const accounts = [
    makeAccount({
      id: 'acc_a',
      provider: 'gpuoutlet',
      label: 'Research cluster',
      sync: {
        accountId: 'acc_a',
        phase: 'ok',
        progress: null,
        lastSyncedAt: '2026-06-15T09:00:00.000Z',
        lastError: null,
        warnings: ['GPU Outlet sent an invoice status "frozen" that Invoice Inbox does not know; 3 invoices with it are shown as Unknown and not counted as due.'],
      },
    }),
    makeAccount({
      id: 'acc_b',
      provider: 'vastai',
      label: 'Training fleet',
      sync: {
        accountId: 'acc_b',
        phase: 'error',
        progress: null,
        lastSyncedAt: null,
        lastError: { kind: 'auth', message: 'Vast.ai refused the API key: it may have been revoked.', action: 'reenter_credential' },
        warnings: [],
      },
    }),
    makeAccount({
      id: 'acc_c',
      provider: 'commet',
      label: 'UK subscriptions',
      sync: {
        accountId: 'acc_c',
        phase: 'error',
        progress: null,
        lastSyncedAt: null,
        lastError: { kind: 'rate_limited', message: 'Commet is limiting requests.', action: 'wait', retryAfter: '2026-06-15T10:30:00.000Z' },
        warnings: [],
      },
    }),
  ];
  const open = async () => {
    const app = renderApp({ fake: new FakeApi({ now: clock, accounts, invoices: [] }) });
    await app.user.click(screen.getByRole('button', { name: 'Accounts' }));
    await screen.findByRole('listitem', { name: 'Research cluster (GPU Outlet)' });
    return app;
  };

  it('shows the warnings of the last sync, naming the word', async () => {
    await open();
    const card = screen.getByRole('listitem', { name: 'Research cluster (GPU Outlet)' });
    expect(within(card).getByRole('list', { name: 'Warnings for Research cluster' })).toHaveTextContent(
      'GPU Outlet sent an invoice status "frozen" that Invoice Inbox does not know; 3 invoices with it are shown as Unknown and not counted as due.',
    );
    expect(within(screen.getByRole('listitem', { name: 'Training fleet (Vast.ai)' })).queryByRole('list', { name: /Warnings/ })).toBeNull();
  });

  it('remove asks for confirmation first', async () => {
    const { user, fake } = await open();
    await user.click(screen.getByRole('button', { name: 'Remove Research cluster' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove “Research cluster”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(fake.callsOf('accounts:remove')).toEqual([]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove Research cluster' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Remove account' }));
    await waitFor(() => expect(fake.callsOf('accounts:remove')).toEqual([{ id: 'acc_a' }]));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Research cluster (GPU Outlet)' })).not.toBeInTheDocument());
  });

  it('rename', async () => {
    const { user, fake } = await open();
    await user.click(screen.getByRole('button', { name: 'Rename Research cluster' }));
    const input = screen.getByRole('textbox', { name: 'New label for Research cluster' });
    await user.clear(input);
    await user.type(input, 'GPU research{Enter}');
    await waitFor(() => expect(fake.callsOf('accounts:update')).toEqual([{ id: 'acc_a', label: 'GPU research' }]));
    expect(await screen.findByRole('heading', { name: 'GPU research' })).toBeInTheDocument();
  });

  it('an auth error offers "Enter the credential again", which opens the edit form; a rate limit says when to retry', async () => {
    const { user, fake } = await open();
    const card = screen.getByRole('listitem', { name: 'Training fleet (Vast.ai)' });
    expect(within(card).getByRole('alert')).toHaveTextContent('Vast.ai refused the API key: it may have been revoked.');
    const limited = screen.getByRole('listitem', { name: 'UK subscriptions (Commet)' });
    expect(within(limited).getByRole('alert')).toHaveTextContent(/Try again after \d\d:\d\d/);

    await user.click(within(card).getByRole('button', { name: 'Enter the credential again' }));
    const form = await screen.findByRole('form', { name: 'Fix “Training fleet”' });
    const secret = within(form).getByLabelText('API key');
    expect(secret).toHaveFocus();
    await user.type(secret, 'new-key');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsOf('accounts:update')).toEqual([{ id: 'acc_b', baseUrl: null, secret: 'new-key' }]));
    // The failing account, fixed: main syncs it again.
    await waitFor(() => expect(fake.sync.automatic).toEqual(['acc_b']));
  });

  it('per-account Sync now and Cancel while syncing', async () => {
    const { user, fake } = await open();
    fake.sync.autoFinish = false;
    await user.click(screen.getByRole('button', { name: 'Sync now Research cluster' }));
    expect(fake.callsOf('sync:start')).toEqual([{ accountId: 'acc_a' }]);
    const card = screen.getByRole('listitem', { name: 'Research cluster (GPU Outlet)' });
    expect(within(card).getByRole('progressbar', { name: 'Syncing Research cluster' })).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Cancel syncing Research cluster' }));
    expect(fake.callsOf('sync:cancel')).toEqual([{ accountId: 'acc_a' }]);
    await waitFor(() => expect(within(card).queryByRole('progressbar')).not.toBeInTheDocument());
  });
});

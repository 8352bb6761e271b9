import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SyncErrorInfo } from '../../../src-shared/domain/sync';
import { FakeApi } from '../../test/fake-api';
import { makeAccount, makeInvoice } from '../../test/fake-seed';
import { clock, renderApp } from '../../test/render';

const KEY_REJECTED: SyncErrorInfo = { kind: 'auth', message: 'Commet rejected the API key.', action: 'reenter_credential' };
const UNREACHABLE: SyncErrorInfo = { kind: 'network', message: 'Commet cannot be reached.', action: 'retry' };

/** "UK subscriptions" (Commet) failing since its last good sync on May 28; "Research cluster" fine. */
function workspace(error: SyncErrorInfo = KEY_REJECTED) {
  const synced = '2026-05-28T09:00:00.000Z';
  return new FakeApi({
    now: clock,
    accounts: [
      makeAccount({ id: 'acc_commet', provider: 'commet', label: 'UK subscriptions', sync: { accountId: 'acc_commet', phase: 'error', progress: null, lastSyncedAt: synced, lastError: error, warnings: [] } }),
      makeAccount({ id: 'acc_gpu', provider: 'gpuoutlet', label: 'Research cluster', sync: { accountId: 'acc_gpu', phase: 'ok', progress: null, lastSyncedAt: '2026-06-15T09:00:00.000Z', lastError: null, warnings: [] } }),
    ],
    invoices: [
      makeInvoice({ accountId: 'acc_commet', provider: 'commet', providerInvoiceId: 'cm1', number: 'CM-1', dueAt: '2026-06-01' }),
      makeInvoice({ accountId: 'acc_commet', provider: 'commet', providerInvoiceId: 'cm2', number: 'CM-2', dueAt: '2026-06-20' }),
      makeInvoice({ accountId: 'acc_gpu', providerInvoiceId: 'go1', number: 'GO-1', dueAt: '2026-06-02' }),
      makeInvoice({ accountId: 'acc_gpu', providerInvoiceId: 'go2', number: 'GO-2', dueAt: '2026-06-21' }),
    ],
  });
}

const row = (number: string) => screen.getByText(number).closest('[role="row"]') as HTMLElement;

describe('stale marker', () => {
  it('marks the rows of an account whose last sync failed, in words, with why and how old they are', async () => {
    renderApp({ fake: workspace() });
    await screen.findByText('CM-1');
    for (const number of ['CM-1', 'CM-2']) {
      const marker = within(row(number)).getByText('Stale');
      expect(marker).toHaveAttribute('title', 'UK subscriptions: credential rejected — these rows are from May 28');
      expect(marker.querySelector('svg[data-icon="broken"]')).not.toBeNull();
      expect(row(number)).toHaveTextContent('Stale: UK subscriptions: credential rejected — these rows are from May 28');
    }
    for (const number of ['GO-1', 'GO-2']) expect(within(row(number)).queryByText('Stale')).not.toBeInTheDocument();
  });

  it('goes once the account syncs again', async () => {
    const fake = workspace();
    const { user } = renderApp({ fake });
    await screen.findByText('CM-1');
    expect(within(row('CM-1')).getByText('Stale')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sync all now' }));
    await waitFor(() => expect(screen.queryByText('Stale')).not.toBeInTheDocument());
    expect(row('CM-1')).toBeInTheDocument();
  });

  it('is left to the offline banner when the computer is offline', async () => {
    const fake = workspace(UNREACHABLE);
    renderApp({ fake });
    await screen.findByText('CM-1');
    expect(within(row('CM-1')).getByText('Stale')).toBeInTheDocument();
    act(() => fake.setOnline(false));
    expect(await screen.findByText(/^Offline — showing invoices from/)).toBeInTheDocument();
    expect(screen.queryByText('Stale')).not.toBeInTheDocument();
  });
});

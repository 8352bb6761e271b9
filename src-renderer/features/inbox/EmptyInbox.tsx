import { useState } from 'react';
import { useInbox, useServices } from '../../app/context';
import { EmptyState } from '../../components/EmptyState';
import { messageOf } from '../../stores/types';

/** No accounts yet: add one or open the demo workspace. */
export function NoAccounts() {
  const { api, stores } = useServices();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const openDemo = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.call('demo:start', {});
      await Promise.all([stores.accounts.getState().load(), stores.inbox.getState().load(), stores.app.getState().loadInfo()]);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <EmptyState
      title="No accounts yet"
      actions={
        <>
          <button type="button" className="primary" onClick={() => stores.app.getState().navigate('accounts', { kind: 'add' })}>
            Add an account
          </button>
          <button type="button" onClick={() => void openDemo()} disabled={busy}>
            {busy ? 'Opening the demo…' : 'Open the demo workspace'}
          </button>
          {error ? <p className="field-error">{error}</p> : null}
        </>
      }
    >
      Connect a billing provider to see its invoices here, or look around in a demo workspace with sample invoices from all five providers.
    </EmptyState>
  );
}

export function NoMatch() {
  const clearFilters = useInbox((s) => s.clearFilters);
  return (
    <EmptyState
      title="No invoices match these filters"
      actions={
        <button type="button" className="primary" onClick={clearFilters}>
          Clear filters
        </button>
      }
    >
      Nothing in the inbox fits every filter at once. Clear them to see all invoices again.
    </EmptyState>
  );
}

export function NoInvoicesYet() {
  const { stores } = useServices();
  return (
    <EmptyState
      title="No invoices yet"
      actions={
        <button type="button" className="primary" onClick={() => void stores.sync.getState().start()}>
          Sync now
        </button>
      }
    >
      Your accounts have no invoices in the cache yet. Sync to fetch them.
    </EmptyState>
  );
}

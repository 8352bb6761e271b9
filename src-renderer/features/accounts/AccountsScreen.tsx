import { useState } from 'react';
import { useAccounts, useAppState, useServices } from '../../app/context';
import { NoAccounts } from '../inbox/EmptyInbox';
import { SyncAll } from '../sync/SyncAll';
import { AccountCard } from './AccountCard';
import { AccountForm } from './AccountForm';

type Editing = { accountId: string; focus: 'secret' | 'baseUrl' };

/** Accounts with their sync state; add, fix, rename, remove. */
export function AccountsScreen() {
  const { stores } = useServices();
  const accounts = useAccounts((s) => s.accounts);
  const loadError = useAccounts((s) => s.loadError);
  const intent = useAppState((s) => s.accountsIntent);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Editing | null>(null);
  // Another screen may send the user here to add an account or fix one.
  const showAdd = adding || intent?.kind === 'add';
  const edit = editing ?? (intent?.kind === 'edit' ? { accountId: intent.accountId, focus: intent.focus } : null);
  const editAccount = edit ? accounts.find((a) => a.id === edit.accountId) : undefined;
  const close = () => {
    setAdding(false);
    setEditing(null);
    stores.app.getState().clearIntent();
  };

  return (
    <section className="accounts" aria-labelledby="accounts-title">
      <header className="screen-header">
        <h1 id="accounts-title">Accounts</h1>
        <SyncAll />
        <button type="button" className="primary" onClick={() => (setEditing(null), setAdding(true))} disabled={showAdd}>
          Add account
        </button>
      </header>
      {loadError ? (
        <p className="error-box" role="alert">
          {loadError}
        </p>
      ) : null}
      {showAdd ? <AccountForm key="add" mode={{ kind: 'add' }} onDone={close} onCancel={close} /> : null}
      {edit && editAccount && !showAdd ? (
        <AccountForm key={`edit-${editAccount.id}-${edit.focus}`} mode={{ kind: 'edit', account: editAccount, focus: edit.focus }} onDone={close} onCancel={close} />
      ) : null}
      {accounts.length === 0 && !showAdd ? <NoAccounts /> : null}
      <ul className="account-list" aria-label="Accounts">
        {accounts.map((account) => (
          <AccountCard
            key={account.id}
            account={account}
            onEdit={(focus) => (setAdding(false), stores.app.getState().clearIntent(), setEditing({ accountId: account.id, focus }))}
          />
        ))}
      </ul>
    </section>
  );
}

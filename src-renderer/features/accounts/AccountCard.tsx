import { useId, useState, type FormEvent } from 'react';
import { ACCOUNT_LABEL_MAX, type AccountView } from '../../../src-shared/contract';
import { PROVIDERS } from '../../../src-shared/domain/provider';
import { useServices } from '../../app/context';
import { CharCount } from '../../components/CharCount';
import { ConfirmDialog } from '../../components/Dialog';
import { messageOf } from '../../stores/types';
import { SyncStatus } from '../sync/SyncStatus';
import { labelError } from './validate';

interface Props {
  account: AccountView;
  onEdit: (focus: 'secret' | 'baseUrl') => void;
}

/** One account: what it is, its sync state, rename, fix credential, remove (after confirmation). */
export function AccountCard({ account, onEdit }: Props) {
  const { stores } = useServices();
  const [renaming, setRenaming] = useState(false);
  const [label, setLabel] = useState(account.label);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const provider = PROVIDERS[account.provider];
  const countId = useId();

  const rename = async (event: FormEvent) => {
    event.preventDefault();
    const problem = labelError(label);
    if (problem) {
      setError(problem);
      return;
    }
    try {
      await stores.accounts.getState().update({ id: account.id, label: label.trim() });
      setRenaming(false);
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const remove = async () => {
    setBusy(true);
    try {
      await stores.accounts.getState().remove(account.id);
      void stores.inbox.getState().load();
    } catch (e) {
      setError(messageOf(e));
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="account-card" aria-label={`${account.label} (${provider.name})`}>
      <div className="account-head">
        {renaming ? (
          <form className="rename-form" onSubmit={(e) => void rename(e)}>
            <input
              aria-label={`New label for ${account.label}`}
              aria-describedby={countId}
              aria-invalid={label.trim().length > ACCOUNT_LABEL_MAX ? true : undefined}
              value={label}
              onChange={(e) => setLabel(e.target.value)}
              autoFocus
            />
            <CharCount id={countId} length={label.trim().length} max={ACCOUNT_LABEL_MAX} />
            <button type="submit" className="primary">
              Save
            </button>
            <button type="button" onClick={() => (setRenaming(false), setLabel(account.label), setError(null))}>
              Cancel
            </button>
          </form>
        ) : (
          <h3 className="account-label">{account.label}</h3>
        )}
        <span className="provider-badge">{provider.name}</span>
        {account.demo ? <span className="demo-badge">Demo</span> : null}
      </div>
      <p className="muted account-url">{account.baseUrl ?? provider.defaultBaseUrl}</p>
      <SyncStatus accountId={account.id} accountLabel={account.label} onFix={onEdit} />
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="account-actions">
        <button type="button" onClick={() => setRenaming(true)} disabled={renaming} aria-label={`Rename ${account.label}`}>
          Rename
        </button>
        <button type="button" onClick={() => onEdit('secret')} aria-label={`Change credential of ${account.label}`}>
          Change credential
        </button>
        <button type="button" className="danger" onClick={() => setConfirming(true)} aria-label={`Remove ${account.label}`}>
          Remove
        </button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title={`Remove “${account.label}”?`}
          confirmLabel="Remove account"
          danger
          busy={busy}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void remove()}
        >
          Its invoices leave the inbox and the cache on this computer, and its credential is deleted from the keychain. Nothing changes at {provider.name}; you can add the account again later.
        </ConfirmDialog>
      ) : null}
    </li>
  );
}

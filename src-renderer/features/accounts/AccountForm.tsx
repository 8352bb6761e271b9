import { useId, useState, type FormEvent } from 'react';
import { ACCOUNT_LABEL_MAX, type AccountView, type CommandArgs } from '../../../src-shared/contract';
import { PROVIDER_IDS, PROVIDERS, type ProviderId } from '../../../src-shared/domain/provider';
import { useServices } from '../../app/context';
import { CharCount } from '../../components/CharCount';
import { messageOf } from '../../stores/types';
import { TestResult, type TestOutcome } from './TestResult';
import { baseUrlOrNull, validateDraft, type AccountDraft, type DraftErrors } from './validate';

export type AccountFormMode = { kind: 'add' } | { kind: 'edit'; account: AccountView; focus: 'secret' | 'baseUrl' };

interface Props {
  mode: AccountFormMode;
  onDone: (account: AccountView) => void;
  onCancel: () => void;
}

function FieldError({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <p className="field-error" id={id}>
      {text}
    </p>
  ) : null;
}

/**
 * Add an account, or fix one (new credential, base URL). The secret field is masked, is sent to main
 * once and is cleared from this form as soon as the account is saved.
 */
export function AccountForm({ mode, onDone, onCancel }: Props) {
  const { stores } = useServices();
  const id = useId();
  const editing = mode.kind === 'edit' ? mode.account : null;
  const [draft, setDraft] = useState<AccountDraft>({
    provider: editing?.provider ?? 'gpuoutlet',
    label: editing?.label ?? '',
    baseUrl: editing?.baseUrl ?? '',
    secret: '',
  });
  const [errors, setErrors] = useState<DraftErrors>({});
  const [outcome, setOutcome] = useState<TestOutcome>(null);
  const [busy, setBusy] = useState<'test' | 'save' | null>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const provider = PROVIDERS[draft.provider];
  const needsBaseUrl = provider.defaultBaseUrl === null;
  const change = (patch: Partial<AccountDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setOutcome(null);
  };

  const check = (purpose: 'add' | 'test'): boolean => {
    const found = validateDraft(draft, editing && purpose === 'add' ? 'edit' : purpose);
    setErrors(found);
    return Object.keys(found).length === 0;
  };

  const test = async () => {
    if (editing && draft.secret === '') {
      setBusy('test');
      try {
        setOutcome({ kind: 'result', result: await stores.accounts.getState().test({ id: editing.id }) });
      } catch (error) {
        setOutcome({ kind: 'failed', message: messageOf(error) });
      } finally {
        setBusy(null);
      }
      return;
    }
    if (!check('test')) return;
    setBusy('test');
    try {
      const args = { provider: draft.provider, baseUrl: baseUrlOrNull(draft.baseUrl), secret: draft.secret };
      setOutcome({ kind: 'result', result: await stores.accounts.getState().test(args) });
    } catch (error) {
      setOutcome({ kind: 'failed', message: messageOf(error) });
    } finally {
      setBusy(null);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitError(null);
    if (!check('add')) return;
    setBusy('save');
    try {
      let account: AccountView;
      if (editing) {
        const patch: CommandArgs<'accounts:update'> = { id: editing.id, baseUrl: baseUrlOrNull(draft.baseUrl) };
        if (draft.secret !== '') patch.secret = draft.secret;
        account = await stores.accounts.getState().update(patch);
      } else {
        account = await stores.accounts.getState().add({
          provider: draft.provider,
          label: draft.label.trim(),
          baseUrl: baseUrlOrNull(draft.baseUrl),
          secret: draft.secret,
        });
      }
      setDraft((d) => ({ ...d, secret: '' }));
      // Main syncs an account that is new or was failing once it is saved (its SyncScheduler).
      onDone(account);
    } catch (error) {
      setSubmitError(messageOf(error));
    } finally {
      setBusy(null);
    }
  };

  const described = (field: keyof AccountDraft, extra?: string) =>
    [errors[field] ? `${id}-${field}-error` : null, extra ?? null].filter(Boolean).join(' ') || undefined;
  const baseUrlField = (
    <div className="field">
      <label htmlFor={`${id}-baseUrl`}>{needsBaseUrl ? 'Portal address (base URL)' : 'API address (base URL)'}</label>
      <input
        id={`${id}-baseUrl`}
        type="url"
        value={draft.baseUrl}
        placeholder={provider.defaultBaseUrl ?? 'https://portal.your-provider.com'}
        required={needsBaseUrl}
        aria-invalid={errors.baseUrl ? true : undefined}
        aria-describedby={described('baseUrl')}
        autoFocus={editing !== null && mode.kind === 'edit' && mode.focus === 'baseUrl'}
        onChange={(e) => change({ baseUrl: e.target.value })}
      />
      <FieldError id={`${id}-baseUrl-error`} text={errors.baseUrl} />
    </div>
  );

  return (
    <form className="account-form" aria-labelledby={`${id}-title`} onSubmit={(e) => void submit(e)} noValidate>
      <h2 id={`${id}-title`}>{editing ? `Fix “${editing.label}”` : 'Add an account'}</h2>
      {editing ? (
        <p className="muted">{provider.name}</p>
      ) : (
        <fieldset className="provider-picker">
          <legend>Provider</legend>
          {PROVIDER_IDS.map((pid: ProviderId) => (
            <label key={pid} className="provider-option">
              <input type="radio" name={`${id}-provider`} value={pid} checked={draft.provider === pid} onChange={() => change({ provider: pid })} />
              <span className="provider-name">{PROVIDERS[pid].name}</span>
              <span className="muted">{PROVIDERS[pid].credentialName}</span>
            </label>
          ))}
        </fieldset>
      )}
      <div className="credential-help" id={`${id}-help`}>
        <strong>{provider.credentialName}</strong>: {provider.credentialHelp}
      </div>
      {editing ? null : (
        <div className="field">
          <label htmlFor={`${id}-label`}>Label</label>
          <input
            id={`${id}-label`}
            value={draft.label}
            placeholder={`${provider.name} — team or project`}
            aria-invalid={errors.label || draft.label.trim().length > ACCOUNT_LABEL_MAX ? true : undefined}
            aria-describedby={described('label', `${id}-label-count`)}
            onChange={(e) => change({ label: e.target.value })}
          />
          <CharCount id={`${id}-label-count`} length={draft.label.trim().length} max={ACCOUNT_LABEL_MAX} />
          <FieldError id={`${id}-label-error`} text={errors.label} />
        </div>
      )}
      {needsBaseUrl || editing ? (
        baseUrlField
      ) : (
        <details className="advanced" open={draft.baseUrl !== ''}>
          <summary>Advanced: use a different API address</summary>
          {baseUrlField}
        </details>
      )}
      <div className="field">
        <label htmlFor={`${id}-secret`}>{provider.credentialName}</label>
        <input
          id={`${id}-secret`}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={draft.secret}
          placeholder={editing ? 'Leave empty to keep the stored one' : undefined}
          aria-invalid={errors.secret ? true : undefined}
          aria-describedby={described('secret', `${id}-help`)}
          autoFocus={editing !== null && mode.kind === 'edit' && mode.focus === 'secret'}
          onChange={(e) => change({ secret: e.target.value })}
        />
        <FieldError id={`${id}-secret-error`} text={errors.secret} />
      </div>
      <TestResult outcome={outcome} />
      {submitError ? (
        <p className="field-error" role="alert">
          {submitError}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" onClick={() => void test()} disabled={busy !== null}>
          {busy === 'test' ? 'Testing…' : 'Test connection'}
        </button>
        <button type="submit" className="primary" disabled={busy !== null}>
          {editing ? 'Save' : busy === 'save' ? 'Adding…' : 'Add account'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

import { checkLabel, normalizeBaseUrl } from '../../../src-shared/domain/account-input';
import type { ProviderId } from '../../../src-shared/domain/provider';

export interface AccountDraft {
  provider: ProviderId;
  label: string;
  baseUrl: string;
  secret: string;
}

export type DraftErrors = Partial<Record<keyof AccountDraft, string>>;

/**
 * What must be right before 'accounts:add', 'accounts:update' (edit) or 'accounts:test': the rules main
 * applies (src-shared/domain/account-input) to the label (add only: an edit does not change it) and
 * the base URL, plus a credential (an edit may leave it empty to keep the stored one).
 */
export function validateDraft(draft: AccountDraft, mode: 'add' | 'edit' | 'test'): DraftErrors {
  const errors: DraftErrors = {};
  const label = checkLabel(draft.label);
  if (mode === 'add' && !label.ok) errors.label = label.message;
  if (mode !== 'edit' && draft.secret === '') errors.secret = 'Paste the credential from the provider.';
  const baseUrl = normalizeBaseUrl(draft.baseUrl, draft.provider);
  if (!baseUrl.ok) errors.baseUrl = baseUrl.message;
  return errors;
}

/** The label's problem, if any (the rename field of an account card): the rules main applies. */
export function labelError(label: string): string | null {
  const checked = checkLabel(label);
  return checked.ok ? null : checked.message;
}

export const baseUrlOrNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

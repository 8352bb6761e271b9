import { ACCOUNT_LABEL_MAX } from '../../../src-shared/contract';
import type { ProviderId } from '../../../src-shared/domain/provider';
import { tooLongMessage } from '../../api/plain-errors';

export interface AccountDraft {
  provider: ProviderId;
  label: string;
  baseUrl: string;
  secret: string;
}

export type DraftErrors = Partial<Record<keyof AccountDraft, string>>;

/** An absolute http(s) address; the host decides which it accepts (https, or loopback for testing). */
export function baseUrlError(value: string): string | null {
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Enter the full address, starting with https://';
    return null;
  } catch {
    return 'Enter the full address, starting with https://';
  }
}

/** The label's problem, if any: empty, or over the contract's limit (counted after trimming, as main does). */
export function labelError(label: string): string | null {
  const trimmed = label.trim();
  if (trimmed === '') return 'Give the account a name you will recognise.';
  return trimmed.length > ACCOUNT_LABEL_MAX ? tooLongMessage('label', trimmed.length, ACCOUNT_LABEL_MAX) : null;
}

/** What must be filled before 'accounts:add' (label, secret; base URL for Opterius). */
export function validateDraft(draft: AccountDraft, mode: 'add' | 'test'): DraftErrors {
  const errors: DraftErrors = {};
  const label = mode === 'add' ? labelError(draft.label) : null;
  if (label) errors.label = label;
  if (draft.secret === '') errors.secret = 'Paste the credential from the provider.';
  if (draft.provider === 'opterius' && draft.baseUrl.trim() === '') {
    errors.baseUrl = 'Opterius needs the address of your provider’s client portal.';
  } else if (draft.baseUrl.trim() !== '') {
    const problem = baseUrlError(draft.baseUrl);
    if (problem) errors.baseUrl = problem;
  }
  return errors;
}

export const baseUrlOrNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

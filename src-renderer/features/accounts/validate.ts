import type { ProviderId } from '../../../src-shared/domain/provider';

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

/** What must be filled before 'accounts:add' (label, secret; base URL for Opterius). */
export function validateDraft(draft: AccountDraft, mode: 'add' | 'test'): DraftErrors {
  const errors: DraftErrors = {};
  if (mode === 'add' && draft.label.trim() === '') errors.label = 'Give the account a name you will recognise.';
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

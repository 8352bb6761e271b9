import { PROVIDERS, type Account, type ProviderId } from '../../../src-shared/domain';
import {
  checkLabel,
  checkProvider,
  normalizeBaseUrl as normalizeSharedBaseUrl,
  OPTERIUS_NEEDS_BASE_URL,
  type Checked,
} from '../../../src-shared/domain/account-input';
import { UserFacingError } from '../errors';

type AccountField = 'id' | 'provider' | 'label' | 'baseUrl' | 'secret';

/**
 * Input for an account that cannot be accepted. A UserFacingError of kind 'config' (so every host shows
 * `info.message` as it shows any other core error) that also names the form field to highlight.
 * action: 'check_base_url' for address problems, 'none' otherwise. Messages never echo a URL that may
 * carry a user name or password.
 */
export class AccountValidationError extends UserFacingError {
  readonly field: AccountField;

  constructor(field: AccountField, message: string) {
    super({ kind: 'config', message, action: field === 'baseUrl' ? 'check_base_url' : 'none' }, `account ${field}: ${message}`);
    this.name = 'AccountValidationError';
    this.field = field;
  }
}

export { OPTERIUS_NEEDS_BASE_URL };

/** The accepted value, or the shared validator's problem thrown as an AccountValidationError. */
function accepted<T>(checked: Checked<T>): T {
  if (!checked.ok) throw new AccountValidationError(checked.field, checked.message);
  return checked.value;
}

export function validateProvider(value: unknown): ProviderId {
  return accepted(checkProvider(value));
}

/** Trimmed, 1-80 characters, one line, no hidden text-direction characters (src-shared/domain/account-input). */
export function validateLabel(value: unknown): string {
  return accepted(checkLabel(value));
}

/** The base URL override normalized by the shared rules (src-shared/domain/account-input); null = the provider's default. */
export function normalizeBaseUrl(value: string | null | undefined, provider: ProviderId): string | null {
  return accepted(normalizeSharedBaseUrl(value, provider));
}

/** The account's override, or the provider's default; a config error when there is neither. */
export function resolveBaseUrl(account: Pick<Account, 'provider' | 'baseUrl'>): string {
  const resolved = account.baseUrl ?? PROVIDERS[account.provider].defaultBaseUrl;
  if (resolved === null) {
    throw account.provider === 'opterius'
      ? new AccountValidationError('baseUrl', OPTERIUS_NEEDS_BASE_URL)
      : new AccountValidationError('baseUrl', `${PROVIDERS[account.provider].name} has no address configured. Enter the provider's https address in the account settings.`);
  }
  return resolved;
}

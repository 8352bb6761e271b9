import { isProviderId, PROVIDER_IDS, PROVIDERS, type Account, type ProviderId } from '../../../src-shared/domain';
import { SyncError } from '../errors';

export type AccountField = 'id' | 'provider' | 'label' | 'baseUrl';

/**
 * Input for an account that cannot be accepted. A SyncError of kind 'config' (so every host shows
 * `info.message` as it shows any other core error) that also names the form field to highlight.
 * action: 'check_base_url' for address problems, 'none' otherwise. Messages never echo a URL that may
 * carry a user name or password.
 */
export class AccountValidationError extends SyncError {
  readonly field: AccountField;

  constructor(field: AccountField, message: string) {
    super({ kind: 'config', message, action: field === 'baseUrl' ? 'check_base_url' : 'none' }, `account ${field}: ${message}`);
    this.name = 'AccountValidationError';
    this.field = field;
  }
}

export const LABEL_MAX = 80;

export const OPTERIUS_NEEDS_BASE_URL =
  "Opterius is self-hosted: enter your billing portal's address, e.g. https://billing.example.com";

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
// eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

export function validateProvider(value: unknown): ProviderId {
  if (typeof value === 'string' && isProviderId(value)) return value;
  const names = PROVIDER_IDS.map((id) => PROVIDERS[id].name).join(', ');
  throw new AccountValidationError('provider', `Choose one of the supported providers: ${names}.`);
}

/** Trimmed, 1-80 characters, one line. */
export function validateLabel(value: unknown): string {
  const label = typeof value === 'string' ? value.trim() : '';
  if (label.length === 0) throw new AccountValidationError('label', 'Enter a name for this account.');
  if ([...label].length > LABEL_MAX) {
    throw new AccountValidationError('label', `Use a name of at most ${LABEL_MAX} characters.`);
  }
  if (CONTROL_CHARS.test(label)) {
    throw new AccountValidationError('label', 'The name cannot contain line breaks, tabs or other control characters.');
  }
  return label;
}

/**
 * The account's API base URL override, normalized: an absolute https URL (http only for a loopback
 * host, i.e. the local simulator), no user name or password, no query or fragment, trailing slashes
 * stripped. Empty means "use the provider's default"; Opterius has none and requires one.
 */
export function normalizeBaseUrl(value: string | null | undefined, provider: ProviderId): string | null {
  const text = (value ?? '').trim();
  if (text === '') {
    if (PROVIDERS[provider].defaultBaseUrl === null) throw new AccountValidationError('baseUrl', OPTERIUS_NEEDS_BASE_URL);
    return null;
  }
  const example = provider === 'opterius' ? 'https://billing.example.com' : (PROVIDERS[provider].defaultBaseUrl ?? '');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new AccountValidationError('baseUrl', `That is not a full web address. Enter it with https:// in front, e.g. ${example}`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new AccountValidationError(
      'baseUrl',
      'Remove the user name and password from the address: the credential goes in its own field, never in the address.',
    );
  }
  if (url.protocol === 'http:') {
    if (!LOOPBACK_HOSTS.has(url.hostname)) {
      throw new AccountValidationError('baseUrl', `The address must start with https:// (plain http is allowed only for this computer, e.g. http://127.0.0.1:4010). For example: ${example}`);
    }
  } else if (url.protocol !== 'https:') {
    throw new AccountValidationError('baseUrl', `The address must start with https://, e.g. ${example}`);
  }
  if (url.search !== '' || url.hash !== '' || text.includes('?') || text.includes('#')) {
    throw new AccountValidationError('baseUrl', 'Enter only the address, without "?" or "#" parts.');
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
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

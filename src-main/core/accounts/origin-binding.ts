import { PROVIDERS, type ProviderId } from '../../../src-shared/domain';
import { AccountValidationError } from './account-validation';

/**
 * A credential belongs to the site it was entered for. These pure rules decide (1) whether an
 * account's address may change without the secret being entered again and (2) which addresses an
 * account may use at all. The host-side caller (inbox-service) applies them on add, update and
 * connection tests; nothing here reads settings, files or the keychain.
 */

/** `scheme://host:port` with the default port made explicit; null for anything that is not an absolute URL. */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const defaultPort = parsed.protocol === 'https:' ? '443' : parsed.protocol === 'http:' ? '80' : '';
  return `${parsed.protocol}//${parsed.hostname.toLowerCase()}:${parsed.port || defaultPort}`;
}

/** True when both are absolute URLs with the same scheme, host and port. */
export function sameOrigin(a: string, b: string): boolean {
  const origin = originOf(a);
  return origin !== null && origin === originOf(b);
}

/** Where an account's requests go: its override, else the provider's default (null: Opterius without an address). */
export function effectiveBaseUrl(provider: ProviderId, baseUrl: string | null): string | null {
  return baseUrl ?? PROVIDERS[provider].defaultBaseUrl;
}

/** True when the account's requests would go to another scheme, host or port. */
export function changesSite(provider: ProviderId, before: string | null, after: string | null): boolean {
  const from = effectiveBaseUrl(provider, before);
  const to = effectiveBaseUrl(provider, after);
  if (from === null || to === null) return from !== to;
  return !sameOrigin(from, to);
}

export type CredentialDecision = 'keep' | 'replace' | 'forget';

export interface AddressChange {
  provider: ProviderId;
  /** The stored override before the change (normalized). */
  before: string | null;
  /** The override asked for (normalized). */
  after: string | null;
  /** A new secret comes with the change. */
  secretGiven: boolean;
  /** The caller explicitly asks to delete the stored secret when the site changes. */
  forgetSecret: boolean;
}

/**
 * What happens to the stored secret when an account's address changes. A new secret replaces it; the
 * same site keeps it; another site (scheme, host or port) refuses the change, unless the caller asked
 * for the stored secret to be deleted.
 */
export function credentialOnAddressChange(change: AddressChange): CredentialDecision {
  if (change.secretGiven) return 'replace';
  if (!changesSite(change.provider, change.before, change.after)) return 'keep';
  if (change.forgetSecret) return 'forget';
  const credential = PROVIDERS[change.provider].credentialName;
  throw new AccountValidationError(
    'baseUrl',
    `The new address is another site, so the stored ${credential.toLowerCase()} will not be sent there. Enter the ${credential.toLowerCase()} again for the new address, or keep the old address.`,
  );
}

export interface AddressRules {
  /** Developer mode: fixed-host providers accept other addresses, and plain http to this computer is allowed. */
  developerMode: boolean;
  /** The demo workspace's own accounts (Account.demo): they point at the simulator on this computer. */
  demo: boolean;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

export function isLoopbackUrl(url: string): boolean {
  try {
    return LOOPBACK.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/**
 * Which addresses an account may use (the address already normalized by normalizeBaseUrl). Providers
 * with a fixed API host accept only that host; Opterius (self-hosted) accepts any https address that
 * is not this computer. Developer mode lifts both limits for testing; demo accounts may use the
 * simulator on this computer over plain http.
 */
export function assertAddressAllowed(provider: ProviderId, baseUrl: string | null, rules: AddressRules): void {
  if (baseUrl === null || rules.developerMode) return;
  const loopback = isLoopbackUrl(baseUrl);
  if (rules.demo && loopback && baseUrl.startsWith('http://')) return;
  const info = PROVIDERS[provider];
  if (info.defaultBaseUrl !== null) {
    if (sameOrigin(baseUrl, info.defaultBaseUrl)) return;
    throw new AccountValidationError(
      'baseUrl',
      `${info.name} is reached only at ${info.defaultBaseUrl}: leave the address empty. Another address is accepted only in developer mode, for testing.`,
    );
  }
  if (loopback) {
    throw new AccountValidationError('baseUrl', `An address on this computer is accepted only in developer mode, for testing. Enter your ${info.name} portal's https address.`);
  }
}

/**
 * What a user may enter for an account (provider, label, base URL), decided once for every dialect:
 * the renderer's form, the contract's schemas, the core and the CLI all call these. Pure: each returns
 * the accepted value or the field at fault with a sentence the user can act on. Messages never echo
 * the input (an address may carry a user name or password).
 */
import { isProviderId, PROVIDER_IDS, PROVIDERS, type ProviderId } from './provider';

type AccountInputField = 'provider' | 'label' | 'baseUrl';

interface InputProblem {
  readonly field: AccountInputField;
  readonly message: string;
}

export type Checked<T> = { readonly ok: true; readonly value: T } | ({ readonly ok: false } & InputProblem);

export const LABEL_MAX = 80;

export const OPTERIUS_NEEDS_BASE_URL =
  "Opterius is self-hosted: enter your billing portal's address, e.g. https://billing.example.com";

/* eslint-disable no-control-regex -- control characters are exactly what these reject */
/** C0 and C1 controls, DEL, and the line and paragraph separators: anything that breaks a one-line name. */
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
/** Bidi controls (embeddings, overrides, isolates, marks): they can make a name display as another. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u;
/** Characters the URL parser would silently drop or that never belong in an address. */
const URL_FORBIDDEN = /[\u0000-\u0020\u007f-\u009f\u2028\u2029]/u;
/* eslint-enable no-control-regex */

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function ok<T>(value: T): Checked<T> {
  return { ok: true, value };
}

function problem<T>(field: AccountInputField, message: string): Checked<T> {
  return { ok: false, field, message };
}

export const UNKNOWN_PROVIDER = `Choose one of the supported providers: ${PROVIDER_IDS.map((id) => `${PROVIDERS[id].name} (${id})`).join(', ')}.`;

export function checkProvider(value: unknown): Checked<ProviderId> {
  return typeof value === 'string' && isProviderId(value) ? ok(value) : problem('provider', UNKNOWN_PROVIDER);
}

/** Trimmed, 1-80 characters, one line, no hidden text-direction characters. */
export function checkLabel(value: unknown): Checked<string> {
  const label = typeof value === 'string' ? value.trim() : '';
  if (label.length === 0) return problem('label', 'Enter a name for this account.');
  const length = [...label].length;
  if (length > LABEL_MAX) return problem('label', `Keep the name to ${LABEL_MAX} characters or fewer; it has ${length}.`);
  if (LINE_BREAKING.test(label)) return problem('label', 'The name cannot contain line breaks, tabs or other control characters.');
  if (BIDI_CONTROLS.test(label)) {
    return problem('label', 'The name cannot contain hidden text-direction characters: type it again without pasting.');
  }
  return ok(label);
}

/**
 * The account's API base URL override, normalized: an absolute https URL (http only for a loopback
 * host, i.e. the local simulator), no user name or password, no query or fragment, trailing slashes
 * stripped. Empty means "use the provider's default"; Opterius has none and requires one. A pure
 * normalization: policies about which origins an account may use live in their own modules.
 */
export function normalizeBaseUrl(value: string | null | undefined, provider: ProviderId): Checked<string | null> {
  const text = (value ?? '').trim();
  if (text === '') return PROVIDERS[provider].defaultBaseUrl === null ? problem('baseUrl', OPTERIUS_NEEDS_BASE_URL) : ok(null);
  const example = provider === 'opterius' ? 'https://billing.example.com' : (PROVIDERS[provider].defaultBaseUrl ?? '');
  const notAnAddress = `That is not a full web address. Enter it with https:// in front, e.g. ${example}`;
  if (URL_FORBIDDEN.test(text)) return problem('baseUrl', notAnAddress);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return problem('baseUrl', notAnAddress);
  }
  if (url.username !== '' || url.password !== '') {
    return problem('baseUrl', 'Remove the user name and password from the address: the credential goes in its own field, never in the address.');
  }
  if (url.protocol === 'http:') {
    if (!LOOPBACK_HOSTS.has(url.hostname)) {
      return problem(
        'baseUrl',
        `The address must start with https:// (plain http is allowed only for this computer, e.g. http://127.0.0.1:4010). For example: ${example}`,
      );
    }
  } else if (url.protocol !== 'https:') {
    return problem('baseUrl', `The address must start with https://, e.g. ${example}`);
  }
  if (url.search !== '' || url.hash !== '' || text.includes('?') || text.includes('#')) {
    return problem('baseUrl', 'Enter only the address, without "?" or "#" parts.');
  }
  return ok(`${url.origin}${url.pathname.replace(/\/+$/, '')}`);
}

interface AcceptedAccountInput {
  provider: ProviderId;
  label: string;
  baseUrl: string | null;
}

/** Every field of a new account at once: the accepted input, or one problem per field at fault. */
export function checkAccountInput(input: {
  provider: unknown;
  label: unknown;
  baseUrl: string | null | undefined;
}): { ok: true; value: AcceptedAccountInput } | { ok: false; problems: [InputProblem, ...InputProblem[]] } {
  const provider = checkProvider(input.provider);
  const label = checkLabel(input.label);
  // Whether an empty address is allowed depends on the provider: without one, that check waits.
  const baseUrl = provider.ok ? normalizeBaseUrl(input.baseUrl, provider.value) : null;
  if (provider.ok && label.ok && baseUrl?.ok) return { ok: true, value: { provider: provider.value, label: label.value, baseUrl: baseUrl.value } };
  const [first, ...rest] = [provider, label, baseUrl].flatMap((checked) => (checked && !checked.ok ? [{ field: checked.field, message: checked.message }] : []));
  // Not all three passed, so at least one problem was collected.
  return { ok: false, problems: [first as InputProblem, ...rest] };
}

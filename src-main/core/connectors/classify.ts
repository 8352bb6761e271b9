/**
 * Turns a provider's HTTP error (status, body, headers) into a SyncErrorInfo a finance user can act on.
 * Each connector supplies how to read its error body and what to say about rejected credentials; the
 * rest (kinds, actions, Retry-After, redaction) is the same for all five.
 */
import type { SyncErrorInfo, SyncErrorKind } from '../../../src-shared/domain';
import { hostOf } from './map-helpers';
import type { ProviderErrorInput } from './types';

/** What a provider's error body says, read loosely (every field may be missing). */
export interface ProviderErrorDetails {
  /** The provider's error code ("unauthorized", "auth_error", "rate_limit_error"), lower case. */
  code: string | null;
  /** The provider's own human text (unsanitized: `classifyWith` redacts it). */
  message: string | null;
  /** A request id worth quoting to the provider's support. */
  requestId?: string | null;
}

export interface ErrorSpec {
  /** "GPU Outlet" */
  name: string;
  read(bodyText: string): ProviderErrorDetails;
  /** The sentence for rejected credentials; `host` is the account's API host when known. */
  authMessage(host: string | null): string;
  /** Provider codes that decide the kind when the status does not (200 with an error, 404, odd statuses). */
  codeKinds?: Readonly<Record<string, SyncErrorKind>>;
  /** A provider-specific answer for a case the generic rules get wrong (null: use the generic rules). */
  special?(input: ProviderErrorInput, details: ProviderErrorDetails): SyncErrorInfo | null;
}

/** JSON.parse that never throws. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

export function asText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

const HIDDEN = '[hidden]';

/**
 * Provider text made safe to show: the exact secret, bearer/cookie/key assignments, JWTs, prefixed API
 * keys and long token-like runs are replaced; HTML is dropped; the result is one short line.
 */
export function redact(text: string | null, secret?: string): string | null {
  if (text === null) return null;
  if (/<\s*(?:!doctype|html|head|body|div|p)\b/i.test(text)) return null;
  let out = text;
  for (const candidate of [secret?.trim(), secret?.trim().replace(/^(?:bearer\s+|sid=)/i, '')]) {
    if (candidate !== undefined && candidate.length >= 4) out = out.split(candidate).join(HIDDEN);
  }
  out = out
    .replace(/\b(sid|token|api[_-]?key|x-api-key|key|authorization|password|secret|cookie)(\s*[=:]\s*)(?:(?:bearer|basic)\s+)?[^\s"',;]+/gi, `$1$2${HIDDEN}`)
    .replace(/\b(bearer|basic)\s+(?!\[hidden\])[^\s"',;]+/gi, `$1 ${HIDDEN}`)
    .replace(/\beyJ[\w-]*\.[\w-]*\.[\w-]*/g, HIDDEN)
    .replace(/\b[a-z]{2,5}_(?:live|test)_[\w-]+/gi, HIDDEN)
    .replace(/[A-Za-z0-9_\-+/=]{32,}/g, (run) => (/\d/.test(run) && /[A-Za-z]/.test(run) ? HIDDEN : run))
    .replace(/\s+/g, ' ')
    .trim();
  if (out === '') return null;
  return out.length > 200 ? `${out.slice(0, 200)}…` : out;
}

/** Retry-After as seconds ("120") or an HTTP date, to an ISO time; null when absent or unreadable. */
export function retryAfterIso(headers: Headers, nowMs: number | undefined): string | null {
  const value = headers.get('retry-after')?.trim();
  if (value === undefined || value === '') return null;
  if (/^\d+$/.test(value)) return nowMs === undefined ? null : new Date(nowMs + Number(value) * 1000).toISOString();
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

function waitPhrase(headers: Headers, nowMs: number | undefined): string {
  const value = headers.get('retry-after')?.trim() ?? '';
  let seconds: number | null = null;
  if (/^\d+$/.test(value)) seconds = Number(value);
  else if (value !== '' && nowMs !== undefined && !Number.isNaN(Date.parse(value))) {
    seconds = Math.max(0, Math.ceil((Date.parse(value) - nowMs) / 1000));
  } else if (value !== '' && !Number.isNaN(Date.parse(value))) {
    return `wait until ${new Date(Date.parse(value)).toISOString().slice(11, 16)} UTC`;
  }
  if (seconds === null || seconds <= 90) return 'wait a minute';
  return `wait about ${Math.ceil(seconds / 60)} minutes`;
}

function kindFromStatus(status: number): SyncErrorKind | null {
  if (status === 401 || status === 403) return 'auth';
  if (status === 429) return 'rate_limited';
  if (status >= 500 || status === 408) return 'server';
  if (status === 404 || status === 400 || status === 422) return 'config';
  return null;
}

/** Applies the shared rules with one provider's spec. */
export function classifyWith(spec: ErrorSpec, input: ProviderErrorInput): SyncErrorInfo {
  const details = spec.read(input.bodyText);
  const special = spec.special?.(input, details) ?? null;
  if (special !== null) return special;

  const { status, headers, ctx } = input;
  const statusKind = kindFromStatus(status);
  const codeKind = details.code === null ? undefined : spec.codeKinds?.[details.code];
  const decisive = statusKind !== null && status !== 404;
  const kind: SyncErrorKind = decisive ? statusKind : (codeKind ?? statusKind ?? 'bad_response');

  const host = hostOf(ctx?.baseUrl);
  const said = redact(details.message, ctx?.secret);
  const saidSentence = said === null ? '' : ` ${spec.name} said: "${said}".`;
  const requestId = redact(details.requestId ?? null, ctx?.secret) ?? redact(headers.get('x-request-id'), ctx?.secret);
  const quote = requestId === null ? '' : ` Quote request id ${requestId} if you contact them.`;
  const httpPart = status > 0 ? `HTTP ${status}` : 'an error in a successful response';
  const why = said === null ? `(${httpPart})` : `(${httpPart}; ${spec.name} said: "${said}")`;
  const nameAt = host === null ? spec.name : `${spec.name} at ${host}`;

  switch (kind) {
    case 'auth':
      return { kind, action: 'reenter_credential', message: `${spec.authMessage(host)}${saidSentence}` };
    case 'rate_limited':
      return {
        kind,
        action: 'wait',
        retryAfter: retryAfterIso(headers, ctx?.nowMs),
        message: `${spec.name} is rate limiting requests: ${waitPhrase(headers, ctx?.nowMs)} and sync again.`,
      };
    case 'server':
      return {
        kind,
        action: 'retry',
        message: `${spec.name} is having trouble on its side (${httpPart}): try again in a few minutes.${quote}`,
      };
    case 'config':
      if (status === 404 || details.code === 'not_found' || details.code === 'not_found_error') {
        return {
          kind,
          action: 'check_base_url',
          message: `${nameAt} has no invoice list at the expected address ${why}: check the account's API address.`,
        };
      }
      return {
        kind,
        action: 'contact_provider',
        message: `${spec.name} refused the invoice request as invalid ${why}. Try again later; if it persists, contact ${spec.name} support.${quote}`,
      };
    default:
      return {
        kind,
        action: 'contact_provider',
        message: `${spec.name} answered with an unexpected error ${why}. Try again later; if it persists, contact ${spec.name} support.${quote}`,
      };
  }
}

/**
 * Zod building blocks shared by the connectors, and the one place a zod failure becomes a
 * `badResponse` naming the provider, the page and the field ("data[3].amountCents").
 *
 * Strict where the inbox depends on a value (ids, money, currency, dates); tolerant elsewhere (unknown
 * extra keys are stripped, URL fields of any shape degrade to null, status words are free text).
 */
import { z } from 'zod';
import { normalizeCurrency } from '../../../src-shared/domain';
import { badResponse } from '../errors';
import type { UserFacingError } from '../errors';
import { safeUrl } from './map-helpers';

/** Integer minor units (any safe integer; sign is the provider's). */
export const minorUnits = z.int({ error: 'expected integer' });

/** A provider id: a non-empty string or an integer, kept as text. */
export const idText = z
  .union([z.string().min(1), z.int()], { error: 'expected a non-empty string or integer id' })
  .transform((v) => String(v));

/** A three-letter ISO 4217 code in any case, normalized to upper case. */
export const currencyCode = z
  .string({ error: 'expected a currency code' })
  .trim()
  .regex(/^[A-Za-z]{3}$/, { error: 'expected a three-letter currency code' })
  .transform(normalizeCurrency);

/**
 * Any non-empty letters-only code, upper-cased. Used where the provider's published schema example
 * itself carries a non-ISO placeholder (Commet's "string"); amounts are still never mixed because
 * totals are grouped by this code.
 */
export const looseCurrencyCode = z
  .string({ error: 'expected a currency code' })
  .trim()
  .regex(/^[A-Za-z]{1,16}$/, { error: 'expected a currency code' })
  .transform(normalizeCurrency);

const CANONICAL_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * Parses "2026-04-08T14:33:10Z", "2026-04-08 14:33:10", "...+0200", "...+02", a 9-digit fraction or a
 * bare date; a date-time without a zone is read as UTC. Returns ISO UTC with milliseconds, or the
 * calendar date itself when `keepDateOnly` and the value is a bare date. Null when not a real date.
 */
export function parseProviderTime(value: string, keepDateOnly: boolean): string | null {
  // Fast path for what providers send almost always: canonical UTC with an optional 1-3 digit
  // fraction. A date that does not exist (Feb 31) fails the round trip and takes the full path.
  if (CANONICAL_UTC.test(value)) {
    const fast = canonicalUtc(value);
    if (fast !== null) return fast;
  }
  const m = ISO_LIKE.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const day = Date.UTC(Number(y), Number(mo) - 1, Number(d));
  const back = new Date(day);
  if (back.getUTCFullYear() !== Number(y) || back.getUTCMonth() !== Number(mo) - 1 || back.getUTCDate() !== Number(d)) {
    return null;
  }
  if (h === undefined) return keepDateOnly ? `${y}-${mo}-${d}` : back.toISOString();
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? '0') > 59) return null;
  const ms = (frac ?? '').padEnd(3, '0').slice(0, 3);
  let offset = 'Z';
  if (zone !== undefined && zone.toUpperCase() !== 'Z') {
    const digits = zone.slice(1).replace(':', '').padEnd(4, '0');
    offset = `${zone[0] ?? '+'}${digits.slice(0, 2)}:${digits.slice(2)}`;
  }
  const parsed = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}.${ms}${offset}`);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString();
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(text: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) n = n * 10 + (text.charCodeAt(i) - 48);
  return n;
}

/**
 * "YYYY-MM-DDTHH:MM:SS[.f{1,3}]Z" (already matched by CANONICAL_UTC) as ISO with milliseconds, checked
 * field by field without building a Date; null when a field is out of range (Feb 30, hour 24).
 */
function canonicalUtc(value: string): string | null {
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDays = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  if (monthDays === undefined || day < 1 || day > monthDays) return null;
  if (digits(value, 11, 2) > 23 || digits(value, 14, 2) > 59 || digits(value, 17, 2) > 59) return null;
  const fraction = value.length > 20 ? value.slice(20, -1) : '';
  return fraction.length === 3 ? value : `${value.slice(0, 19)}.${fraction.padEnd(3, '0')}Z`;
}

function timeSchema(keepDateOnly: boolean, label: string) {
  return z.string({ error: label }).transform((value, ctx) => {
    const iso = parseProviderTime(value, keepDateOnly);
    if (iso === null) {
      ctx.issues.push({ code: 'custom', message: label, input: value });
      return z.NEVER;
    }
    return iso;
  });
}

/** An ISO 8601 date-time (or bare date), normalized to ISO UTC. */
export const isoDateTime = timeSchema(false, 'expected an ISO 8601 date-time');
/** A due date: a calendar date stays "2026-05-01"; a date-time becomes ISO UTC. */
export const dueDate = timeSchema(true, 'expected an ISO 8601 date or date-time');

/** Unix seconds (possibly fractional), normalized to ISO UTC. */
export const unixSeconds = z
  .number({ error: 'expected unix seconds' })
  .refine((v) => Number.isFinite(v) && Math.abs(v) < 1e11, { error: 'expected unix seconds' })
  .transform((v) => new Date(Math.round(v * 1000)).toISOString());

/** A URL field of any shape: http(s) strings are kept, everything else (javascript:, numbers) is null. */
export const optionalUrl = z
  .unknown()
  .optional()
  .transform((v) => (typeof v === 'string' ? safeUrl(v) : null));

/** A free-text field that may be missing, null or of another type: kept only when it is a non-empty string. */
export const optionalText = z
  .unknown()
  .optional()
  .transform((v) => (typeof v === 'string' && v.trim() !== '' ? v : null));

/** "data[3].amountCents" from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(response body)';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = body;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** What was actually there, briefly: "string \"12.50\"", "null", "nothing (missing)". */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `string ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'number') return `number ${value}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

const TYPE_LABELS: Record<string, string> = { int: 'integer', array: 'an array', object: 'an object' };

/** One zod issue as "expected integer, got string \"10\"". */
export function describeIssue(issue: z.core.$ZodIssue, actual: unknown): string {
  const got = describeValue(actual);
  if (issue.message.startsWith('expected ')) return `${issue.message}, got ${got}`;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_LABELS[issue.expected] ?? issue.expected}, got ${got}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${got}`;
    case 'invalid_union':
      return `got ${got}, which matches none of the accepted forms`;
    default:
      return `${issue.message} (got ${got})`;
  }
}

/** The first zod issue as a UserFacingError of kind bad_response. */
export function issueToBadResponse(
  issues: readonly z.core.$ZodIssue[],
  body: unknown,
  providerName: string,
  pageLabel: string,
): UserFacingError {
  const issue = issues[0];
  if (issue === undefined) return badResponse(providerName, pageLabel, '(response body)', 'did not match the expected shape');
  return badResponse(providerName, pageLabel, formatPath(issue.path), describeIssue(issue, valueAt(body, issue.path)));
}

/** Validates a body; throws `badResponse` naming provider, page and field when it does not fit. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown, providerName: string, pageLabel: string): z.output<S> {
  const result = schema.safeParse(body);
  if (!result.success) throw issueToBadResponse(result.error.issues, body, providerName, pageLabel);
  return result.data;
}

/** Small pure helpers every connector uses to build requests and map provider records. */
import { deriveStatus, invoiceId, PROVIDERS } from '../../../src-shared/domain';
import type { Invoice, InvoiceStatus, ProviderId } from '../../../src-shared/domain';
import { SyncError } from '../errors';
import type { ConnectorContext } from './types';

/**
 * A provider status word to the normalized status. Unknown words become 'open': money that is
 * possibly owed is never hidden. The caller keeps the raw word in `rawStatus`.
 */
export function mapStatus(raw: string, table: Readonly<Record<string, InvoiceStatus>>): InvoiceStatus {
  const key = raw.trim().toLowerCase();
  return Object.hasOwn(table, key) ? (table[key] ?? 'open') : 'open';
}

/** Keeps only absolute http: and https: URLs; javascript:, file:, data:, relative or junk become null. */
export function safeUrl(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '') return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.href;
}

/**
 * The secret as typed, minus a pasted prefix ("Bearer ", "sid=") and surrounding whitespace. A secret
 * with characters no header can carry (line breaks, spaces, non-ASCII such as a pasted "…") is refused
 * here with a re-enter hint: handed to fetch, it would fail with an error whose text quotes the secret.
 */
export function cleanSecret(secret: string, prefix: RegExp, provider: ProviderId): string {
  const cleaned = secret.trim().replace(prefix, '').trim();
  if (cleaned === '' || !/^[\x21-\x7e]+$/.test(cleaned)) {
    const { name, credentialName } = PROVIDERS[provider];
    throw new SyncError(
      {
        kind: 'auth',
        action: 'reenter_credential',
        message: `The saved ${name} ${credentialName} is empty or contains characters that cannot be sent (spaces, line breaks or typographic characters): copy it again and re-enter it.`,
      },
      `${name}: unusable secret`,
    );
  }
  return cleaned;
}

export function bearerHeaders(secret: string, provider: ProviderId): Record<string, string> {
  return { Accept: 'application/json', Authorization: `Bearer ${cleanSecret(secret, /^bearer\s+/i, provider)}` };
}

/** `{base}{path}?query`, with every query value URL-encoded. The secret never goes here. */
export function buildUrl(baseUrl: string, path: string, query: ReadonlyArray<readonly [string, string]>): string {
  const params = new URLSearchParams();
  for (const [key, value] of query) params.append(key, value);
  const text = params.toString();
  return `${baseUrl.replace(/\/+$/, '')}${path}${text === '' ? '' : `?${text}`}`;
}

/** Everything of an Invoice a connector maps itself; id, accountId and provider are filled in. */
export type InvoiceFields = Omit<Invoice, 'id' | 'accountId' | 'provider'>;

/** Completes an invoice: id `<accountId>:<providerInvoiceId>`, and open past its due date -> overdue. */
export function makeInvoice(ctx: ConnectorContext, provider: ProviderId, fields: InvoiceFields): Invoice {
  return {
    id: invoiceId(ctx.account.id, fields.providerInvoiceId),
    accountId: ctx.account.id,
    provider,
    ...fields,
    status: deriveStatus(fields.status, fields.dueAt, ctx.nowMs),
  };
}

/** Money split for providers that give only a total: owed while unpaid, paid once paid. */
export function splitByStatus(total: number, status: InvoiceStatus): { amountDue: number; amountPaid: number } {
  return {
    amountDue: status === 'open' || status === 'overdue' ? total : 0,
    amountPaid: status === 'paid' ? total : 0,
  };
}

/** The host of a base URL ("billing.example.com"), or null when it does not parse. */
export function hostOf(baseUrl: string | undefined): string | null {
  if (baseUrl === undefined) return null;
  try {
    return new URL(baseUrl).host;
  } catch {
    return null;
  }
}

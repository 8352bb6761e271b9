/** Small pure helpers every connector uses to build requests and map provider records. */
import { invoiceId, isUnpaid, PROVIDERS } from '../../../src-shared/domain';
import type { Invoice, InvoiceKind, InvoiceStatus, ProviderId } from '../../../src-shared/domain';
import { UserFacingError } from '../errors';
import type { ConnectorContext, RecordWarning } from './types';

/** What a record says about being settled, whatever its status word. */
export interface SettledEvidence {
  /** The provider's paid time, or null. */
  paidAt: string | null;
  /** What is left to pay (minor units), or null when the provider does not say (or the record is a credit). */
  amountDue: number | null;
}

/**
 * A provider status word to the normalized status. A word not in the table is NEVER guessed as open:
 * it becomes 'unknown' (the caller keeps the word in `rawStatus`; the account shows a warning naming
 * it), unless the record itself says it is settled: a paid time, or nothing left to pay, makes it 'paid'.
 */
export function mapStatus(raw: string, table: Readonly<Record<string, InvoiceStatus>>, evidence: SettledEvidence): InvoiceStatus {
  const key = raw.trim().toLowerCase();
  const known = Object.hasOwn(table, key) ? table[key] : undefined;
  if (known !== undefined) return known;
  return evidence.paidAt !== null || evidence.amountDue === 0 ? 'paid' : 'unknown';
}

/** A provider's type word to a kind; undefined when the word is not in the table. */
export function lookupKind(raw: string | null | undefined, table: Readonly<Record<string, InvoiceKind>>): InvoiceKind | undefined {
  const key = raw?.trim().toLowerCase() ?? '';
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Collects the words a page held that Invoice Inbox does not know, with the invoices that carried them. */
export class WordNotes {
  private readonly notes = new Map<string, RecordWarning>();

  /** Notes an unknown type word on one record. */
  type(word: string, invoiceId: string, treatedAs: InvoiceKind): void {
    this.add({ subject: 'type', word, treatedAs, invoiceIds: [invoiceId] });
  }

  /** The notes, plus one for each status word that left invoices 'unknown'. */
  list(invoices: readonly Invoice[]): RecordWarning[] {
    for (const invoice of invoices) {
      if (invoice.status === 'unknown') this.add({ subject: 'status', word: invoice.rawStatus, treatedAs: 'unknown', invoiceIds: [invoice.id] });
    }
    return [...this.notes.values()];
  }

  private add(note: RecordWarning): void {
    const key = `${note.subject}\u0000${note.word}\u0000${note.treatedAs}`;
    const existing = this.notes.get(key);
    if (existing === undefined) this.notes.set(key, { ...note, invoiceIds: [...note.invoiceIds] });
    else existing.invoiceIds.push(...note.invoiceIds);
  }
}

/** The warnings of a page whose only unknown words can be statuses. */
export function statusWarnings(invoices: readonly Invoice[]): RecordWarning[] {
  return new WordNotes().list(invoices);
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
    throw new UserFacingError(
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

/**
 * Completes an invoice: id `<accountId>:<providerInvoiceId>`. The status stays what the provider said:
 * whether it is overdue for the user is decided when it is shown, on the user's local calendar
 * (invoiceState in src-shared).
 */
export function makeInvoice(ctx: ConnectorContext, provider: ProviderId, fields: InvoiceFields): Invoice {
  return { id: invoiceId(ctx.account.id, fields.providerInvoiceId), accountId: ctx.account.id, provider, ...fields };
}

/**
 * Money split for providers that give only a total (a magnitude): owed while unpaid (or while the
 * status word is unknown: nothing says it was paid), paid once paid. Credit notes are never owed.
 */
export function splitByStatus(total: number, status: InvoiceStatus, kind: InvoiceKind = 'invoice'): { amountDue: number; amountPaid: number } {
  const owed = kind !== 'credit_note' && (isUnpaid(status) || status === 'unknown');
  return { amountDue: owed ? total : 0, amountPaid: status === 'paid' ? total : 0 };
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

import { INVOICE_STATUSES, isProviderId } from '../../../../src-shared/domain';
import { SNAPSHOT_VERSION, type AccountSnapshot } from './snapshot-types';

export type SnapshotCheck =
  | { ok: true; snapshot: AccountSnapshot }
  | { ok: false; reason: 'corrupt'; detail: string }
  | { ok: false; reason: 'unknown_version'; version: number; detail: string };

const STATUSES: ReadonlySet<string> = new Set(INVOICE_STATUSES);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function corrupt(detail: string): SnapshotCheck {
  return { ok: false, reason: 'corrupt', detail };
}

/**
 * Checks a parsed cache file for `accountId`: the envelope fully, each invoice cheaply (ids, amounts,
 * status, currency, line items present). A plain loop, not a schema parse per invoice, so loading a
 * large cache costs little more than JSON.parse itself. The cache is our own output; this catches a
 * corrupted or foreign file, not every possible field error.
 */
export function checkSnapshot(value: unknown, accountId: string): SnapshotCheck {
  if (!isRecord(value)) return corrupt('not a JSON object');
  const { version } = value;
  if (version !== SNAPSHOT_VERSION) {
    if (typeof version === 'number') {
      return { ok: false, reason: 'unknown_version', version, detail: `cache format version ${version}` };
    }
    return corrupt('no "version" field');
  }
  if (value.accountId !== accountId) return corrupt(`"accountId" is not ${accountId}`);
  if (typeof value.provider !== 'string' || !isProviderId(value.provider)) return corrupt('"provider" is not a known provider');
  if (typeof value.syncedAt !== 'string' || Number.isNaN(Date.parse(value.syncedAt))) return corrupt('"syncedAt" is not a date-time');
  const { invoices } = value;
  if (!Array.isArray(invoices)) return corrupt('"invoices" is not a list');
  const idPrefix = `${accountId}:`;
  for (let i = 0; i < invoices.length; i++) {
    const problem = invoiceProblem(invoices[i], accountId, idPrefix);
    if (problem !== null) return corrupt(`invoice ${i}: ${problem}`);
  }
  return { ok: true, snapshot: value as unknown as AccountSnapshot };
}

function invoiceProblem(item: unknown, accountId: string, idPrefix: string): string | null {
  if (typeof item !== 'object' || item === null) return 'not an object';
  const invoice = item as Record<string, unknown>;
  const { id } = invoice;
  if (typeof id !== 'string' || !id.startsWith(idPrefix)) return '"id" is not an id of this account';
  if (invoice.accountId !== accountId) return '"accountId" does not match';
  if (typeof invoice.providerInvoiceId !== 'string') return '"providerInvoiceId" is not a string';
  if (!Number.isSafeInteger(invoice.total)) return '"total" is not an integer';
  if (!Number.isSafeInteger(invoice.amountDue)) return '"amountDue" is not an integer';
  if (!Number.isSafeInteger(invoice.amountPaid)) return '"amountPaid" is not an integer';
  if (typeof invoice.currency !== 'string') return '"currency" is not a string';
  if (typeof invoice.status !== 'string' || !STATUSES.has(invoice.status)) return '"status" is not a known status';
  if (!Array.isArray(invoice.lineItems)) return '"lineItems" is not a list';
  return null;
}

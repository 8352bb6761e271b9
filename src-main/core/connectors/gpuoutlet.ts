/**
 * GPU Outlet: `GET {base}/v1/billing/invoices`, session cookie auth (`Cookie: sid=...`), integer cents.
 * Pagination is UNCONFIRMED for this list: we follow `nextCursor` via `?cursor=` when present and treat
 * its absence as the last page (the API's general list rule).
 */
import { z } from 'zod';
import { invoiceId, providerName } from '../../../src-shared/domain';
import type { InvoiceKind, InvoiceStatus } from '../../../src-shared/domain';
import { asRecord, asText, classifyWith, parseJson } from './classify';
import type { ErrorSpec } from './classify';
import { buildUrl, cleanSecret, lookupKind, makeInvoice, mapStatus, splitByStatus, WordNotes } from './map-helpers';
import { currencyCode, idText, isoDateTime, dueDate, minorUnits, optionalText, optionalUrl, parseBody } from './schema-helpers';
import { at, cursorText } from './peek';
import type { Connector, ConnectorContext, PageResult } from './types';

const NAME = providerName('gpuoutlet');
const PAGE_SIZE = 100;

const STATUS: Readonly<Record<string, InvoiceStatus>> = {
  open: 'open',
  paid: 'paid',
  void: 'void',
  void_: 'void',
  uncollectible: 'uncollectible',
  draft: 'draft',
};

/**
 * What each `reason` makes a record: a failed auto-topup is a top-up the card did not pay (a
 * prepayment: paying it buys balance, it is not a bill for usage); an overage or an ops-issued
 * invoice is a bill. A negative amount is a credit note, whatever the reason.
 */
const KINDS: Readonly<Record<string, InvoiceKind>> = {
  topup_failed: 'prepayment',
  overage: 'invoice',
  manual: 'invoice',
};

const REASONS: Readonly<Record<string, string>> = {
  topup_failed: 'Failed auto-topup',
  overage: 'Usage overage',
  manual: 'Manual invoice',
};

const lineItemSchema = z.object({
  description: optionalText,
  amountCents: minorUnits,
  periodStart: isoDateTime.nullish(),
  periodEnd: isoDateTime.nullish(),
});

const invoiceSchema = z.object({
  id: idText,
  status: z.string({ error: 'expected a status word' }),
  reason: optionalText,
  amountCents: minorUnits,
  currency: currencyCode,
  hostedInvoiceUrl: optionalUrl,
  invoicePdfUrl: optionalUrl,
  receiptUrl: optionalUrl,
  createdAt: isoDateTime.nullish(),
  dueAt: dueDate.nullish(),
  paidAt: isoDateTime.nullish(),
  lineItems: z.array(lineItemSchema).nullish(),
});

export const gpuOutletPageSchema = z.object({
  data: z.array(invoiceSchema),
  nextCursor: z.union([z.string(), z.null()]).optional(),
});

type GpuOutletInvoice = z.output<typeof invoiceSchema>;

/** The kind from `reason` and the amount's sign; an unknown reason is noted and taken as a bill. */
function kindOf(raw: GpuOutletInvoice, id: string, notes: WordNotes): InvoiceKind {
  if (raw.amountCents < 0) return 'credit_note';
  if (raw.reason === null) return 'invoice';
  const known = lookupKind(raw.reason, KINDS);
  if (known === undefined) notes.type(raw.reason, id, 'invoice');
  return known ?? 'invoice';
}

function mapInvoice(ctx: ConnectorContext, raw: GpuOutletInvoice, notes: WordNotes) {
  const total = Math.abs(raw.amountCents);
  const kind = kindOf(raw, invoiceId(ctx.account.id, raw.id), notes);
  const status = mapStatus(raw.status, STATUS, { paidAt: raw.paidAt ?? null, amountDue: kind === 'credit_note' ? null : total });
  const lineItems = (raw.lineItems ?? []).map((li) => ({
    description: li.description ?? '',
    quantity: null,
    unitAmount: null,
    amount: li.amountCents,
    periodStart: li.periodStart ?? null,
    periodEnd: li.periodEnd ?? null,
  }));
  const reason = raw.reason === null ? null : (REASONS[raw.reason] ?? raw.reason);
  return makeInvoice(ctx, 'gpuoutlet', {
    providerInvoiceId: raw.id,
    number: null,
    status,
    rawStatus: raw.status,
    kind,
    currency: raw.currency,
    total,
    ...splitByStatus(total, status, kind),
    issuedAt: raw.createdAt ?? null,
    dueAt: raw.dueAt ?? null,
    paidAt: raw.paidAt ?? null,
    periodStart: null,
    periodEnd: null,
    description: lineItems.find((li) => li.description !== '')?.description ?? reason,
    payUrl: raw.hostedInvoiceUrl,
    pdfUrl: raw.invoicePdfUrl,
    receiptUrl: raw.receiptUrl,
    lineItems,
    updatedAt: null,
  });
}

const errorSpec: ErrorSpec = {
  name: NAME,
  read(bodyText) {
    const body = asRecord(parseJson(bodyText));
    return { code: asText(body?.error)?.toLowerCase() ?? null, message: asText(body?.message) };
  },
  authMessage: () => `${NAME} rejected the session cookie: sign in at gpuoutlet.ai, copy the sid cookie again and paste the fresh sid.`,
  codeKinds: { unauthorized: 'auth', forbidden: 'auth', not_found: 'config', rate_limited: 'rate_limited', internal_error: 'server' },
};

export const gpuOutletConnector: Connector = {
  provider: 'gpuoutlet',
  pagination: 'cursor',
  pageSize: PAGE_SIZE,
  rateLimit: { perMinute: 100, perHour: 1000, maxRetriesWithoutRetryAfter: 3 },

  peekNext(body) {
    return cursorText(at(body, 'nextCursor'));
  },

  buildPageRequest(ctx, cursor, statusFilter) {
    const query: Array<[string, string]> = [['limit', String(PAGE_SIZE)]];
    // The API takes the literal word `void` (the SDK's `void_` is a TypeScript-only spelling).
    if (statusFilter !== undefined) query.push(['status', statusFilter]);
    if (cursor !== null) query.push(['cursor', cursor]);
    return {
      url: buildUrl(ctx.baseUrl, '/v1/billing/invoices', query),
      headers: { Accept: 'application/json', Cookie: `sid=${cleanSecret(ctx.secret, /^sid=/i, 'gpuoutlet')}` },
    };
  },

  parsePage(body, ctx, pageLabel): PageResult {
    const page = parseBody(gpuOutletPageSchema, body, NAME, pageLabel);
    const next = page.nextCursor === undefined || page.nextCursor === null || page.nextCursor === '' ? null : page.nextCursor;
    const notes = new WordNotes();
    const invoices = page.data.map((raw) => mapInvoice(ctx, raw, notes));
    return { invoices, next, total: null, pageCount: null, warnings: notes.list(invoices) };
  },

  classifyError: (input) => classifyWith(errorSpec, input),
};

/**
 * OnePin: `GET {base}/api/v1/users/me/invoices`, `Authorization: Bearer <token>` (a Clerk JWT or an
 * op_live_ key: either is sent as an opaque bearer token). Stripe-like cursor paging: `limit`,
 * `starting_after=<last invoice id>`, `has_more`. No status filter exists (ignored). Statuses beyond
 * "paid" are UNCONFIRMED: Stripe's words are mapped; any other word is kept raw and shown as Unknown
 * (never as open), or as paid when nothing is left to pay. OnePin lists invoices only: a negative
 * amount is a credit note.
 */
import { z } from 'zod';
import { providerName } from '../../../src-shared/domain';
import type { InvoiceStatus } from '../../../src-shared/domain';
import { badResponse } from '../errors';
import { asRecord, asText, classifyWith, parseJson } from './classify';
import type { ErrorSpec, ProviderErrorDetails } from './classify';
import { bearerHeaders, buildUrl, makeInvoice, mapStatus, statusWarnings } from './map-helpers';
import { currencyCode, idText, isoDateTime, minorUnits, optionalText, optionalUrl, parseBody, unixSeconds } from './schema-helpers';
import { at, cursorText, lastOf } from './peek';
import type { Connector, ConnectorContext, PageResult } from './types';

const NAME = providerName('onepin');
const PAGE_SIZE = 100;

const STATUS: Readonly<Record<string, InvoiceStatus>> = {
  draft: 'draft',
  open: 'open',
  paid: 'paid',
  void: 'void',
  uncollectible: 'uncollectible',
};

/** Times are documented as ISO strings; Stripe-style unix seconds are accepted too. */
const time = z.union([isoDateTime, unixSeconds], { error: 'expected an ISO 8601 date-time' });

const invoiceSchema = z.object({
  id: idText,
  number: optionalText,
  status: z.string({ error: 'expected a status word' }),
  amount_due: minorUnits,
  amount_paid: minorUnits.nullish(),
  currency: currencyCode,
  period_start: time.nullish(),
  period_end: time.nullish(),
  created: time.nullish(),
  hosted_invoice_url: optionalUrl,
  invoice_pdf: optionalUrl,
});

export const onePinPageSchema = z.object({
  data: z.object({
    invoices: z.array(invoiceSchema),
    has_more: z.boolean({ error: 'expected true or false' }),
  }),
});

type OnePinInvoice = z.output<typeof invoiceSchema>;

function mapInvoice(ctx: ConnectorContext, raw: OnePinInvoice) {
  const credit = raw.amount_due < 0;
  const paid = Math.max(0, raw.amount_paid ?? 0);
  const remaining = credit ? 0 : Math.max(0, raw.amount_due - paid);
  const status = mapStatus(raw.status, STATUS, { paidAt: null, amountDue: credit ? null : remaining });
  const settled = status === 'paid' || status === 'void';
  return makeInvoice(ctx, 'onepin', {
    providerInvoiceId: raw.id,
    number: raw.number,
    status,
    rawStatus: raw.status,
    kind: credit ? 'credit_note' : 'invoice',
    currency: raw.currency,
    total: Math.abs(raw.amount_due),
    amountDue: settled ? 0 : remaining,
    amountPaid: paid,
    issuedAt: raw.created ?? null,
    dueAt: null,
    paidAt: null,
    periodStart: raw.period_start ?? null,
    periodEnd: raw.period_end ?? null,
    description: null,
    payUrl: raw.hosted_invoice_url,
    pdfUrl: raw.invoice_pdf,
    receiptUrl: null,
    lineItems: [],
    updatedAt: null,
  });
}

/** `{error: {code, message, details: [{field, message}]}}` or FastAPI's `{detail: [{loc, msg, type}]}` / `{detail: "..."}`. */
function readError(bodyText: string): ProviderErrorDetails {
  const body = asRecord(parseJson(bodyText));
  const requestId = asText(asRecord(body?.meta)?.request_id);
  const error = asRecord(body?.error);
  if (error !== null) {
    const detail = Array.isArray(error.details) ? asRecord(error.details[0]) : null;
    const field = detail === null ? null : [asText(detail.field), asText(detail.message)].filter((t) => t !== null).join(': ');
    const message = asText(error.message);
    return {
      code: asText(error.code)?.toLowerCase() ?? null,
      message: field === null || field === '' ? message : `${message ?? 'Invalid request'} (${field})`,
      requestId,
    };
  }
  if (typeof body?.detail === 'string') return { code: null, message: asText(body.detail), requestId };
  if (Array.isArray(body?.detail)) {
    const first = asRecord(body.detail[0]);
    const loc = Array.isArray(first?.loc) ? first.loc.filter((p) => typeof p === 'string' || typeof p === 'number').join('.') : null;
    const msg = asText(first?.msg);
    return { code: asText(first?.type), message: msg === null ? null : loc === null || loc === '' ? msg : `${loc}: ${msg}`, requestId };
  }
  return { code: null, message: null, requestId };
}

const errorSpec: ErrorSpec = {
  name: NAME,
  read: readError,
  authMessage: () => `${NAME} rejected the token: copy a fresh token from the OnePin dashboard (Settings > API) and enter it again.`,
  codeKinds: {
    invalid_api_key: 'auth',
    forbidden: 'auth',
    unauthorized: 'auth',
    not_found: 'config',
    bad_request: 'config',
    validation_error: 'config',
    rate_limited: 'rate_limited',
    server_error: 'server',
  },
};

export const onePinConnector: Connector = {
  provider: 'onepin',
  pagination: 'cursor',
  pageSize: PAGE_SIZE,
  rateLimit: { maxRetriesWithoutRetryAfter: 3 },

  peekNext(body) {
    const hasMore = at(body, 'data', 'has_more');
    if (hasMore === false) return null;
    return hasMore === true ? (cursorText(at(lastOf(body, 'data', 'invoices'), 'id')) ?? undefined) : undefined;
  },

  /** OnePin has no status filter: `statusFilter` is ignored and every invoice is returned. */
  buildPageRequest(ctx, cursor) {
    const query: Array<[string, string]> = [['limit', String(PAGE_SIZE)]];
    if (cursor !== null) query.push(['starting_after', cursor]);
    return { url: buildUrl(ctx.baseUrl, '/api/v1/users/me/invoices', query), headers: bearerHeaders(ctx.secret, 'onepin') };
  },

  parsePage(body, ctx, pageLabel): PageResult {
    const page = parseBody(onePinPageSchema, body, NAME, pageLabel);
    const { invoices, has_more: hasMore } = page.data;
    const last = invoices.at(-1);
    if (hasMore && last === undefined) {
      throw badResponse(NAME, pageLabel, 'data.invoices', 'has_more is true but the page holds no invoices to continue after');
    }
    const mapped = invoices.map((raw) => mapInvoice(ctx, raw));
    return {
      invoices: mapped,
      next: hasMore && last !== undefined ? last.id : null,
      total: null,
      pageCount: null,
      warnings: statusWarnings(mapped),
    };
  },

  classifyError: (input) => classifyWith(errorSpec, input),
};

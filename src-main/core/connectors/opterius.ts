/**
 * Opterius Commerce (self-hosted): `GET {base}/api/v1/invoices`, `Authorization: Bearer <token>`.
 * Page-numbered (`page`, `per_page` up to 100); page 1's `meta.last_page` makes the remaining pages
 * independent. Money is in minor units; `due_date` is a calendar date and stays one.
 *
 * Status filter: open -> unpaid, paid -> paid, void -> cancelled. Opterius has no "uncollectible", so
 * that filter is not sent and every invoice comes back: a filter is a server-side narrowing, never a
 * guarantee, and callers re-check statuses on the mapped invoices.
 */
import { z } from 'zod';
import { providerName } from '../../../src-shared/domain';
import type { InvoiceStatus } from '../../../src-shared/domain';
import { badResponse } from '../errors';
import { asRecord, asText, classifyWith, parseJson } from './classify';
import type { ErrorSpec } from './classify';
import { bearerHeaders, buildUrl, makeInvoice, mapStatus, statusWarnings } from './map-helpers';
import { currencyCode, dueDate, idText, isoDateTime, minorUnits, optionalText, parseBody } from './schema-helpers';
import type { Connector, ConnectorContext, PageResult } from './types';

const NAME = providerName('opterius');
const PAGE_SIZE = 100;

const STATUS: Readonly<Record<string, InvoiceStatus>> = {
  unpaid: 'open',
  overdue: 'overdue',
  paid: 'paid',
  cancelled: 'void',
  canceled: 'void',
  draft: 'draft',
};

const FILTERS: Readonly<Partial<Record<'open' | 'paid' | 'void' | 'uncollectible', string>>> = {
  open: 'unpaid',
  paid: 'paid',
  void: 'cancelled',
};

const invoiceSchema = z.object({
  id: idText,
  invoice_number: optionalText,
  status: z.string({ error: 'expected a status word' }),
  total: minorUnits,
  amount_due: minorUnits,
  currency_code: currencyCode,
  due_date: dueDate.nullish(),
  paid_at: isoDateTime.nullish(),
  created_at: isoDateTime.nullish(),
});

const pageNumber = z.coerce.number({ error: 'expected a page number' }).int({ error: 'expected a page number' }).min(0);

export const opteriusPageSchema = z.object({
  data: z.array(invoiceSchema),
  meta: z.object({
    current_page: pageNumber,
    last_page: pageNumber,
    per_page: pageNumber.nullish().catch(null),
    total: z.int().nonnegative().nullish(),
  }),
});

type OpteriusInvoice = z.output<typeof invoiceSchema>;

/** Opterius lists invoices only; a negative total is a credit note (shown as such, never owed). */
function mapInvoice(ctx: ConnectorContext, raw: OpteriusInvoice) {
  const credit = raw.total < 0;
  const amountDue = credit ? 0 : Math.max(0, raw.amount_due);
  return makeInvoice(ctx, 'opterius', {
    providerInvoiceId: raw.id,
    number: raw.invoice_number,
    status: mapStatus(raw.status, STATUS, { paidAt: raw.paid_at ?? null, amountDue: credit ? null : amountDue }),
    rawStatus: raw.status,
    kind: credit ? 'credit_note' : 'invoice',
    currency: raw.currency_code,
    total: Math.abs(raw.total),
    amountDue,
    amountPaid: credit ? 0 : Math.max(0, raw.total - amountDue),
    issuedAt: raw.created_at ?? null,
    dueAt: raw.due_date ?? null,
    paidAt: raw.paid_at ?? null,
    periodStart: null,
    periodEnd: null,
    description: null,
    payUrl: null,
    pdfUrl: null,
    receiptUrl: null,
    lineItems: [],
    updatedAt: null,
  });
}

/** Laravel-style `{message, errors: {field: [text, ...]}}`: the first field error is the useful part. */
function firstFieldError(errors: unknown): string | null {
  const record = asRecord(errors);
  if (record === null) return null;
  for (const [field, value] of Object.entries(record)) {
    const text = Array.isArray(value) ? asText(value[0]) : asText(value);
    if (text !== null) return `${field}: ${text}`;
  }
  return null;
}

const errorSpec: ErrorSpec = {
  name: NAME,
  read(bodyText) {
    const body = asRecord(parseJson(bodyText));
    const message = asText(body?.message);
    const field = firstFieldError(body?.errors);
    return { code: null, message: field === null ? message : message === null ? field : `${message} ${field}` };
  },
  authMessage: (host) =>
    `${host === null ? NAME : `${NAME} at ${host}`} rejected the API token: create a new token in the client portal and enter it again.`,
};

export const opteriusConnector: Connector = {
  provider: 'opterius',
  pagination: 'page',
  pageSize: PAGE_SIZE,
  rateLimit: { maxRetriesWithoutRetryAfter: 3 },

  /** `cursor` is the page number as text; null is page 1. */
  buildPageRequest(ctx, cursor, statusFilter) {
    const page = cursor === null ? 1 : Number(cursor);
    if (!Number.isSafeInteger(page) || page < 1) throw new RangeError(`Opterius page cursor must be a page number, got ${JSON.stringify(cursor)}`);
    const query: Array<[string, string]> = [
      ['page', String(page)],
      ['per_page', String(PAGE_SIZE)],
    ];
    const status = statusFilter === undefined ? undefined : FILTERS[statusFilter];
    if (status !== undefined) query.push(['status', status]);
    return { url: buildUrl(ctx.baseUrl, '/api/v1/invoices', query), headers: bearerHeaders(ctx.secret, 'opterius') };
  },

  parsePage(body, ctx, pageLabel): PageResult {
    const page = parseBody(opteriusPageSchema, body, NAME, pageLabel);
    const { current_page: current, last_page: last, per_page: perPage, total } = page.meta;
    // Laravel's paginator: last_page = max(1, ceil(total / per_page)). A page whose own numbers disagree
    // cannot be trusted to say how many pages there are.
    if (total !== null && total !== undefined && perPage !== null && perPage !== undefined && perPage > 0) {
      const expected = Math.max(1, Math.ceil(total / perPage));
      if (Math.max(1, last) !== expected) {
        throw badResponse(NAME, pageLabel, 'meta.last_page', `${last} pages do not fit ${total} invoices at ${perPage} per page`);
      }
    }
    const invoices = page.data.map((raw) => mapInvoice(ctx, raw));
    return {
      invoices,
      next: current < last ? String(current + 1) : null,
      total: total ?? null,
      pageCount: Math.max(1, last),
      reportedPage: current,
      warnings: statusWarnings(invoices),
    };
  },

  classifyError: (input) => classifyWith(errorSpec, input),
};

/**
 * Commet: `GET {base}/api/v1/invoices`, `x-api-key: <key>`. Cursor paging (`cursor=<nextCursor>`,
 * stop when `hasMore` is false or `nextCursor` is null). Two response shapes are accepted:
 * `{success:true, data, hasMore, nextCursor}` and the newer `{object:"list", data, hasMore, nextCursor}`
 * whose items drop `lineItems`, `creditApplied`, `planName`, `poNumber`, `reference`.
 */
import { z } from 'zod';
import { invoiceId, providerName } from '../../../src-shared/domain';
import type { InvoiceKind, InvoiceStatus } from '../../../src-shared/domain';
import { UserFacingError } from '../errors';
import { asRecord, asText, classifyWith, parseJson } from './classify';
import type { ErrorSpec } from './classify';
import { buildUrl, cleanSecret, lookupKind, makeInvoice, mapStatus, splitByStatus, WordNotes } from './map-helpers';
import { dueDate, idText, isoDateTime, looseCurrencyCode, minorUnits, optionalText, parseBody } from './schema-helpers';
import { at, cursorText } from './peek';
import type { Connector, ConnectorContext, PageResult } from './types';

const NAME = providerName('commet');
const PAGE_SIZE = 100;

const STATUS: Readonly<Record<string, InvoiceStatus>> = {
  draft: 'draft',
  outstanding: 'open',
  overdue: 'overdue',
  paid: 'paid',
  void: 'void',
  uncollectible: 'uncollectible',
};

/**
 * `invoiceType` to a kind: buying credits and topping up the balance are prepayments; everything else
 * bills for a plan, usage or a change. A negative total is a credit note, whatever the type; an
 * unknown type is noted and taken as a bill (Commet lists invoices, and the status says if it is owed).
 */
const KINDS: Readonly<Record<string, InvoiceKind>> = {
  recurring: 'invoice',
  overage: 'invoice',
  plan_change: 'invoice',
  adjustment: 'invoice',
  addon_activation: 'invoice',
  one_time_payment: 'invoice',
  reactivation: 'invoice',
  credit_purchase: 'prepayment',
  balance_topup: 'prepayment',
};

const FILTERS: Readonly<Record<'open' | 'paid' | 'void' | 'uncollectible', string>> = {
  open: 'outstanding',
  paid: 'paid',
  void: 'void',
  uncollectible: 'uncollectible',
};

const lineItemSchema = z.object({
  description: optionalText,
  featureName: optionalText,
  quantity: z.number({ error: 'expected a number' }).nullish(),
  unitAmount: minorUnits.nullish(),
  amount: minorUnits,
});

const invoiceSchema = z.object({
  id: idText,
  invoiceNumber: optionalText,
  status: z.string({ error: 'expected a status word' }),
  invoiceType: optionalText,
  currency: looseCurrencyCode,
  total: minorUnits,
  periodStart: isoDateTime.nullish(),
  periodEnd: isoDateTime.nullish(),
  issueDate: isoDateTime.nullish(),
  dueDate: dueDate.nullish(),
  planName: optionalText,
  memo: optionalText,
  createdAt: isoDateTime.nullish(),
  updatedAt: isoDateTime.nullish(),
  lineItems: z.array(lineItemSchema).nullish(),
});

/** Both shapes: the discriminating keys (`success`, `object`) are accepted and otherwise ignored. */
export const commetPageSchema = z.object({
  success: z.literal(true).optional(),
  object: z.string().optional(),
  data: z.array(invoiceSchema),
  hasMore: z.boolean({ error: 'expected true or false' }),
  nextCursor: z.union([z.string(), z.null()]).optional(),
});

type CommetInvoice = z.output<typeof invoiceSchema>;

function kindOf(raw: CommetInvoice, id: string, notes: WordNotes): InvoiceKind {
  if (raw.total < 0) return 'credit_note';
  if (raw.invoiceType === null) return 'invoice';
  const known = lookupKind(raw.invoiceType, KINDS);
  if (known === undefined) notes.type(raw.invoiceType, id, 'invoice');
  return known ?? 'invoice';
}

function mapInvoice(ctx: ConnectorContext, raw: CommetInvoice, notes: WordNotes) {
  const total = Math.abs(raw.total);
  const kind = kindOf(raw, invoiceId(ctx.account.id, raw.id), notes);
  const status = mapStatus(raw.status, STATUS, { paidAt: null, amountDue: kind === 'credit_note' ? null : total });
  return makeInvoice(ctx, 'commet', {
    providerInvoiceId: raw.id,
    number: raw.invoiceNumber,
    status,
    rawStatus: raw.status,
    kind,
    currency: raw.currency,
    total,
    ...splitByStatus(total, status, kind),
    issuedAt: raw.issueDate ?? raw.createdAt ?? null,
    dueAt: raw.dueDate ?? null,
    paidAt: null,
    periodStart: raw.periodStart ?? null,
    periodEnd: raw.periodEnd ?? null,
    description: raw.memo ?? raw.planName,
    payUrl: null,
    pdfUrl: null,
    receiptUrl: null,
    lineItems: (raw.lineItems ?? []).map((li) => ({
      description: li.description ?? li.featureName ?? '',
      quantity: li.quantity ?? null,
      unitAmount: li.unitAmount ?? null,
      amount: li.amount,
      periodStart: null,
      periodEnd: null,
    })),
    updatedAt: raw.updatedAt ?? null,
  });
}

const errorSpec: ErrorSpec = {
  name: NAME,
  read(bodyText) {
    const error = asRecord(asRecord(parseJson(bodyText))?.error);
    const param = asText(error?.param);
    const message = asText(error?.message);
    return {
      code: (asText(error?.type) ?? asText(error?.code))?.toLowerCase() ?? null,
      message: param === null || message === null ? message : `${message} (${param})`,
    };
  },
  authMessage: () => `${NAME} rejected the API key: create a new key in the Commet dashboard (Developers > API keys) and enter it again.`,
  codeKinds: {
    authentication_error: 'auth',
    permission_error: 'auth',
    not_found_error: 'config',
    validation_error: 'config',
    invalid_request_error: 'config',
    rate_limit_error: 'rate_limited',
    api_error: 'server',
  },
};

export const commetConnector: Connector = {
  provider: 'commet',
  pagination: 'cursor',
  pageSize: PAGE_SIZE,
  // Commet sends Retry-After on 429; without it, retry at most twice.
  rateLimit: { maxRetriesWithoutRetryAfter: 2 },

  peekNext(body) {
    const hasMore = at(body, 'hasMore');
    if (hasMore === false) return null;
    return hasMore === true ? cursorText(at(body, 'nextCursor')) : undefined;
  },

  buildPageRequest(ctx, cursor, statusFilter) {
    const query: Array<[string, string]> = [['limit', String(PAGE_SIZE)]];
    if (statusFilter !== undefined) query.push(['status', FILTERS[statusFilter]]);
    if (cursor !== null) query.push(['cursor', cursor]);
    return {
      url: buildUrl(ctx.baseUrl, '/api/v1/invoices', query),
      headers: { Accept: 'application/json', 'x-api-key': cleanSecret(ctx.secret, /^x-api-key:\s*/i, 'commet') },
    };
  },

  parsePage(body, ctx, pageLabel): PageResult {
    const record = asRecord(body);
    if (record !== null && record.success === false) {
      const info = commetConnector.classifyError({ status: 0, bodyText: JSON.stringify(body), headers: new Headers(), ctx });
      throw new UserFacingError(info, `${NAME} ${pageLabel}: error in a 200 response`);
    }
    const page = parseBody(commetPageSchema, body, NAME, pageLabel);
    const cursor = page.nextCursor;
    const next = page.hasMore && cursor !== undefined && cursor !== null && cursor !== '' ? cursor : null;
    const notes = new WordNotes();
    const invoices = page.data.map((raw) => mapInvoice(ctx, raw, notes));
    return { invoices, next, total: null, pageCount: null, warnings: notes.list(invoices) };
  },

  classifyError: (input) => classifyWith(errorSpec, input),
};

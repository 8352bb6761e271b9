/**
 * Vast.ai: `GET {base}/api/v1/invoices/`, `Authorization: Bearer <key>` (billing_read scope).
 * Parameters go in the query string, each value encoded as the official client does (strings as they
 * are, everything else as JSON). `select_filters.when` is required: we ask for all history up to one
 * day past the clock. Records are a ledger in FLOAT DOLLARS with an inconsistent sign: we keep the
 * exact magnitude in cents and the record's kind separately. There is no status: `end` null = unpaid.
 */
import { z } from 'zod';
import { majorToMinor, providerName } from '../../../src-shared/domain';
import type { InvoiceKind } from '../../../src-shared/domain';
import { SyncError } from '../errors';
import { asRecord, asText, classifyWith, parseJson } from './classify';
import type { ErrorSpec } from './classify';
import { bearerHeaders, buildUrl, makeInvoice, splitByStatus } from './map-helpers';
import { idText, optionalText, parseBody, unixSeconds } from './schema-helpers';
import { at, cursorText } from './peek';
import type { Connector, ConnectorContext, PageResult } from './types';

const NAME = providerName('vastai');
const PAGE_SIZE = 100;
const ONE_DAY_S = 86_400;

const KINDS: Readonly<Record<string, InvoiceKind>> = {
  credit: 'credit',
  transfer: 'transfer',
  payout: 'payout',
  refund: 'refund',
  reserved: 'reserved',
};

/** Float dollars to exact cents of the magnitude (19.99 -> 1999, -35.5 -> 3550). */
const dollars = z.number({ error: 'expected a dollar amount' }).transform((value, ctx) => {
  try {
    return majorToMinor(Math.abs(value), 'USD');
  } catch {
    ctx.issues.push({ code: 'custom', message: 'expected a dollar amount', input: value });
    return z.NEVER;
  }
});

const recordSchema = z.object({
  start: unixSeconds,
  end: unixSeconds.nullish(),
  type: z.string({ error: 'expected a record type' }).nullish(),
  description: optionalText,
  amount: dollars,
  metadata: z.object({ invoice_id: idText }),
});

export const vastPageSchema = z.object({
  success: z.literal(true),
  total: z.int().nonnegative().nullish(),
  next_token: z.union([z.string(), z.int(), z.null()]).optional(),
  results: z.array(recordSchema),
});

type VastRecord = z.output<typeof recordSchema>;

function mapRecord(ctx: ConnectorContext, raw: VastRecord) {
  const paid = raw.end !== null && raw.end !== undefined;
  const status = paid ? 'paid' : 'open';
  const type = raw.type?.trim().toLowerCase() ?? '';
  return makeInvoice(ctx, 'vastai', {
    providerInvoiceId: raw.metadata.invoice_id,
    number: raw.metadata.invoice_id,
    status,
    rawStatus: paid ? 'paid' : 'unpaid',
    kind: Object.hasOwn(KINDS, type) ? (KINDS[type] ?? 'other') : 'other',
    currency: 'USD',
    total: raw.amount,
    ...splitByStatus(raw.amount, status),
    issuedAt: raw.start,
    dueAt: null,
    paidAt: raw.end ?? null,
    periodStart: null,
    periodEnd: null,
    description: raw.description,
    payUrl: null,
    pdfUrl: null,
    receiptUrl: null,
    lineItems: [],
    updatedAt: null,
  });
}

/** A query value as the official client sends it: strings as they are, anything else as JSON. */
function vastParam(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const errorSpec: ErrorSpec = {
  name: NAME,
  read(bodyText) {
    const body = asRecord(parseJson(bodyText));
    if (body === null) {
      // 429s are often plain text ("API requests too frequent: endpoint threshold=...").
      return { code: null, message: asText(bodyText) };
    }
    return { code: asText(body.error)?.toLowerCase() ?? null, message: asText(body.msg) ?? asText(body.message) ?? asText(body.error) };
  },
  authMessage: () => `${NAME} rejected the API key: create a key with the billing_read scope and enter it again.`,
  codeKinds: { auth_error: 'auth', invalid_user_key: 'auth', not_found: 'config' },
  special(input, details) {
    if (details.message !== null && /invalid date range/i.test(details.message) && (input.status === 0 || input.status === 200)) {
      return {
        kind: 'config',
        action: 'contact_provider',
        message: `${NAME} refused the date range Invoice Inbox asked for ("Invalid date range"). Check that this computer's date and time are correct and sync again; if it persists, contact ${NAME} support.`,
      };
    }
    return null;
  },
};

export const vastConnector: Connector = {
  provider: 'vastai',
  pagination: 'cursor',
  pageSize: PAGE_SIZE,
  // Vast enforces a minimum gap per endpoint and identity and sends no Retry-After: the engine grows
  // the gap on each 429 (the official client starts at 0.15 s, x1.5 per attempt).
  rateLimit: { minGapMs: 0, maxRetriesWithoutRetryAfter: 6 },

  peekNext(body) {
    return cursorText(at(body, 'next_token'));
  },

  /** Vast has no status filter: `statusFilter` is ignored and every record is returned. */
  buildPageRequest(ctx, cursor) {
    const lte = Math.floor(ctx.nowMs / 1000) + ONE_DAY_S;
    const query: Array<[string, string]> = [
      ['select_filters', vastParam({ when: { gte: 0, lte } })],
      ['limit', vastParam(PAGE_SIZE)],
      ['latest_first', vastParam(true)],
    ];
    if (cursor !== null) query.push(['after_token', vastParam(cursor)]);
    return { url: buildUrl(ctx.baseUrl, '/api/v1/invoices/', query), headers: bearerHeaders(ctx.secret, 'vastai') };
  },

  parsePage(body, ctx, pageLabel): PageResult {
    const record = asRecord(body);
    if (record !== null && record.success === false) {
      // HTTP 200 carrying an error, e.g. {success:false, error:"Invalid date range"}.
      const info = vastConnector.classifyError({ status: 0, bodyText: JSON.stringify(body), headers: new Headers(), ctx });
      throw new SyncError(info, `${NAME} ${pageLabel}: error in a 200 response`);
    }
    const page = parseBody(vastPageSchema, body, NAME, pageLabel);
    const token = page.next_token;
    const next = token === undefined || token === null || token === '' ? null : String(token);
    return { invoices: page.results.map((raw) => mapRecord(ctx, raw)), next, total: page.total ?? null, pageCount: null };
  },

  classifyError: (input) => classifyWith(errorSpec, input),
};

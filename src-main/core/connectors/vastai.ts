/**
 * Vast.ai: `GET {base}/api/v1/invoices/`, `Authorization: Bearer <key>` (billing_read scope).
 * Parameters go in the query string, each value encoded as the official client does (strings as they
 * are, everything else as JSON). `select_filters.when` is required: we ask for all history up to one
 * day past the clock. Records are a ledger in FLOAT DOLLARS with an inconsistent sign: we keep the
 * exact magnitude in cents and the record's kind separately. There is no status: `end` set = paid.
 *
 * Nothing in this ledger is a bill: Vast is prepaid. Credit purchases (card, crypto, PayPal, Wise) and
 * prepaid reservations are prepayments, received credit transfers are credit notes, refunds are
 * refunds, payouts are other. So no Vast record counts toward what is due; an unknown `type` is shown
 * as Other with a warning naming it.
 */
import { z } from 'zod';
import { invoiceId, majorToMinor, providerName } from '../../../src-shared/domain';
import type { InvoiceKind } from '../../../src-shared/domain';
import { UserFacingError } from '../errors';
import { asRecord, asText, classifyWith, parseJson } from './classify';
import type { ErrorSpec } from './classify';
import { bearerHeaders, buildUrl, lookupKind, makeInvoice, WordNotes } from './map-helpers';
import { idText, optionalText, parseBody, unixSeconds } from './schema-helpers';
import { at, cursorText } from './peek';
import type { Connector, ConnectorContext, PageResult } from './types';

const NAME = providerName('vastai');
const PAGE_SIZE = 100;
const ONE_DAY_S = 86_400;

/** Record types whose kind does not depend on the service. `credit` does (see SERVICE_KINDS). */
const TYPE_KINDS: Readonly<Record<string, InvoiceKind>> = {
  reserved: 'prepayment',
  refund: 'refund',
  payout: 'other',
};

/** `metadata.service` of a credit: how the credit came in. */
const SERVICE_KINDS: Readonly<Record<string, InvoiceKind>> = {
  stripe_payments: 'prepayment',
  bitpay: 'prepayment',
  coinbase: 'prepayment',
  'crypto.com': 'prepayment',
  paypal_manual: 'prepayment',
  wise_manual: 'prepayment',
  instance_prepay: 'prepayment',
  transfer: 'credit_note',
};

/** A transfer the user sent (not received) is not a credit to them. */
const SENT_TRANSFER = /^\s*(?:sent\b|transfer(?:red)?\s+to\b)/i;

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
  metadata: z.object({ invoice_id: idText, service: z.string().nullish().catch(null) }),
});

export const vastPageSchema = z.object({
  success: z.literal(true),
  total: z.int().nonnegative().nullish(),
  next_token: z.union([z.string(), z.int(), z.null()]).optional(),
  results: z.array(recordSchema),
});

type VastRecord = z.output<typeof recordSchema>;

/** The kind from `type` and `metadata.service`; a word Invoice Inbox does not know is noted and shown as Other. */
function kindOf(raw: VastRecord, id: string, notes: WordNotes): InvoiceKind {
  const type = raw.type?.trim().toLowerCase() ?? '';
  const service = raw.metadata.service ?? null;
  if (type === 'transfer') return SENT_TRANSFER.test(raw.description ?? '') ? 'other' : 'credit_note';
  if (type === 'credit' || type === '') {
    // A credit always adds balance; its service says how. Without a type, the service alone decides.
    const byService = lookupKind(service, SERVICE_KINDS);
    if (byService !== undefined) return byService;
    if (type === 'credit') return 'prepayment';
    if (service !== null) notes.type(service, id, 'other');
    return 'other';
  }
  const known = lookupKind(type, TYPE_KINDS);
  if (known === undefined) notes.type(raw.type ?? type, id, 'other');
  return known ?? 'other';
}

function mapRecord(ctx: ConnectorContext, raw: VastRecord, notes: WordNotes) {
  const paid = raw.end !== null && raw.end !== undefined;
  const kind = kindOf(raw, invoiceId(ctx.account.id, raw.metadata.invoice_id), notes);
  return makeInvoice(ctx, 'vastai', {
    providerInvoiceId: raw.metadata.invoice_id,
    number: raw.metadata.invoice_id,
    status: paid ? 'paid' : 'open',
    rawStatus: paid ? 'paid' : 'unpaid',
    kind,
    currency: 'USD',
    total: raw.amount,
    // Nothing in Vast's ledger is owed: every record is money already paid in, credited or paid out.
    amountDue: 0,
    amountPaid: paid ? raw.amount : 0,
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
      throw new UserFacingError(info, `${NAME} ${pageLabel}: error in a 200 response`);
    }
    const page = parseBody(vastPageSchema, body, NAME, pageLabel);
    const token = page.next_token;
    const next = token === undefined || token === null || token === '' ? null : String(token);
    const notes = new WordNotes();
    const invoices = page.results.map((raw) => mapRecord(ctx, raw, notes));
    return { invoices, next, total: page.total ?? null, pageCount: null, warnings: notes.list(invoices) };
  },

  classifyError: (input) => classifyWith(errorSpec, input),
};

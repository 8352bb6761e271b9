import { describe, expect, it } from 'vitest';
import errorSeed from './fixtures/commet.error.seed.json';
import seed from './fixtures/commet.seed.json';
import { jsonHeaders, NOW_MS, queryOf, SECRET, syncErrorFrom, testContext } from './fixtures/context';
import { commetConnector as connector } from './commet';

const ctx = testContext('commet');
const MIN = -9007199254740991;

/** A realistic invoice in the newer list shape (no lineItems, planName, ...). */
const NEWER_ITEM = {
  id: 'inv_c1',
  customerId: 'cus_1',
  subscriptionId: null,
  invoiceNumber: 'CM-0042',
  status: 'outstanding',
  invoiceType: 'overage',
  currency: 'eur',
  subtotal: 1900,
  discountAmount: 0,
  taxAmount: 100,
  total: 2000,
  periodStart: '2026-05-01T00:00:00Z',
  periodEnd: '2026-05-31T23:59:59Z',
  issueDate: null,
  dueDate: '2026-06-15T00:00:00Z',
  memo: null,
  metadata: {},
  createdAt: '2026-06-01T08:00:00Z',
  updatedAt: '2026-06-02T08:00:00Z',
  object: 'invoice',
  livemode: false,
};

describe('Commet parsePage', () => {
  it('parses the seed schema example (placeholder numbers included) and maps every field', () => {
    expect(connector.parsePage(seed, ctx, 'page 1')).toEqual({
      next: 'string',
      total: null,
      pageCount: null,
      warnings: [],
      invoices: [
        {
          id: 'acct-commet:string',
          accountId: 'acct-commet',
          provider: 'commet',
          providerInvoiceId: 'string',
          number: 'string',
          status: 'draft',
          rawStatus: 'draft',
          // The example's placeholder total is negative: a credit note, its magnitude kept.
          kind: 'credit_note',
          currency: 'STRING',
          total: -MIN,
          amountDue: 0,
          amountPaid: 0,
          issuedAt: '2019-08-24T14:15:22.000Z',
          dueAt: '2019-08-24T14:15:22.000Z',
          paidAt: null,
          periodStart: '2019-08-24T14:15:22.000Z',
          periodEnd: '2019-08-24T14:15:22.000Z',
          description: 'string',
          payUrl: null,
          pdfUrl: null,
          receiptUrl: null,
          lineItems: [{ description: 'string', quantity: MIN, unitAmount: MIN, amount: MIN, periodStart: null, periodEnd: null }],
          updatedAt: '2019-08-24T14:15:22.000Z',
        },
      ],
    });
  });

  it('accepts the newer {object:"list"} shape without line items', () => {
    const page = connector.parsePage({ object: 'list', data: [NEWER_ITEM], hasMore: false, nextCursor: null }, ctx, 'page 1');
    expect(page.next).toBeNull();
    expect(page.invoices[0]).toMatchObject({
      providerInvoiceId: 'inv_c1',
      number: 'CM-0042',
      status: 'open',
      rawStatus: 'outstanding',
      currency: 'EUR',
      total: 2000,
      amountDue: 2000,
      amountPaid: 0,
      issuedAt: '2026-06-01T08:00:00.000Z',
      dueAt: '2026-06-15T00:00:00.000Z',
      description: null,
      lineItems: [],
      updatedAt: '2026-06-02T08:00:00.000Z',
    });
  });

  it('maps statuses and money; the status stays as Commet said it (overdue is decided when shown)', () => {
    const cases = [['paid', 'paid', 0, 2000], ['void', 'void', 0, 0], ['uncollectible', 'uncollectible', 0, 0], ['draft', 'draft', 0, 0]] as const;
    for (const [raw, status, due, paid] of cases) {
      const [invoice] = connector.parsePage({ object: 'list', data: [{ ...NEWER_ITEM, status: raw }], hasMore: false }, ctx, 'page 1').invoices;
      expect(invoice).toMatchObject({ status, rawStatus: raw, amountDue: due, amountPaid: paid });
    }
    const later = testContext('commet', { nowMs: Date.parse('2026-06-16T00:00:00Z') });
    expect(connector.parsePage({ object: 'list', data: [NEWER_ITEM], hasMore: false }, later, 'page 1').invoices[0]?.status).toBe('open');
  });

  it('never guesses an unknown status as open: unknown, kept raw, named in a warning', () => {
    const page = connector.parsePage({ object: 'list', data: [{ ...NEWER_ITEM, status: 'mystery' }], hasMore: false }, ctx, 'page 1');
    expect(page.invoices[0]).toMatchObject({ status: 'unknown', rawStatus: 'mystery', amountDue: 2000, amountPaid: 0 });
    expect(page.warnings).toEqual([{ subject: 'status', word: 'mystery', treatedAs: 'unknown', invoiceIds: ['acct-commet:inv_c1'] }]);
    // Nothing to pay settles it (Commet gives no paid time).
    const zero = connector.parsePage({ object: 'list', data: [{ ...NEWER_ITEM, status: 'mystery', total: 0 }], hasMore: false }, ctx, 'page 1');
    expect(zero.invoices[0]).toMatchObject({ status: 'paid', amountDue: 0 });
    expect(zero.warnings).toEqual([]);
  });

  it('classifies each invoice from invoiceType: credit purchases and balance top-ups are prepayments', () => {
    const kindOf = (invoiceType: string | null, total = 2000) =>
      connector.parsePage({ object: 'list', data: [{ ...NEWER_ITEM, invoiceType, total }], hasMore: false }, ctx, 'page 1').invoices[0]?.kind;
    for (const type of ['recurring', 'overage', 'plan_change', 'adjustment', 'addon_activation', 'one_time_payment', 'reactivation']) {
      expect(kindOf(type), type).toBe('invoice');
    }
    expect(kindOf('credit_purchase')).toBe('prepayment');
    expect(kindOf('balance_topup')).toBe('prepayment');
    expect(kindOf(null)).toBe('invoice');
    expect(kindOf('adjustment', -500)).toBe('credit_note');
  });

  it('takes an unknown invoiceType as a bill and names it in a warning', () => {
    const page = connector.parsePage({ object: 'list', data: [{ ...NEWER_ITEM, invoiceType: 'gift_card' }], hasMore: false }, ctx, 'page 1');
    expect(page.invoices[0]?.kind).toBe('invoice');
    expect(page.warnings).toEqual([{ subject: 'type', word: 'gift_card', treatedAs: 'invoice', invoiceIds: ['acct-commet:inv_c1'] }]);
  });

  it('stops when hasMore is false or nextCursor is null', () => {
    expect(connector.parsePage({ ...seed, hasMore: false }, ctx, 'page 1').next).toBeNull();
    expect(connector.parsePage({ ...seed, nextCursor: null }, ctx, 'page 1').next).toBeNull();
    expect(connector.parsePage({ ...seed, nextCursor: 'cur_2' }, ctx, 'page 1').next).toBe('cur_2');
  });

  it('names provider, page and field for a bad value', () => {
    const body = { object: 'list', data: [NEWER_ITEM, { ...NEWER_ITEM, total: '20.00' }], hasMore: false };
    const error = syncErrorFrom(() => connector.parsePage(body, ctx, 'page 7'));
    expect(error.kind).toBe('bad_response');
    expect(error.message).toContain('Commet');
    expect(error.message).toContain('page 7');
    expect(error.message).toContain('data[1].total');
    expect(syncErrorFrom(() => connector.parsePage({ data: [] }, ctx, 'page 1')).message).toContain('"hasMore"');
  });

  it('turns a 200 with success:false into the classified error', () => {
    const error = syncErrorFrom(() => connector.parsePage(errorSeed, ctx, 'page 1'));
    expect(error.kind).toBe('bad_response');
    expect(error.message).toContain('Commet');
  });
});

describe('Commet buildPageRequest', () => {
  it('sends x-api-key, limit 100 and the cursor; never the key in the URL', () => {
    const first = connector.buildPageRequest(ctx, null);
    expect(first.url).toBe('https://commet.co/api/v1/invoices?limit=100');
    expect(first.headers).toEqual({ Accept: 'application/json', 'x-api-key': SECRET });
    expect(queryOf(connector.buildPageRequest(ctx, 'cur_2').url)).toEqual({ limit: '100', cursor: 'cur_2' });
    expect(connector.buildPageRequest(ctx, 'cur_2').url).not.toContain(SECRET);
  });

  it('maps status filters to Commet words', () => {
    const expected = { open: 'outstanding', paid: 'paid', void: 'void', uncollectible: 'uncollectible' } as const;
    for (const [filter, word] of Object.entries(expected)) {
      expect(queryOf(connector.buildPageRequest(ctx, null, filter as keyof typeof expected).url).status).toBe(word);
    }
  });

  it('bounds retries of a 429 without Retry-After', () => {
    expect(connector.rateLimit).toEqual({ maxRetriesWithoutRetryAfter: 2 });
  });
});

describe('Commet classifyError', () => {
  const classify = (status: number, type: string, message: string, headers = jsonHeaders()) =>
    connector.classifyError({
      status,
      bodyText: JSON.stringify({ success: false, error: { type, code: type.replace('_error', ''), message, param: null, details: null, doc_url: 'https://commet.co/docs/errors' } }),
      headers,
      ctx,
    });

  it('reads authentication, not found, validation and rate limit errors', () => {
    const auth = classify(401, 'authentication_error', 'Invalid API key');
    expect(auth).toMatchObject({ kind: 'auth', action: 'reenter_credential' });
    expect(auth.message).toContain('Commet rejected the API key');
    expect(classify(404, 'not_found_error', 'Not found')).toMatchObject({ kind: 'config', action: 'check_base_url' });
    expect(classify(422, 'validation_error', 'limit must be at most 100')).toMatchObject({ kind: 'config', action: 'contact_provider' });
    const limited = classify(429, 'rate_limit_error', 'Too many requests', jsonHeaders({ 'retry-after': 'Wed, 10 Jun 2026 00:00:45 GMT' }));
    expect(limited).toMatchObject({ kind: 'rate_limited', action: 'wait', retryAfter: new Date(NOW_MS + 45_000).toISOString() });
    expect(limited.message).toBe('Commet is rate limiting requests: wait a minute and sync again.');
  });

  it('quotes the request id on server errors', () => {
    const info = classify(503, 'api_error', 'Upstream unavailable', jsonHeaders({ 'x-request-id': 'req_abc123' }));
    expect(info).toMatchObject({ kind: 'server', action: 'retry' });
    expect(info.message).toContain('req_abc123');
  });
});

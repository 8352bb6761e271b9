import { describe, expect, it } from 'vitest';
import seed from './fixtures/vastai.seed.json';
import { jsonHeaders, NOW_MS, queryOf, SECRET, syncErrorFrom, testContext } from './fixtures/context';
import { vastConnector as connector } from './vastai';

const ctx = testContext('vastai');

function withRecord(patch: Record<string, unknown>): unknown {
  return { ...seed, results: [{ ...seed.results[0], ...patch }] };
}

describe('Vast.ai parsePage', () => {
  it('maps every field of the seed page', () => {
    const page = connector.parsePage(seed, ctx, 'page 1');
    expect(page).toEqual({
      next: null,
      total: 42,
      pageCount: null,
      warnings: [],
      invoices: [
        {
          id: 'acct-vastai:4829137',
          accountId: 'acct-vastai',
          provider: 'vastai',
          providerInvoiceId: '4829137',
          number: '4829137',
          status: 'open',
          rawStatus: 'unpaid',
          // A received credit transfer: money credited to the user, never owed.
          kind: 'credit_note',
          currency: 'USD',
          total: 3550,
          amountDue: 0,
          amountPaid: 0,
          issuedAt: '2025-11-03T05:52:03.000Z',
          dueAt: null,
          paidAt: null,
          periodStart: null,
          periodEnd: null,
          description: 'Received credit from sender@vast.ai',
          payUrl: null,
          pdfUrl: null,
          receiptUrl: null,
          lineItems: [],
          updatedAt: null,
        },
        {
          id: 'acct-vastai:4828771',
          accountId: 'acct-vastai',
          provider: 'vastai',
          providerInvoiceId: '4828771',
          number: '4828771',
          status: 'paid',
          rawStatus: 'paid',
          // A card charge that bought credit: a top-up.
          kind: 'prepayment',
          currency: 'USD',
          total: 1999,
          amountDue: 0,
          amountPaid: 1999,
          issuedAt: '2025-11-01T06:54:04.000Z',
          dueAt: null,
          paidAt: '2025-11-01T06:58:21.000Z',
          periodStart: null,
          periodEnd: null,
          description: 'Manual billing from VISA ending in 4412',
          payUrl: null,
          pdfUrl: null,
          receiptUrl: null,
          lineItems: [],
          updatedAt: null,
        },
      ],
    });
  });

  it('converts float dollars exactly, whatever the sign', () => {
    const cases: Array<[number, number]> = [[19.99, 1999], [-19.99, 1999], [35.5, 3550], [0.1 + 0.2, 30], [1.005, 101], [-0.07, 7], [123456.78, 12345678]];
    for (const [amount, cents] of cases) {
      expect(connector.parsePage(withRecord({ amount }), ctx, 'page 1').invoices[0]?.total).toBe(cents);
    }
  });

  it('maps fractional start seconds to ms', () => {
    expect(connector.parsePage(withRecord({ start: 1762149123.4567 }), ctx, 'page 1').invoices[0]?.issuedAt).toBe('2025-11-03T05:52:03.457Z');
  });

  it('classifies each record from its type and metadata.service: nothing in the ledger is owed', () => {
    const record = (type: string | null, service: string, description = 'x') => ({
      ...seed.results[0],
      type,
      description,
      end: null,
      metadata: { invoice_id: 1, service },
    });
    const cases: Array<[ReturnType<typeof record>, string]> = [
      [record('credit', 'stripe_payments', 'Manual billing from VISA ending in 4412'), 'prepayment'],
      [record('credit', 'coinbase', 'Credit purchase via coinbase'), 'prepayment'],
      [record('credit', 'bitpay'), 'prepayment'],
      [record('credit', 'crypto.com'), 'prepayment'],
      [record('credit', 'paypal_manual'), 'prepayment'],
      [record('credit', 'wise_manual'), 'prepayment'],
      [record('credit', 'a_new_gateway'), 'prepayment'],
      [record('credit', 'transfer'), 'credit_note'],
      [record('reserved', 'instance_prepay', 'Prepaid reservation for instance C.1234567'), 'prepayment'],
      [record('transfer', 'transfer', 'Received credit from sender@vast.ai'), 'credit_note'],
      [record('transfer', 'transfer', 'Sent credit to friend@vast.ai'), 'other'],
      [record('refund', 'stripe_payments', 'Refund to VISA ending in 0042'), 'refund'],
      [record('payout', 'paypal_manual', 'Payout via paypal_manual'), 'other'],
      [record(null, 'instance_prepay'), 'prepayment'],
    ];
    for (const [raw, kind] of cases) {
      const [invoice] = connector.parsePage({ ...seed, results: [raw] }, ctx, 'page 1').invoices;
      expect(invoice, `${raw.type}/${raw.metadata.service}`).toMatchObject({ kind, amountDue: 0, status: 'open' });
    }
  });

  it('shows an unknown record type as Other and names it in a warning', () => {
    const page = connector.parsePage({ ...seed, results: [{ ...seed.results[0], type: 'mystery' }, { ...seed.results[1], type: 'mystery' }] }, ctx, 'page 1');
    expect(page.invoices.map((i) => i.kind)).toEqual(['other', 'other']);
    expect(page.warnings).toEqual([{ subject: 'type', word: 'mystery', treatedAs: 'other', invoiceIds: ['acct-vastai:4829137', 'acct-vastai:4828771'] }]);
  });

  it('has no status word: end set is paid, end null is unpaid, and neither is ever unknown', () => {
    const unpaid = connector.parsePage(withRecord({ end: null }), ctx, 'page 1').invoices[0];
    const paid = connector.parsePage(withRecord({ end: 1762149999 }), ctx, 'page 1').invoices[0];
    expect(unpaid).toMatchObject({ status: 'open', rawStatus: 'unpaid', paidAt: null, amountPaid: 0 });
    expect(paid).toMatchObject({ status: 'paid', rawStatus: 'paid', paidAt: '2025-11-03T06:06:39.000Z', amountPaid: 3550 });
  });

  it('reads next_token and stops on null', () => {
    expect(connector.parsePage({ ...seed, next_token: 'tok_abc' }, ctx, 'page 1').next).toBe('tok_abc');
    expect(connector.parsePage({ ...seed, next_token: null }, ctx, 'page 1').next).toBeNull();
  });

  it('turns a 200 {success:false, error:"Invalid date range"} into a clear config error', () => {
    const error = syncErrorFrom(() => connector.parsePage({ success: false, error: 'Invalid date range' }, ctx, 'page 1'));
    expect(error.kind).toBe('config');
    expect(error.message).toContain('Vast.ai');
    expect(error.message).toContain('Invalid date range');
  });

  it('names provider, page and field for a bad amount or id', () => {
    const amount = syncErrorFrom(() => connector.parsePage(withRecord({ amount: '19.99' }), ctx, 'page 2'));
    expect(amount.kind).toBe('bad_response');
    expect(amount.message).toContain('Vast.ai');
    expect(amount.message).toContain('page 2');
    expect(amount.message).toContain('results[0].amount');
    const id = syncErrorFrom(() => connector.parsePage(withRecord({ metadata: {} }), ctx, 'page 4'));
    expect(id.message).toContain('results[0].metadata.invoice_id');
  });
});

describe('Vast.ai buildPageRequest', () => {
  it('JSON-encodes every non-string query value and sends the key as a bearer header', () => {
    const request = connector.buildPageRequest(ctx, null);
    const lte = Math.floor(NOW_MS / 1000) + 86_400;
    expect(queryOf(request.url)).toEqual({
      select_filters: JSON.stringify({ when: { gte: 0, lte } }),
      limit: '100',
      latest_first: 'true',
    });
    expect(request.url.startsWith('https://console.vast.ai/api/v1/invoices/?select_filters=%7B%22when%22')).toBe(true);
    expect(request.headers).toEqual({ Accept: 'application/json', Authorization: `Bearer ${SECRET}` });
    expect(request.url).not.toContain(SECRET);
  });

  it('keeps the same filters on every page and passes after_token', () => {
    const first = queryOf(connector.buildPageRequest(ctx, null).url);
    const second = queryOf(connector.buildPageRequest(ctx, 'tok_abc', 'open').url);
    expect(second).toEqual({ ...first, after_token: 'tok_abc' });
  });

  it('declares a growing minimum gap policy', () => {
    expect(connector.rateLimit).toEqual({ minGapMs: 0, maxRetriesWithoutRetryAfter: 6 });
  });
});

describe('Vast.ai classifyError', () => {
  const classify = (status: number, bodyText: string) => connector.classifyError({ status, bodyText, headers: jsonHeaders(), ctx });

  it('treats 404 auth_error "Invalid user key" and 403 as a rejected key', () => {
    for (const [status, msg] of [[404, 'Invalid user key'], [403, 'This action requires login.'], [401, 'Unauthorized']] as const) {
      const info = classify(status, JSON.stringify({ success: false, error: 'auth_error', msg }));
      expect(info.kind).toBe('auth');
      expect(info.action).toBe('reenter_credential');
      expect(info.message).toContain('Vast.ai rejected the API key: create a key with the billing_read scope and enter it again.');
    }
  });

  it('reads a plain-text 429 without Retry-After', () => {
    const info = classify(429, 'API requests too frequent: endpoint threshold=2.0');
    expect(info).toMatchObject({ kind: 'rate_limited', action: 'wait', retryAfter: null });
    expect(info.message).toContain('Vast.ai is rate limiting requests');
  });

  it('classifies a 404 without auth_error as a wrong address and 5xx as retryable', () => {
    expect(classify(404, 'Not Found')).toMatchObject({ kind: 'config', action: 'check_base_url' });
    expect(classify(503, 'Service Unavailable')).toMatchObject({ kind: 'server', action: 'retry' });
  });

  it('reads a 400 invalid_token as a refused request and keeps the provider text', () => {
    const info = classify(400, JSON.stringify({ success: false, error: 'invalid_token', msg: 'after_token is not valid' }));
    expect(info.kind).toBe('config');
    expect(info.message).toContain('after_token is not valid');
  });
});

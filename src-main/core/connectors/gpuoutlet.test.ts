import { describe, expect, it } from 'vitest';
import seed from './fixtures/gpuoutlet.seed.json';
import { jsonHeaders, NOW_MS, queryOf, SECRET, syncErrorFrom, testContext } from './fixtures/context';
import { gpuOutletConnector as connector } from './gpuoutlet';

const ctx = testContext('gpuoutlet');

function withInvoice(patch: Record<string, unknown>): unknown {
  const first = seed.data[0];
  return { data: [{ ...first, ...patch }] };
}

describe('GPU Outlet parsePage', () => {
  it('maps every field of the seed page', () => {
    const page = connector.parsePage(seed, ctx, 'page 1');
    expect(page).toEqual({
      next: null,
      total: null,
      pageCount: null,
      warnings: [],
      invoices: [
        {
          id: 'acct-gpuoutlet:inv_01HZ3J9...',
          accountId: 'acct-gpuoutlet',
          provider: 'gpuoutlet',
          providerInvoiceId: 'inv_01HZ3J9...',
          number: null,
          status: 'open',
          rawStatus: 'open',
          // reason topup_failed: a declined auto-topup is a top-up, not a bill for usage.
          kind: 'prepayment',
          currency: 'USD',
          total: 10000,
          amountDue: 10000,
          amountPaid: 0,
          issuedAt: '2026-06-07T04:14:22.000Z',
          dueAt: '2026-06-14T04:14:22.000Z',
          paidAt: null,
          periodStart: null,
          periodEnd: null,
          description: 'Auto-topup of $100.00 (card declined)',
          payUrl: 'https://invoice.stripe.com/i/acct_test/abc',
          pdfUrl: 'https://pay.stripe.com/invoice/abc/pdf',
          receiptUrl: null,
          lineItems: [
            { description: 'Auto-topup of $100.00 (card declined)', quantity: null, unitAmount: null, amount: 10000, periodStart: null, periodEnd: null },
          ],
          updatedAt: null,
        },
      ],
    });
  });

  it('keeps the status as GPU Outlet said it: overdue is decided when shown, on the local calendar', () => {
    const later = testContext('gpuoutlet', { nowMs: Date.parse('2026-06-20T04:14:23Z') });
    const [invoice] = connector.parsePage(seed, later, 'page 1').invoices;
    expect(invoice).toMatchObject({ status: 'open', rawStatus: 'open', amountDue: 10000, dueAt: '2026-06-14T04:14:22.000Z' });
  });

  it('maps paid, void, uncollectible and draft, and splits money by status', () => {
    const cases = [
      ['paid', 'paid', 0, 10000],
      ['void', 'void', 0, 0],
      ['uncollectible', 'uncollectible', 0, 0],
      ['draft', 'draft', 0, 0],
    ] as const;
    for (const [raw, status, due, paid] of cases) {
      const [invoice] = connector.parsePage(withInvoice({ status: raw, paidAt: '2026-06-08T00:00:00Z' }), ctx, 'page 1').invoices;
      expect(invoice).toMatchObject({ status, rawStatus: raw, amountDue: due, amountPaid: paid, paidAt: '2026-06-08T00:00:00.000Z' });
    }
  });

  it('classifies each record from its reason and sign', () => {
    const kindOf = (patch: Record<string, unknown>) => connector.parsePage(withInvoice(patch), ctx, 'page 1').invoices[0]?.kind;
    expect(kindOf({ reason: 'topup_failed' })).toBe('prepayment');
    expect(kindOf({ reason: 'overage' })).toBe('invoice');
    expect(kindOf({ reason: 'manual' })).toBe('invoice');
    expect(kindOf({ reason: null })).toBe('invoice');
    // A negative ops-issued record ("Refund correction") credits the user: never owed.
    const [credit] = connector.parsePage(withInvoice({ reason: 'manual', amountCents: -2500 }), ctx, 'page 1').invoices;
    expect(credit).toMatchObject({ kind: 'credit_note', total: 2500, amountDue: 0 });
  });

  it('takes an unknown reason as a bill and names it in a warning', () => {
    const page = connector.parsePage(withInvoice({ reason: 'reserved_capacity' }), ctx, 'page 1');
    expect(page.invoices[0]?.kind).toBe('invoice');
    expect(page.warnings).toEqual([{ subject: 'type', word: 'reserved_capacity', treatedAs: 'invoice', invoiceIds: ['acct-gpuoutlet:inv_01HZ3J9...'] }]);
  });

  it('never guesses an unknown status as open: it is unknown, kept raw and named in a warning', () => {
    const page = connector.parsePage(withInvoice({ status: 'frozen', reason: 'overage' }), ctx, 'page 1');
    expect(page.invoices[0]).toMatchObject({ status: 'unknown', rawStatus: 'frozen', amountDue: 10000, amountPaid: 0 });
    expect(page.warnings).toEqual([{ subject: 'status', word: 'frozen', treatedAs: 'unknown', invoiceIds: ['acct-gpuoutlet:inv_01HZ3J9...'] }]);
  });

  it('settles an unknown status as paid when paidAt is set or nothing is owed', () => {
    const paid = connector.parsePage(withInvoice({ status: 'frozen', paidAt: '2026-06-08T00:00:00Z' }), ctx, 'page 1');
    expect(paid.invoices[0]).toMatchObject({ status: 'paid', rawStatus: 'frozen', amountDue: 0, amountPaid: 10000 });
    expect(paid.warnings).toEqual([]);
    const zero = connector.parsePage(withInvoice({ status: 'frozen', amountCents: 0, lineItems: [] }), ctx, 'page 1');
    expect(zero.invoices[0]).toMatchObject({ status: 'paid', amountDue: 0 });
  });

  it('falls back to the reason when there are no line items', () => {
    const [invoice] = connector.parsePage(withInvoice({ lineItems: [], reason: 'overage' }), ctx, 'page 1').invoices;
    expect(invoice?.description).toBe('Usage overage');
    expect(invoice?.lineItems).toEqual([]);
  });

  it('follows nextCursor and treats its absence as the last page', () => {
    expect(connector.parsePage({ ...seed, nextCursor: 'c_2' }, ctx, 'page 1').next).toBe('c_2');
    expect(connector.parsePage({ ...seed, nextCursor: null }, ctx, 'page 1').next).toBeNull();
    expect(connector.parsePage({ data: [] }, ctx, 'page 1')).toMatchObject({ invoices: [], next: null });
  });

  it('drops hostile URLs to null', () => {
    const body = withInvoice({ hostedInvoiceUrl: 'javascript:alert(1)', invoicePdfUrl: 'file:///etc/passwd', receiptUrl: 'data:text/html,<b>x</b>' });
    const [invoice] = connector.parsePage(body, ctx, 'page 1').invoices;
    expect(invoice).toMatchObject({ payUrl: null, pdfUrl: null, receiptUrl: null });
  });

  it('names provider, page and field when a value has the wrong type', () => {
    const error = syncErrorFrom(() => connector.parsePage(withInvoice({ amountCents: '100.00' }), ctx, 'page 3'));
    expect(error.kind).toBe('bad_response');
    expect(error.message).toContain('GPU Outlet');
    expect(error.message).toContain('page 3');
    expect(error.message).toContain('data[0].amountCents');
    expect(error.message).toContain('expected integer, got string "100.00"');
  });

  it('names a missing field and an unreadable date', () => {
    const { id: _id, ...noId } = seed.data[0] ?? {};
    expect(syncErrorFrom(() => connector.parsePage({ data: [noId] }, ctx, 'page 1')).message).toContain('data[0].id');
    const badDate = syncErrorFrom(() => connector.parsePage(withInvoice({ createdAt: 'yesterday' }), ctx, 'page 2'));
    expect(badDate.message).toContain('data[0].createdAt');
    expect(badDate.message).toContain('expected an ISO 8601 date-time');
    expect(syncErrorFrom(() => connector.parsePage({ invoices: [] }, ctx, 'page 1')).message).toContain('"data"');
  });
});

describe('GPU Outlet buildPageRequest', () => {
  it('sends the session cookie in a header only, with limit 100', () => {
    const request = connector.buildPageRequest(ctx, null);
    expect(request.url).toBe('https://gpuoutlet.ai/v1/billing/invoices?limit=100');
    expect(request.headers).toEqual({ Accept: 'application/json', Cookie: `sid=${SECRET}` });
    expect(request.url).not.toContain(SECRET);
  });

  it('passes the cursor and the literal status word', () => {
    const request = connector.buildPageRequest(ctx, 'c_2/+x', 'void');
    expect(queryOf(request.url)).toEqual({ limit: '100', status: 'void', cursor: 'c_2/+x' });
    for (const status of ['open', 'paid', 'uncollectible'] as const) {
      expect(queryOf(connector.buildPageRequest(ctx, null, status).url).status).toBe(status);
    }
  });

  it('accepts a pasted "sid=" prefix and uses the account base URL', () => {
    const request = connector.buildPageRequest(testContext('gpuoutlet', { secret: ' sid=abc123 ', baseUrl: 'http://127.0.0.1:4010' }), null);
    expect(request.headers.Cookie).toBe('sid=abc123');
    expect(request.url).toBe('http://127.0.0.1:4010/v1/billing/invoices?limit=100');
  });

  it('declares its rate limits', () => {
    expect(connector.rateLimit).toEqual({ perMinute: 100, perHour: 1000, maxRetriesWithoutRetryAfter: 3 });
    expect(connector.pagination).toBe('cursor');
    expect(connector.pageSize).toBe(100);
  });
});

describe('GPU Outlet classifyError', () => {
  const classify = (status: number, body: unknown, headers = jsonHeaders()) =>
    connector.classifyError({ status, bodyText: typeof body === 'string' ? body : JSON.stringify(body), headers, ctx });

  it('asks for a fresh sid on 401 and 403', () => {
    for (const status of [401, 403]) {
      const info = classify(status, { error: status === 401 ? 'unauthorized' : 'forbidden' });
      expect(info.kind).toBe('auth');
      expect(info.action).toBe('reenter_credential');
      expect(info.message).toContain('GPU Outlet rejected the session cookie');
      expect(info.message).toContain('paste the fresh sid');
    }
  });

  it('waits on 429, reading Retry-After seconds', () => {
    const info = classify(429, { error: 'rate_limited', message: 'Too many requests' }, jsonHeaders({ 'retry-after': '30' }));
    expect(info).toMatchObject({ kind: 'rate_limited', action: 'wait', retryAfter: new Date(NOW_MS + 30_000).toISOString() });
    expect(info.message).toBe('GPU Outlet is rate limiting requests: wait a minute and sync again.');
    const hourly = classify(429, { error: 'rate_limited' }, jsonHeaders({ 'retry-after': '1800' }));
    expect(hourly.message).toContain('wait about 30 minutes');
  });

  it('retries on 5xx, checks the base URL on 404, and never echoes the secret', () => {
    expect(classify(500, { error: 'internal_error', message: 'boom' })).toMatchObject({ kind: 'server', action: 'retry' });
    expect(classify(502, '<html><body>Bad gateway</body></html>')).toMatchObject({ kind: 'server', action: 'retry' });
    const notFound = classify(404, { error: 'not_found', message: 'No route' });
    expect(notFound).toMatchObject({ kind: 'config', action: 'check_base_url' });
    const leaky = classify(401, { error: 'unauthorized', message: `session sid=${SECRET} expired` });
    expect(leaky.message).not.toContain(SECRET);
    expect(leaky.message).toContain('expired');
  });
});

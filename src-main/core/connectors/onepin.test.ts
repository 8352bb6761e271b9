import { describe, expect, it } from 'vitest';
import seed from './fixtures/onepin.seed.json';
import { jsonHeaders, queryOf, SECRET, syncErrorFrom, testContext } from './fixtures/context';
import { onePinConnector as connector } from './onepin';

const ctx = testContext('onepin');

function withInvoices(invoices: Array<Record<string, unknown>>, hasMore = false): unknown {
  return { data: { invoices: invoices.map((patch) => ({ ...seed.data.invoices[0], ...patch })), has_more: hasMore }, meta: seed.meta };
}

describe('OnePin parsePage', () => {
  it('maps every field of the seed page', () => {
    expect(connector.parsePage(seed, ctx, 'page 1')).toEqual({
      warnings: [],
      next: null,
      total: null,
      pageCount: null,
      invoices: [
        {
          id: 'acct-onepin:inv_01F8XYZ1234567890',
          accountId: 'acct-onepin',
          provider: 'onepin',
          providerInvoiceId: 'inv_01F8XYZ1234567890',
          number: 'INV-2024-0001',
          status: 'paid',
          rawStatus: 'paid',
          kind: 'invoice',
          currency: 'USD',
          total: 5000,
          amountDue: 0,
          amountPaid: 5000,
          issuedAt: '2024-05-01T10:15:30.000Z',
          dueAt: null,
          paidAt: null,
          periodStart: '2024-04-01T00:00:00.000Z',
          periodEnd: '2024-04-30T23:59:59.000Z',
          description: null,
          payUrl: 'https://billing.onepin.ai/invoices/inv_01F8XYZ1234567890',
          pdfUrl: 'https://billing.onepin.ai/invoices/inv_01F8XYZ1234567890.pdf',
          receiptUrl: null,
          lineItems: [],
          updatedAt: null,
        },
      ],
    });
  });

  it('computes what is still owed; an unknown status is never guessed as open', () => {
    const [open, partial, weird, voided] = connector.parsePage(
      withInvoices([
        { id: 'a', status: 'open', amount_paid: 0 },
        { id: 'b', status: 'open', amount_paid: 1500 },
        { id: 'c', status: 'pending_review', amount_paid: 0 },
        { id: 'd', status: 'void', amount_paid: 0 },
      ]),
      ctx,
      'page 1',
    ).invoices;
    expect(open).toMatchObject({ status: 'open', total: 5000, amountDue: 5000, amountPaid: 0 });
    expect(partial).toMatchObject({ status: 'open', amountDue: 3500, amountPaid: 1500 });
    expect(weird).toMatchObject({ status: 'unknown', rawStatus: 'pending_review', amountDue: 5000 });
    expect(voided).toMatchObject({ status: 'void', amountDue: 0 });
  });

  it('names unknown status words in warnings, one per word with its invoices', () => {
    const page = connector.parsePage(
      withInvoices([
        { id: 'a', status: 'pending_review', amount_paid: 0 },
        { id: 'b', status: 'frozen', amount_paid: 0 },
        { id: 'c', status: 'pending_review', amount_paid: 0 },
      ]),
      ctx,
      'page 1',
    );
    expect(page.warnings).toEqual([
      { subject: 'status', word: 'pending_review', treatedAs: 'unknown', invoiceIds: ['acct-onepin:a', 'acct-onepin:c'] },
      { subject: 'status', word: 'frozen', treatedAs: 'unknown', invoiceIds: ['acct-onepin:b'] },
    ]);
  });

  it('settles an unknown status as paid when nothing is left to pay', () => {
    const [settled] = connector.parsePage(withInvoices([{ id: 'a', status: 'frozen', amount_paid: 5000 }]), ctx, 'page 1').invoices;
    expect(settled).toMatchObject({ status: 'paid', rawStatus: 'frozen', amountDue: 0, amountPaid: 5000 });
  });

  it('lists invoices only: a negative amount is a credit note', () => {
    const [credit, bill] = connector.parsePage(withInvoices([{ id: 'a', status: 'open', amount_due: -700, amount_paid: 0 }, { id: 'b' }]), ctx, 'page 1').invoices;
    expect(credit).toMatchObject({ kind: 'credit_note', total: 700, amountDue: 0 });
    expect(bill?.kind).toBe('invoice');
  });

  it('maps Stripe-like statuses and accepts unix-second times', () => {
    for (const status of ['draft', 'open', 'paid', 'void', 'uncollectible'] as const) {
      expect(connector.parsePage(withInvoices([{ status }]), ctx, 'page 1').invoices[0]?.status).toBe(status);
    }
    expect(connector.parsePage(withInvoices([{ created: 1714558530 }]), ctx, 'page 1').invoices[0]?.issuedAt).toBe('2024-05-01T10:15:30.000Z');
  });

  it('continues after the last invoice id while has_more is true', () => {
    const page = connector.parsePage(withInvoices([{ id: 'inv_1' }, { id: 'inv_2' }], true), ctx, 'page 1');
    expect(page.next).toBe('inv_2');
    const error = syncErrorFrom(() => connector.parsePage({ data: { invoices: [], has_more: true } }, ctx, 'page 2'));
    expect(error.kind).toBe('bad_response');
    expect(error.message).toContain('data.invoices');
  });

  it('drops hostile URLs to null', () => {
    const [invoice] = connector.parsePage(withInvoices([{ hosted_invoice_url: 'JavaScript:alert(1)', invoice_pdf: 'data:application/pdf;base64,AAAA' }]), ctx, 'page 1').invoices;
    expect(invoice).toMatchObject({ payUrl: null, pdfUrl: null });
  });

  it('names provider, page and field for a bad value', () => {
    const error = syncErrorFrom(() => connector.parsePage(withInvoices([{}, { amount_due: '50.00' }]), ctx, 'page 5'));
    expect(error.kind).toBe('bad_response');
    expect(error.message).toContain('OnePin');
    expect(error.message).toContain('page 5');
    expect(error.message).toContain('data.invoices[1].amount_due');
    expect(syncErrorFrom(() => connector.parsePage(withInvoices([{ currency: 'dollars' }]), ctx, 'page 1')).message).toContain('data.invoices[0].currency');
  });
});

describe('OnePin buildPageRequest', () => {
  it('pages with limit and starting_after and sends a bearer token', () => {
    const first = connector.buildPageRequest(ctx, null);
    expect(first.url).toBe('https://api.onepin.ai/api/v1/users/me/invoices?limit=100');
    expect(first.headers).toEqual({ Accept: 'application/json', Authorization: `Bearer ${SECRET}` });
    expect(queryOf(connector.buildPageRequest(ctx, 'inv_2', 'open').url)).toEqual({ limit: '100', starting_after: 'inv_2' });
    expect(connector.buildPageRequest(ctx, 'inv_2').url).not.toContain(SECRET);
  });

  it('does not double a pasted "Bearer " prefix', () => {
    expect(connector.buildPageRequest(testContext('onepin', { secret: 'Bearer op_live_abc' }), null).headers.Authorization).toBe('Bearer op_live_abc');
  });
});

describe('OnePin classifyError', () => {
  const classify = (status: number, body: unknown) =>
    connector.classifyError({ status, bodyText: JSON.stringify(body), headers: jsonHeaders(), ctx });

  it('reads the OnePin error envelope', () => {
    const auth = classify(401, { error: { code: 'INVALID_API_KEY', message: 'Invalid API key' }, meta: { request_id: 'req_1' } });
    expect(auth).toMatchObject({ kind: 'auth', action: 'reenter_credential' });
    expect(auth.message).toContain('OnePin rejected the token');
    const invalid = classify(422, { error: { code: 'VALIDATION_ERROR', message: 'Invalid query', details: [{ field: 'limit', message: 'must be <= 100' }] }, meta: { request_id: 'req_2' } });
    expect(invalid.kind).toBe('config');
    expect(invalid.message).toContain('limit: must be <= 100');
    expect(invalid.message).toContain('req_2');
  });

  it('reads a FastAPI 422', () => {
    const info = classify(422, { detail: [{ loc: ['query', 'limit'], msg: 'Input should be less than or equal to 100', type: 'less_than_equal' }] });
    expect(info.kind).toBe('config');
    expect(info.message).toContain('query.limit: Input should be less than or equal to 100');
  });

  it('classifies rate limits and server errors', () => {
    expect(classify(429, { error: { code: 'RATE_LIMITED', message: 'Slow down' } })).toMatchObject({ kind: 'rate_limited', action: 'wait' });
    expect(classify(500, { error: { code: 'SERVER_ERROR', message: 'Oops' } })).toMatchObject({ kind: 'server', action: 'retry' });
    expect(classify(404, { error: { code: 'NOT_FOUND', message: 'Not found' } })).toMatchObject({ kind: 'config', action: 'check_base_url' });
  });

  it('never echoes a bearer token the provider reflects', () => {
    const info = classify(401, { detail: `Could not validate Bearer ${SECRET}` });
    expect(info.message).not.toContain(SECRET);
    const jwt = classify(401, { detail: 'bad token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl' });
    expect(jwt.message).not.toContain('eyJhbGciOiJIUzI1NiJ9');
  });
});

import { describe, expect, it } from 'vitest';
import seed from './fixtures/opterius.seed.json';
import { jsonHeaders, queryOf, SECRET, syncErrorFrom, testContext } from './fixtures/context';
import { opteriusConnector as connector } from './opterius';

/** Before the seed's due dates, so nothing is derived overdue unless a test says so. */
const ctx = testContext('opterius', { nowMs: Date.parse('2026-04-05T12:00:00Z') });

function withInvoice(patch: Record<string, unknown>, meta = seed.meta): unknown {
  return { data: [{ ...seed.data[1], ...patch }], meta };
}

describe('Opterius parsePage', () => {
  it('maps every field of the seed page and reads pageCount', () => {
    const page = connector.parsePage(seed, ctx, 'page 1');
    expect(page).toEqual({
      next: '2',
      total: 38,
      pageCount: 3,
      reportedPage: 1,
      warnings: [],
      invoices: [
        {
          id: 'acct-opterius:305',
          accountId: 'acct-opterius',
          provider: 'opterius',
          providerInvoiceId: '305',
          number: 'INV-0305',
          status: 'paid',
          rawStatus: 'paid',
          kind: 'invoice',
          currency: 'USD',
          total: 2200,
          amountDue: 0,
          amountPaid: 2200,
          issuedAt: '2026-04-01T00:00:00.000Z',
          dueAt: '2026-04-10',
          paidAt: '2026-04-08T14:33:10.000Z',
          periodStart: null,
          periodEnd: null,
          description: null,
          payUrl: null,
          pdfUrl: null,
          receiptUrl: null,
          lineItems: [],
          updatedAt: null,
        },
        {
          id: 'acct-opterius:306',
          accountId: 'acct-opterius',
          provider: 'opterius',
          providerInvoiceId: '306',
          number: 'INV-0306',
          status: 'open',
          rawStatus: 'unpaid',
          kind: 'invoice',
          currency: 'USD',
          total: 500,
          amountDue: 500,
          amountPaid: 0,
          issuedAt: '2026-04-01T00:00:00.000Z',
          dueAt: '2026-05-01',
          paidAt: null,
          periodStart: null,
          periodEnd: null,
          description: null,
          payUrl: null,
          pdfUrl: null,
          receiptUrl: null,
          lineItems: [],
          updatedAt: null,
        },
      ],
    });
  });

  it('keeps the calendar due date and the status as Opterius said it (overdue is decided when shown)', () => {
    const dayAfter = testContext('opterius', { nowMs: Date.parse('2026-05-02T00:00:00Z') });
    expect(connector.parsePage(seed, dayAfter, 'page 1').invoices[1]).toMatchObject({ status: 'open', rawStatus: 'unpaid', dueAt: '2026-05-01' });
    expect(connector.parsePage(seed, dayAfter, 'page 1').invoices[0]?.status).toBe('paid');
  });

  it('maps overdue and cancelled; JPY amounts stay as given', () => {
    const cases = [['overdue', 'overdue'], ['cancelled', 'void'], ['Canceled', 'void']] as const;
    for (const [raw, status] of cases) {
      expect(connector.parsePage(withInvoice({ status: raw }), ctx, 'page 1').invoices[0]).toMatchObject({ status, rawStatus: raw });
    }
    const yen = connector.parsePage(withInvoice({ currency_code: 'jpy', total: 500, amount_due: 200 }), ctx, 'page 1').invoices[0];
    expect(yen).toMatchObject({ currency: 'JPY', total: 500, amountDue: 200, amountPaid: 300 });
  });

  it('never guesses an unknown status as open: unknown, kept raw, named in a warning', () => {
    const page = connector.parsePage(withInvoice({ status: 'refunded' }), ctx, 'page 1');
    expect(page.invoices[0]).toMatchObject({ status: 'unknown', rawStatus: 'refunded', amountDue: 500 });
    expect(page.warnings).toEqual([{ subject: 'status', word: 'refunded', treatedAs: 'unknown', invoiceIds: ['acct-opterius:306'] }]);
  });

  it('settles an unknown status as paid when paid_at is set or amount_due is zero', () => {
    const withPaidAt = connector.parsePage(withInvoice({ status: 'frozen', paid_at: '2026-04-08T14:33:10Z' }), ctx, 'page 1');
    expect(withPaidAt.invoices[0]).toMatchObject({ status: 'paid', rawStatus: 'frozen' });
    expect(withPaidAt.warnings).toEqual([]);
    const nothingDue = connector.parsePage(withInvoice({ status: 'frozen', amount_due: 0 }), ctx, 'page 1');
    expect(nothingDue.invoices[0]).toMatchObject({ status: 'paid', amountDue: 0, amountPaid: 500 });
  });

  it('takes a negative total as a credit note, never owed', () => {
    const [credit] = connector.parsePage(withInvoice({ total: -1200, subtotal: -1200, amount_due: -1200 }), ctx, 'page 1').invoices;
    expect(credit).toMatchObject({ kind: 'credit_note', total: 1200, amountDue: 0, amountPaid: 0 });
    expect(connector.parsePage(withInvoice({}), ctx, 'page 1').invoices[0]?.kind).toBe('invoice');
  });

  it('reports the page it says it is, and refuses meta whose page count does not fit its total', () => {
    expect(connector.parsePage(withInvoice({}, { current_page: 2, last_page: 3, per_page: 15, total: 38 }), ctx, 'page 2').reportedPage).toBe(2);
    const error = syncErrorFrom(() => connector.parsePage(withInvoice({}, { current_page: 1, last_page: 1, per_page: 15, total: 38 }), ctx, 'page 1'));
    expect(error.kind).toBe('bad_response');
    expect(error.message).toContain('meta.last_page');
    // Without per_page the count cannot be checked here (the sync still checks it across pages).
    expect(connector.parsePage({ data: [], meta: { current_page: 1, last_page: 1, total: 38 } }, ctx, 'page 1').pageCount).toBe(1);
  });

  it('ends on the last page', () => {
    const last = connector.parsePage(withInvoice({}, { current_page: 3, last_page: 3, per_page: 15, total: 38 }), ctx, 'page 3');
    expect(last).toMatchObject({ next: null, pageCount: 3 });
    const empty = connector.parsePage({ data: [], meta: { current_page: 1, last_page: 1, per_page: 100, total: 0 } }, ctx, 'page 1');
    expect(empty).toMatchObject({ invoices: [], next: null, pageCount: 1, total: 0 });
  });

  it('names provider, page and field for a bad money value or missing meta', () => {
    const error = syncErrorFrom(() => connector.parsePage(withInvoice({ total: 22.5 }), ctx, 'page 2'));
    expect(error.kind).toBe('bad_response');
    expect(error.message).toContain('Opterius');
    expect(error.message).toContain('page 2');
    expect(error.message).toContain('data[0].total');
    expect(error.message).toContain('expected integer, got number 22.5');
    expect(syncErrorFrom(() => connector.parsePage({ data: [] }, ctx, 'page 1')).message).toContain('"meta"');
    expect(syncErrorFrom(() => connector.parsePage(withInvoice({ due_date: '2026-02-31' }), ctx, 'page 1')).message).toContain('data[0].due_date');
  });
});

describe('Opterius buildPageRequest', () => {
  it('asks for page N with 100 per page and a bearer token', () => {
    const first = connector.buildPageRequest(ctx, null);
    expect(first.url).toBe('https://billing.example.com/api/v1/invoices?page=1&per_page=100');
    expect(first.headers).toEqual({ Accept: 'application/json', Authorization: `Bearer ${SECRET}` });
    expect(first.url).not.toContain(SECRET);
    expect(queryOf(connector.buildPageRequest(ctx, '3').url)).toEqual({ page: '3', per_page: '100' });
    expect(() => connector.buildPageRequest(ctx, 'abc')).toThrow(RangeError);
  });

  it('maps status filters to Opterius words and sends none for uncollectible', () => {
    expect(queryOf(connector.buildPageRequest(ctx, null, 'open').url).status).toBe('unpaid');
    expect(queryOf(connector.buildPageRequest(ctx, null, 'paid').url).status).toBe('paid');
    expect(queryOf(connector.buildPageRequest(ctx, null, 'void').url).status).toBe('cancelled');
    expect(queryOf(connector.buildPageRequest(ctx, null, 'uncollectible').url).status).toBeUndefined();
  });

  it('is page-numbered', () => {
    expect(connector.pagination).toBe('page');
    expect(connector.rateLimit).toEqual({ maxRetriesWithoutRetryAfter: 3 });
  });
});

describe('Opterius classifyError', () => {
  const classify = (status: number, body: unknown) =>
    connector.classifyError({ status, bodyText: JSON.stringify(body), headers: jsonHeaders(), ctx });

  it('names the install host when the token is rejected', () => {
    const info = classify(401, { message: 'Unauthenticated.' });
    expect(info).toMatchObject({ kind: 'auth', action: 'reenter_credential' });
    expect(info.message).toContain('Opterius at billing.example.com rejected the API token: create a new token in the client portal');
    const noCtx = connector.classifyError({ status: 401, bodyText: '{"message":"Unauthenticated."}', headers: jsonHeaders() });
    expect(noCtx.message).toContain('Opterius rejected the API token');
  });

  it('reads a 422 with field errors', () => {
    const info = classify(422, { message: 'The given data was invalid.', errors: { per_page: ['The per page may not be greater than 100.'] } });
    expect(info.kind).toBe('config');
    expect(info.message).toContain('per_page: The per page may not be greater than 100.');
  });

  it('sends a wrong address to the base URL check, and 5xx to retry', () => {
    expect(classify(404, { message: 'Not Found' })).toMatchObject({ kind: 'config', action: 'check_base_url' });
    expect(classify(500, { message: 'Server Error' })).toMatchObject({ kind: 'server', action: 'retry' });
    expect(classify(429, { message: 'Too Many Attempts.' })).toMatchObject({ kind: 'rate_limited', action: 'wait' });
  });
});

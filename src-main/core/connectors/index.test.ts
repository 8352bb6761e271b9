import { describe, expect, it } from 'vitest';
import { PROVIDER_IDS, providerName } from '../../../src-shared/domain';
import { syncErrorFrom, testContext } from './fixtures/context';
import { connectorFor, connectors } from './index';

/** The smallest record each provider may send: only what the inbox needs; every optional field absent. */
const MINIMAL: Record<string, unknown> = {
  gpuoutlet: { data: [{ id: 'inv_1', status: 'open', amountCents: 100, currency: 'usd' }] },
  vastai: { success: true, results: [{ start: 1762149123, amount: 1.5, metadata: { invoice_id: 1 } }] },
  opterius: { data: [{ id: 1, status: 'unpaid', total: 100, amount_due: 100, currency_code: 'usd' }], meta: { current_page: 1, last_page: 1 } },
  onepin: { data: { invoices: [{ id: 'inv_1', status: 'open', amount_due: 100, currency: 'usd' }], has_more: false } },
  commet: { object: 'list', data: [{ id: 'inv_1', status: 'outstanding', currency: 'usd', total: 100 }], hasMore: false },
};

describe('connector registry', () => {
  it('has one connector per provider, keyed by its own id', () => {
    for (const id of PROVIDER_IDS) {
      expect(connectorFor(id)).toBe(connectors[id]);
      expect(connectorFor(id).provider).toBe(id);
      expect(connectorFor(id).pageSize).toBe(100);
    }
  });

  it('tolerates minimal records with every optional field missing', () => {
    for (const id of PROVIDER_IDS) {
      const ctx = testContext(id);
      const page = connectorFor(id).parsePage(MINIMAL[id], ctx, 'page 1');
      expect(page.next).toBeNull();
      expect(page.invoices).toHaveLength(1);
      const [invoice] = page.invoices;
      expect(invoice?.id.startsWith(`${ctx.account.id}:`)).toBe(true);
      expect(invoice?.currency).toBe('USD');
      expect(invoice?.status).toBe('open');
      expect(Number.isSafeInteger(invoice?.total)).toBe(true);
    }
  });

  it('never puts the secret in a URL and always asks for JSON', () => {
    for (const id of PROVIDER_IDS) {
      const ctx = testContext(id);
      const request = connectorFor(id).buildPageRequest(ctx, id === 'opterius' ? '2' : 'cursor-2', 'open');
      expect(request.url).not.toContain(ctx.secret);
      expect(request.url.startsWith(ctx.baseUrl)).toBe(true);
      expect(request.headers.Accept).toBe('application/json');
      expect(Object.values(request.headers).some((value) => value.includes(ctx.secret))).toBe(true);
    }
  });

  it('refuses a secret no header can carry, without quoting it', () => {
    for (const id of PROVIDER_IDS) {
      for (const secret of ['abc\nSECRETPART', 'abc SECRETPART', 'abc…SECRETPART', '   ']) {
        const error = syncErrorFrom(() => connectorFor(id).buildPageRequest(testContext(id, { secret }), null));
        expect(error.info).toMatchObject({ kind: 'auth', action: 'reenter_credential' });
        expect(error.message).not.toContain('SECRETPART');
      }
    }
  });

  it('classifies 401, 429, 500 and 404 the same way for every provider', () => {
    for (const id of PROVIDER_IDS) {
      const classify = (status: number) => connectorFor(id).classifyError({ status, bodyText: '', headers: new Headers() });
      expect(classify(401)).toMatchObject({ kind: 'auth', action: 'reenter_credential' });
      expect(classify(429)).toMatchObject({ kind: 'rate_limited', action: 'wait' });
      expect(classify(500)).toMatchObject({ kind: 'server', action: 'retry' });
      expect(classify(404)).toMatchObject({ kind: 'config', action: 'check_base_url' });
      expect(classify(418)).toMatchObject({ kind: 'bad_response', action: 'contact_provider' });
      for (const status of [401, 404, 429, 500, 418]) expect(classify(status).message).toContain(providerName(id));
    }
  });
});

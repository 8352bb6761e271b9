import type { Invoice, InvoiceStatus, ProviderId, SyncErrorInfo } from '../../../src-shared/domain';
import { invoiceId, providerName, toIsoUtc } from '../../../src-shared/domain';
import type { Connector, ConnectorContext, PageRequest, PageResult, ProviderErrorInput, RateLimitPolicy } from '../connectors/types';
import { badResponse } from '../errors';

/**
 * A tiny connector for tests that speaks a simple JSON dialect, in both pagination styles:
 * - cursor: GET {base}/invoices?limit=N[&cursor=C] -> { items, next, total }
 * - page:   GET {base}/invoices?per_page=N&page=P  -> { items, page, pageCount, total }
 * Items are TestRecord objects. The secret travels in the Authorization header only.
 */
export interface TestRecord {
  id: string;
  status: 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';
  total: number;
  currency?: string;
  /** ISO date-time. */
  issuedAt: string;
  dueAt?: string | null;
  updatedAt?: string | null;
  description?: string | null;
}

export interface TestConnectorOptions {
  pagination: 'cursor' | 'page';
  pageSize?: number;
  /** Which provider it pretends to be (names in messages). Default gpuoutlet ("GPU Outlet"). */
  provider?: ProviderId;
  rateLimit?: RateLimitPolicy;
}

const STATUSES = new Set<string>(['draft', 'open', 'paid', 'void', 'uncollectible']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toInvoice(raw: unknown, index: number, ctx: ConnectorContext, provider: ProviderId, page: string): Invoice {
  const name = providerName(provider);
  if (!isRecord(raw)) throw badResponse(name, page, `items[${index}]`, 'not an object');
  const { id, status, total, issuedAt } = raw;
  if (typeof id !== 'string' || id === '') throw badResponse(name, page, `items[${index}].id`, 'missing');
  if (typeof status !== 'string' || !STATUSES.has(status)) throw badResponse(name, page, `items[${index}].status`, 'unknown');
  if (typeof total !== 'number' || !Number.isInteger(total)) throw badResponse(name, page, `items[${index}].total`, 'not an integer');
  if (typeof issuedAt !== 'string') throw badResponse(name, page, `items[${index}].issuedAt`, 'missing');
  const dueAt = typeof raw.dueAt === 'string' ? raw.dueAt : null;
  const currency = typeof raw.currency === 'string' ? raw.currency.toUpperCase() : 'USD';
  const paid = status === 'paid';
  return {
    id: invoiceId(ctx.account.id, id),
    accountId: ctx.account.id,
    provider,
    providerInvoiceId: id,
    number: null,
    status: status as InvoiceStatus,
    rawStatus: status,
    kind: 'invoice',
    currency,
    total,
    amountDue: paid || status === 'void' ? 0 : total,
    amountPaid: paid ? total : 0,
    issuedAt: toIsoUtc(issuedAt),
    dueAt,
    paidAt: null,
    periodStart: null,
    periodEnd: null,
    description: typeof raw.description === 'string' ? raw.description : null,
    payUrl: null,
    pdfUrl: null,
    receiptUrl: null,
    lineItems: [],
    updatedAt: typeof raw.updatedAt === 'string' ? raw.updatedAt : null,
  };
}

export function createTestConnector(options: TestConnectorOptions): Connector {
  const provider = options.provider ?? 'gpuoutlet';
  const pageSize = options.pageSize ?? 100;
  const name = providerName(provider);
  return {
    provider,
    pagination: options.pagination,
    pageSize,
    rateLimit: options.rateLimit ?? { maxRetriesWithoutRetryAfter: 2 },

    buildPageRequest(ctx: ConnectorContext, cursor: string | null): PageRequest {
      const params = new URLSearchParams();
      if (options.pagination === 'page') {
        params.set('per_page', String(pageSize));
        params.set('page', cursor ?? '1');
      } else {
        params.set('limit', String(pageSize));
        if (cursor !== null) params.set('cursor', cursor);
      }
      return { url: `${ctx.baseUrl}/invoices?${params.toString()}`, headers: { authorization: `Bearer ${ctx.secret}` } };
    },

    parsePage(body: unknown, ctx: ConnectorContext, pageLabel: string): PageResult {
      if (!isRecord(body)) throw badResponse(name, pageLabel, '(body)', 'not an object');
      const { items } = body;
      if (!Array.isArray(items)) throw badResponse(name, pageLabel, 'items', 'not a list');
      const invoices = items.map((raw, i) => toInvoice(raw, i, ctx, provider, pageLabel));
      const total = typeof body.total === 'number' ? body.total : null;
      if (options.pagination === 'page') {
        const page = typeof body.page === 'number' ? body.page : 1;
        const pageCount = typeof body.pageCount === 'number' ? body.pageCount : null;
        const next = pageCount !== null && page < pageCount ? String(page + 1) : null;
        return { invoices, next, total, pageCount, reportedPage: typeof body.page === 'number' ? body.page : null };
      }
      const next = typeof body.next === 'string' ? body.next : null;
      return { invoices, next, total, pageCount: null };
    },

    classifyError(input: ProviderErrorInput): SyncErrorInfo {
      if (input.status === 401 || input.status === 403) {
        return { kind: 'auth', message: `${name} rejected the credential: enter it again.`, action: 'reenter_credential' };
      }
      if (input.status === 429) return { kind: 'rate_limited', message: `${name} asks us to slow down: try again later.`, action: 'wait' };
      if (input.status >= 500) return { kind: 'server', message: `${name} had a problem (HTTP ${input.status}): try again later.`, action: 'retry' };
      if (input.status === 404) return { kind: 'config', message: `${name} was not found at this address.`, action: 'check_base_url' };
      return { kind: 'bad_response', message: `${name} answered HTTP ${input.status}.`, action: 'contact_provider' };
    },
  };
}

/**
 * Commet: GET /commet/api/v1/invoices with x-api-key, cursor + hasMore paging, RateLimit-* headers.
 * A tenant's `shape` picks the legacy {success, data, ...} answer or the newer {object:"list", ...} one.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { CommetInvoice } from '../data/commet';
import { MODELS } from '../data/models';
import { header, json, requestId } from '../http';
import type { SimResponse } from '../http';
import { decodeIdCursor, encodeIdCursor, filterIndexed, parsePositiveInt, positionAfter, takePage } from '../paging';
import { SlidingWindowLimiter } from '../ratelimit';
import type { TenantState } from '../tenants';
import type { Credential, LimitResult, ListInput, Prepared, ProviderRoute } from './types';

const STATUSES = ['draft', 'outstanding', 'paid', 'void', 'uncollectible'];
const LIST_SHAPE_DROPS = ['lineItems', 'creditApplied', 'planName', 'poNumber', 'reference'] as const;

export interface CommetLimits {
  limit: number;
  windowSec: number;
}

function error(status: number, type: string, code: string, message: string, param: string | null = null, headers: Record<string, string> = {}): SimResponse {
  return json(
    status,
    { success: false, error: { type, code, message, param, details: null, doc_url: `https://docs.commet.co/api-reference/errors#${code}` } },
    { 'x-request-id': requestId(), ...headers },
  );
}

function invalid(param: string, message: string): Prepared {
  return { kind: 'reply', response: error(400, 'validation_error', 'validation_error', message, param) };
}

function listItem(item: CommetInvoice): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...item };
  for (const field of LIST_SHAPE_DROPS) delete copy[field];
  return copy;
}

export function commetRoute(limits: CommetLimits | false): ProviderRoute<'commet'> {
  const model = MODELS.commet;
  const limiter = limits ? new SlidingWindowLimiter([{ limit: limits.limit, windowMs: limits.windowSec * 1000 }]) : null;

  return {
    provider: 'commet',
    defaultRetryAfter: 1,
    isList: (subpath) => subpath === '/api/v1/invoices' || subpath === '/api/v1/invoices/',

    credential(headers: IncomingHttpHeaders): Credential {
      const key = header(headers, 'x-api-key');
      return key ? { kind: 'secret', secret: key } : { kind: 'reply', response: this.unknownCredential() };
    },

    unknownCredential: () => error(401, 'authentication_error', 'unauthorized', 'Invalid or missing API key.'),

    limit(tenant: TenantState<'commet'>, clockMs: number): LimitResult {
      if (!limiter || !limits) return { reply: null, headers: {} };
      const v = limiter.check(tenant.secret, clockMs);
      const resetSec = Math.max(1, Math.ceil((v.resetMs - clockMs) / 1000));
      const headers = {
        'ratelimit-limit': String(v.limit),
        'ratelimit-remaining': String(v.remaining),
        'ratelimit-reset': String(resetSec),
        'ratelimit-policy': `${limits.limit};w=${limits.windowSec}`,
      };
      if (v.allowed) return { reply: null, headers };
      const reply = error(429, 'rate_limit_error', 'rate_limited', 'Too many requests.', null, { ...headers, 'retry-after': String(resetSec) });
      return { reply, headers };
    },

    prepare(tenant: TenantState<'commet'>, { url }: ListInput): Prepared {
      const q = url.searchParams;
      const status = q.get('status');
      if (status !== null && !STATUSES.includes(status)) return invalid('status', `status must be one of ${STATUSES.join(', ')}`);
      const limit = parsePositiveInt(q.get('limit')) ?? 25;
      if (Number.isNaN(limit) || limit > 100) return invalid('limit', 'limit must be an integer between 1 and 100');
      const cursorText = q.get('cursor');
      const cursor = cursorText ? decodeIdCursor(cursorText) : { after: null, page: 1 };
      if (!cursor) return invalid('cursor', 'Invalid cursor');
      const customerId = q.get('customerId');
      const subscriptionId = q.get('subscriptionId');
      const all = tenant.invoices;
      const filtered = filterIndexed(
        all,
        (inv) => (status === null || inv.status === status) && (customerId === null || inv.customerId === customerId) && (subscriptionId === null || inv.subscriptionId === subscriptionId),
      );
      const start = cursor.after === null ? 0 : positionAfter(all, filtered, model.idOf, cursor.after);
      if (start === null) return invalid('cursor', 'Invalid cursor');
      const items = filtered.map((e) => e.item);
      const shape = tenant.shape;
      return {
        kind: 'page',
        page: cursor.page,
        render(fx) {
          const slice = takePage(items, start, limit, fx.duplicate);
          const last = items[Math.min(start + limit, items.length) - 1];
          const hasMore = fx.repeatCursor || slice.hasMore;
          const nextCursor = fx.repeatCursor
            ? encodeIdCursor({ after: null, page: 1 })
            : slice.hasMore && last
              ? encodeIdCursor({ after: model.idOf(last), page: cursor.page + 1 })
              : null;
          const shaped = shape === 'list' ? slice.items.map(listItem) : slice.items;
          const data = fx.items(shaped);
          const body = shape === 'list' ? { object: 'list', data, hasMore, nextCursor } : { success: true, data, hasMore, nextCursor };
          return json(200, body, { 'x-request-id': requestId() });
        },
      };
    },

    rateLimited: (retryAfter) =>
      error(429, 'rate_limit_error', 'rate_limited', 'Too many requests.', null, { 'ratelimit-remaining': '0', ...(retryAfter === null ? {} : { 'retry-after': retryAfter }) }),
    serverError: (status) => error(status, 'api_error', 'internal_error', 'An internal error occurred.'),
    notFound: (path) => error(404, 'not_found_error', 'not_found', `No route for ${path}`),
  };
}

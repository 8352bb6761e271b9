/** GPU Outlet: GET /gpuoutlet/v1/billing/invoices with Cookie sid, cursor pagination, X-RateLimit-*. */
import type { IncomingHttpHeaders } from 'node:http';
import { MODELS } from '../data/models';
import { cookie, json } from '../http';
import type { SimResponse } from '../http';
import { decodeIdCursor, encodeIdCursor, filterIndexed, parsePositiveInt, positionAfter, takePage } from '../paging';
import { SlidingWindowLimiter } from '../ratelimit';
import type { TenantState } from '../tenants';
import type { Credential, LimitResult, ListInput, Prepared, ProviderRoute } from './types';

const STATUSES = ['open', 'paid', 'void', 'uncollectible'];
const MAX_LIMIT = 200;

export interface GpuOutletLimits {
  perMinute: number;
  perHour: number;
}

function error(status: number, code: string, message: string, headers: Record<string, string> = {}): SimResponse {
  return json(status, { error: code, message }, headers);
}

function badRequest(message: string): Prepared {
  return { kind: 'reply', response: error(400, 'invalid_request', message) };
}

export function gpuoutletRoute(limits: GpuOutletLimits | false): ProviderRoute<'gpuoutlet'> {
  const model = MODELS.gpuoutlet;
  const limiter = limits
    ? new SlidingWindowLimiter([
        { limit: limits.perMinute, windowMs: 60_000 },
        { limit: limits.perHour, windowMs: 3_600_000 },
      ])
    : null;

  return {
    provider: 'gpuoutlet',
    defaultRetryAfter: 1,
    isList: (subpath) => subpath === '/v1/billing/invoices' || subpath === '/v1/billing/invoices/',

    credential(headers: IncomingHttpHeaders): Credential {
      const sid = cookie(headers, 'sid');
      return sid ? { kind: 'secret', secret: sid } : { kind: 'reply', response: this.unknownCredential() };
    },

    unknownCredential: () => error(401, 'unauthorized', 'You are signed out. Sign in again to continue.'),

    limit(tenant: TenantState<'gpuoutlet'>, clockMs: number): LimitResult {
      if (!limiter) return { reply: null, headers: {} };
      const v = limiter.check(tenant.secret, clockMs);
      const headers = {
        'x-ratelimit-limit': String(v.limit),
        'x-ratelimit-remaining': String(v.remaining),
        'x-ratelimit-reset': String(Math.ceil(v.resetMs / 1000)),
      };
      if (v.allowed) return { reply: null, headers };
      const retryAfter = String(Math.max(1, Math.ceil((v.resetMs - clockMs) / 1000)));
      return { reply: error(429, 'rate_limited', 'Too many requests. Slow down.', { ...headers, 'retry-after': retryAfter }), headers };
    },

    prepare(tenant: TenantState<'gpuoutlet'>, { url }: ListInput): Prepared {
      const status = url.searchParams.get('status');
      if (status !== null && !STATUSES.includes(status)) return badRequest(`status must be one of ${STATUSES.join(', ')}`);
      const requested = parsePositiveInt(url.searchParams.get('limit'));
      if (Number.isNaN(requested)) return badRequest('limit must be a positive integer');
      const limit = Math.min(requested ?? 50, MAX_LIMIT);
      const cursorText = url.searchParams.get('cursor');
      const cursor = cursorText ? decodeIdCursor(cursorText) : { after: null, page: 1 };
      if (!cursor) return badRequest('invalid cursor');
      const all = tenant.invoices;
      const filtered = filterIndexed(all, (inv) => inv.status !== 'draft' && (status === null || inv.status === status));
      const start = cursor.after === null ? 0 : positionAfter(all, filtered, model.idOf, cursor.after);
      if (start === null) return badRequest('invalid cursor');
      const items = filtered.map((e) => e.item);
      return {
        kind: 'page',
        page: cursor.page,
        render(fx) {
          const slice = takePage(items, start, limit, fx.duplicate);
          const last = items[Math.min(start + limit, items.length) - 1];
          const next = fx.repeatCursor
            ? encodeIdCursor({ after: null, page: 1 })
            : slice.hasMore && last
              ? encodeIdCursor({ after: model.idOf(last), page: cursor.page + 1 })
              : null;
          const data = fx.items(slice.items);
          return json(200, next === null ? { data } : { data, nextCursor: next });
        },
      };
    },

    rateLimited: (retryAfter) =>
      error(429, 'rate_limited', 'Too many requests. Slow down.', { 'x-ratelimit-remaining': '0', ...(retryAfter === null ? {} : { 'retry-after': retryAfter }) }),
    serverError: (status) => error(status, 'internal_error', 'Something went wrong on our side.'),
    notFound: (path) => error(404, 'not_found', `No route for ${path}`),
  };
}

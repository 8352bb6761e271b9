/** Vast.ai: GET /vastai/api/v1/invoices/ with Bearer key, JSON-encoded query params, after_token paging. */
import type { IncomingHttpHeaders } from 'node:http';
import { bearer, json, text } from '../http';
import type { SimResponse } from '../http';
import { decodeCursor, encodeCursor, takePage } from '../paging';
import { MinGapLimiter } from '../ratelimit';
import type { TenantState } from '../tenants';
import type { Credential, LimitResult, ListInput, Prepared, ProviderRoute } from './types';
import { NO_LIMIT } from './types';
import { matches, parseVastQuery, sortRecords } from './vastai-query';

function fail(status: number, error: string, msg: string): SimResponse {
  return json(status, { success: false, error, msg });
}

function tooFrequent(gapMs: number, headers: Record<string, string> = {}): SimResponse {
  return text(429, `API requests too frequent: endpoint threshold=${(gapMs / 1000).toFixed(2)}`, headers);
}

function tokenFor(offset: number, page: number): string {
  return encodeCursor({ o: offset, p: page });
}

function readToken(token: string): { offset: number; page: number } | null {
  const raw = decodeCursor(token);
  if (!raw) return null;
  const { o, p } = raw;
  return typeof o === 'number' && Number.isInteger(o) && o >= 0 && typeof p === 'number' && Number.isInteger(p) && p >= 1 ? { offset: o, page: p } : null;
}

export function vastaiRoute(minGapMs: number): ProviderRoute<'vastai'> {
  const gap = new MinGapLimiter(minGapMs);

  return {
    provider: 'vastai',
    defaultRetryAfter: null,
    isList: (subpath) => subpath === '/api/v1/invoices/' || subpath === '/api/v1/invoices',

    credential(headers: IncomingHttpHeaders): Credential {
      const key = bearer(headers);
      return key ? { kind: 'secret', secret: key } : { kind: 'reply', response: fail(403, 'auth_error', 'This action requires login.') };
    },

    unknownCredential: () => fail(404, 'auth_error', 'Invalid user key'),

    limit(tenant: TenantState<'vastai'>, clockMs: number): LimitResult {
      return gap.check(tenant.secret, clockMs) ? NO_LIMIT : { reply: tooFrequent(minGapMs), headers: {} };
    },

    prepare(tenant: TenantState<'vastai'>, { url }: ListInput): Prepared {
      const parsed = parseVastQuery(url);
      if (!parsed.ok) {
        const error = parsed.reason === 'date_range' ? 'Invalid date range' : 'Invalid filters';
        return { kind: 'reply', response: json(200, { success: false, error }) };
      }
      const q = parsed.query;
      const position = q.afterToken === null ? { offset: 0, page: 1 } : readToken(q.afterToken);
      if (!position) return { kind: 'reply', response: fail(400, 'invalid_token', 'Invalid or expired pagination token.') };
      const records = sortRecords(tenant.invoices.filter((r) => matches(r, q)), q.order);
      return {
        kind: 'page',
        page: position.page,
        render(fx) {
          const slice = takePage(records, position.offset, q.limit, fx.duplicate);
          const next = fx.repeatCursor ? tokenFor(0, 1) : slice.hasMore ? tokenFor(position.offset + q.limit, position.page + 1) : null;
          const results = fx.items(slice.items);
          return json(200, { success: true, count: results.length, total: records.length, results, next_token: next });
        },
      };
    },

    rateLimited: (retryAfter) => tooFrequent(Math.max(minGapMs, 150), retryAfter === null ? {} : { 'retry-after': retryAfter }),
    serverError: (status) => fail(status, 'server_error', 'Internal server error.'),
    notFound: (path) => fail(404, 'not_found', `No route for ${path}`),
  };
}

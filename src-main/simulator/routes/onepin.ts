/** OnePin: GET /onepin/api/v1/users/me/invoices with Bearer token, limit + starting_after paging. */
import type { IncomingHttpHeaders } from 'node:http';
import { MODELS } from '../data/models';
import { bearer, json, requestId } from '../http';
import type { SimResponse } from '../http';
import { filterIndexed, parsePositiveInt, positionAfter, takePage } from '../paging';
import type { TenantState } from '../tenants';
import type { Credential, ListInput, Prepared, ProviderRoute } from './types';
import { NO_LIMIT } from './types';

function meta(): { request_id: string; timestamp: string } {
  return { request_id: requestId(), timestamp: new Date().toISOString() };
}

function error(status: number, code: string, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): SimResponse {
  return json(status, { error: { code, message, ...extra }, meta: meta() }, headers);
}

export function onepinRoute(): ProviderRoute<'onepin'> {
  const model = MODELS.onepin;
  return {
    provider: 'onepin',
    defaultRetryAfter: 1,
    isList: (subpath) => subpath === '/api/v1/users/me/invoices' || subpath === '/api/v1/users/me/invoices/',

    credential(headers: IncomingHttpHeaders): Credential {
      const token = bearer(headers);
      return token ? { kind: 'secret', secret: token } : { kind: 'reply', response: this.unknownCredential() };
    },

    unknownCredential: () => error(401, 'INVALID_API_KEY', 'Invalid or missing API key.'),
    limit: () => NO_LIMIT,

    prepare(tenant: TenantState<'onepin'>, { url }: ListInput): Prepared {
      const limit = parsePositiveInt(url.searchParams.get('limit')) ?? 10;
      if (Number.isNaN(limit) || limit > 100) {
        return {
          kind: 'reply',
          response: error(422, 'VALIDATION_ERROR', 'Request validation failed.', {
            details: [{ field: 'limit', message: 'limit must be an integer between 1 and 100' }],
          }),
        };
      }
      const after = url.searchParams.get('starting_after');
      const all = tenant.invoices;
      const indexed = filterIndexed(all, () => true);
      const start = after ? positionAfter(all, indexed, model.idOf, after) : 0;
      if (start === null) return { kind: 'reply', response: error(404, 'NOT_FOUND', `No such invoice: ${after ?? ''}`) };
      return {
        kind: 'page',
        page: Math.floor(start / limit) + 1,
        render(fx) {
          // A repeating-cursor fault makes the server ignore starting_after: page 1 again, has_more true.
          const from = fx.repeatCursor ? 0 : start;
          const slice = takePage(all, from, limit, fx.duplicate);
          const invoices = fx.items(slice.items);
          return json(200, { data: { invoices, has_more: fx.repeatCursor || slice.hasMore }, meta: meta() });
        },
      };
    },

    rateLimited: (retryAfter) => error(429, 'RATE_LIMITED', 'Too many requests.', {}, retryAfter === null ? {} : { 'retry-after': retryAfter }),
    serverError: (status) => error(status, 'SERVER_ERROR', 'An unexpected error occurred.'),
    notFound: (path) => error(404, 'NOT_FOUND', `No route for ${path}`),
  };
}

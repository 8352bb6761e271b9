/** Opterius: GET /opterius/api/v1/invoices with Bearer token, page/per_page numbering, Laravel errors. */
import type { IncomingHttpHeaders } from 'node:http';
import { bearer, json } from '../http';
import type { SimResponse } from '../http';
import { parsePositiveInt, takePage } from '../paging';
import type { TenantState } from '../tenants';
import type { Credential, ListInput, Prepared, ProviderRoute } from './types';
import { NO_LIMIT } from './types';

const STATUSES = ['unpaid', 'paid', 'overdue', 'cancelled'];
const MAX_PER_PAGE = 100;

function invalid(field: string, message: string): Prepared {
  return { kind: 'reply', response: json(422, { message, errors: { [field]: [message] } }) };
}

/** Laravel-style validation of a positive integer parameter. */
function checkInt(field: string, label: string, value: number | undefined, max?: number): Prepared | null {
  if (value === undefined) return null;
  if (Number.isNaN(value)) return invalid(field, `The ${label} field must be an integer greater than or equal to 1.`);
  if (max !== undefined && value > max) return invalid(field, `The ${label} field must not be greater than ${max}.`);
  return null;
}

function message(status: number, text: string, headers: Record<string, string> = {}): SimResponse {
  return json(status, { message: text }, headers);
}

export function opteriusRoute(): ProviderRoute<'opterius'> {
  return {
    provider: 'opterius',
    defaultRetryAfter: 1,
    isList: (subpath) => subpath === '/api/v1/invoices' || subpath === '/api/v1/invoices/',

    credential(headers: IncomingHttpHeaders): Credential {
      const token = bearer(headers);
      return token ? { kind: 'secret', secret: token } : { kind: 'reply', response: this.unknownCredential() };
    },

    unknownCredential: () => message(401, 'Unauthenticated.'),
    limit: () => NO_LIMIT,

    prepare(tenant: TenantState<'opterius'>, { url }: ListInput): Prepared {
      const status = url.searchParams.get('status');
      if (status !== null && !STATUSES.includes(status)) return invalid('status', 'The selected status is invalid.');
      const perPage = parsePositiveInt(url.searchParams.get('per_page'));
      const page = parsePositiveInt(url.searchParams.get('page'));
      const problem = checkInt('per_page', 'per page', perPage, MAX_PER_PAGE) ?? checkInt('page', 'page', page);
      if (problem) return problem;
      const size = perPage ?? 15;
      const current = page ?? 1;
      const records = tenant.invoices.filter((inv) => status === null || inv.status === status);
      const lastPage = Math.max(1, Math.ceil(records.length / size));
      return {
        kind: 'page',
        page: current,
        render(fx) {
          // A repeating-cursor fault makes the server ignore `page` and answer page 1 again (its meta still
          // names the page asked for); an ignore-page fault does the same and its meta says page 1.
          const served = fx.repeatCursor || fx.ignorePage ? 1 : current;
          const slice = takePage(records, (served - 1) * size, size, fx.duplicate);
          const data = fx.items(slice.items);
          const shownPage = fx.ignorePage ? served : current;
          return json(200, { data, meta: { current_page: shownPage, last_page: lastPage, per_page: size, total: records.length } });
        },
      };
    },

    rateLimited: (retryAfter) => message(429, 'Too Many Attempts.', retryAfter === null ? {} : { 'retry-after': retryAfter }),
    serverError: (status) => message(status, 'Server Error'),
    notFound: () => message(404, 'Not Found'),
  };
}

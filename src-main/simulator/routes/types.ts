/** The contract between the server pipeline and one provider's route handler. */
import type { IncomingHttpHeaders } from 'node:http';
import type { ProviderId } from '../../../src-shared/domain';
import type { PageEffects } from '../faults';
import type { SimResponse } from '../http';
import type { TenantState } from '../tenants';

export interface ListInput {
  url: URL;
  headers: IncomingHttpHeaders;
  /** Real clock (rate limits, meta timestamps); the tenant's data clock is tenant.nowMs. */
  clockMs: number;
}

/** A validated list request: either an early answer (validation error) or a page to render. */
export type Prepared =
  | { kind: 'reply'; response: SimResponse }
  | {
      kind: 'page';
      /** 1-based page number, used to aim faults at one page. */
      page: number;
      render(fx: PageEffects): SimResponse;
    };

export type Credential = { kind: 'secret'; secret: string } | { kind: 'reply'; response: SimResponse };

export interface LimitResult {
  /** A 429 from the provider's real limit, or null when allowed. */
  reply: SimResponse | null;
  /** Rate-limit headers to add to the answer. */
  headers: Record<string, string>;
}

export interface ProviderRoute<P extends ProviderId> {
  readonly provider: P;
  /** Retry-After seconds for an injected 429 that does not say (null = no header, as Vast does). */
  readonly defaultRetryAfter: number | null;
  /** Whether `subpath` (the path below `/<provider>`) is the invoice list. */
  isList(subpath: string): boolean;
  /** The credential the request carries, or the provider's "missing credential" reply. */
  credential(headers: IncomingHttpHeaders): Credential;
  /** The provider's reply to a credential that matches no tenant (also used by the `unauthorized` fault). */
  unknownCredential(): SimResponse;
  /** Applies the provider's real rate limit (if it has one) to this tenant. */
  limit(tenant: TenantState<P>, clockMs: number): LimitResult;
  prepare(tenant: TenantState<P>, input: ListInput): Prepared;
  /** Error bodies in the provider's shape, for injected faults and unknown paths. */
  rateLimited(retryAfter: string | null): SimResponse;
  serverError(status: number): SimResponse;
  notFound(path: string): SimResponse;
}

export const NO_LIMIT: LimitResult = { reply: null, headers: {} };

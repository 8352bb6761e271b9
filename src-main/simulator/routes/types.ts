/** The contract between the server pipeline and one provider's route handler. */
import type { IncomingHttpHeaders } from 'node:http';
import type { ProviderId } from '../../../src-shared/domain';
import type { PageShaping, ProviderReplies } from '../intercept';
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
      render(fx: PageShaping): SimResponse;
    };

export type Credential = { kind: 'secret'; secret: string } | { kind: 'reply'; response: SimResponse };

export interface LimitResult {
  /** A 429 from the provider's real limit, or null when allowed. */
  reply: SimResponse | null;
  /** Rate-limit headers to add to the answer. */
  headers: Record<string, string>;
}

/** One provider's routes; its error answers (ProviderReplies) also serve unknown paths and test interceptors. */
export interface ProviderRoute<P extends ProviderId> extends ProviderReplies {
  readonly provider: P;
  /** Whether `subpath` (the path below `/<provider>`) is the invoice list. */
  isList(subpath: string): boolean;
  /** The credential the request carries, or the provider's "missing credential" reply. */
  credential(headers: IncomingHttpHeaders): Credential;
  /** Applies the provider's real rate limit (if it has one) to this tenant. */
  limit(tenant: TenantState<P>, clockMs: number): LimitResult;
  prepare(tenant: TenantState<P>, input: ListInput): Prepared;
  notFound(path: string): SimResponse;
}

export const NO_LIMIT: LimitResult = { reply: null, headers: {} };

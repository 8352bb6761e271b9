/**
 * The seam where tests plug fault injection into the simulator. The product simulator (the demo
 * workspace, the benchmarks) has no interceptor: every request is answered as the provider would.
 * `src-main/simulator/testing` supplies one; no product file imports it (lint forbids it, and a test
 * checks that the built main bundle holds none of it).
 */
import type { ServerResponse } from 'node:http';
import type { ProviderId } from '../../src-shared/domain';
import type { SimResponse } from './http';

/** One authenticated, valid request, as an interceptor sees it. */
export interface InterceptedRequest {
  provider: ProviderId;
  secret: string;
  target: 'list' | 'pdf';
  /** 1-based page of a list request (cursor pages counted from the first); null for a PDF. */
  page: number | null;
}

/** How a list page is cut and shaped before it is serialized. */
export interface PageShaping {
  /** Repeat the item just before the page's first item on top of the page. */
  duplicate: boolean;
  /** Point the next cursor back at the first page. */
  repeatCursor: boolean;
  /** A page-numbered list answers page 1 whatever page was asked (a server ignoring ?page=). */
  ignorePage: boolean;
  /** Rewrites the page's items (called with copies the route may hand out). */
  items(items: readonly object[]): readonly object[];
}

/** The provider's own error answers, which an interceptor may send instead of the page. */
export interface ProviderReplies {
  /** Retry-After seconds the provider sends with a 429 when nothing else is said (null: no header). */
  readonly defaultRetryAfter: number | null;
  rateLimited(retryAfter: string | null): SimResponse;
  serverError(status: number): SimResponse;
  /** The answer to a credential that matches no tenant (revoked or expired). */
  unknownCredential(): SimResponse;
}

/** Writes a response's bytes some other way than whole (e.g. cut short). */
export interface ResponseWriter {
  /** What stats().byStatus counts instead of the status code (null: the status code). */
  readonly statusKey: string | null;
  write(res: ServerResponse, response: SimResponse, body: Buffer): Promise<void>;
}

/** What an interceptor decides for one request. */
export interface Interception {
  /** Waited before answering. */
  delayMs: number;
  /** An answer that replaces the page or PDF, or null. */
  reply: ((provider: ProviderReplies, nowMs: number) => SimResponse) | null;
  page: PageShaping;
  writer: ResponseWriter | null;
  /** How many interceptor effects this request used (counted in stats().faultsApplied). */
  applied: number;
}

export interface RequestInterceptor {
  intercept(request: InterceptedRequest): Interception;
}

const PLAIN_PAGE: PageShaping = { duplicate: false, repeatCursor: false, ignorePage: false, items: (items) => items };

/** The answer when no interceptor is plugged in: the provider's normal behaviour. */
export const NO_INTERCEPTION: Interception = { delayMs: 0, reply: null, page: PLAIN_PAGE, writer: null, applied: 0 };

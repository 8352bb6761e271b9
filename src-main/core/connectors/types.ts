import type { Account, Invoice, InvoiceKind, ProviderId, SyncErrorInfo } from '../../../src-shared/domain';

/** What a connector needs to build requests and map responses for one account. */
export interface ConnectorContext {
  account: Account;
  /** The resolved base URL (account override or provider default), no trailing slash. */
  baseUrl: string;
  /** The secret from the keychain. Connectors put it in headers only, never in URLs, errors or logs. */
  secret: string;
  /** Clock reading used to derive overdue and to bound Vast's `when` window. */
  nowMs: number;
}

export interface PageRequest {
  url: string;
  headers: Record<string, string>;
}

/** Records carrying a word Invoice Inbox does not know: the account shows a warning naming it. */
export interface RecordWarning {
  /** Which field held the word: the status, or the record's type (Vast `type`, GPU Outlet `reason`, Commet `invoiceType`). */
  subject: 'status' | 'type';
  /** The provider's word, as sent. */
  word: string;
  /** What the records were taken as: status 'unknown', or the kind they were given. */
  treatedAs: InvoiceKind | 'unknown';
  /** Ids (`<accountId>:<providerInvoiceId>`) of the records that carried it on this page. */
  invoiceIds: string[];
}

export interface PageResult {
  invoices: Invoice[];
  /** Opaque token for the next page (cursor, token, page number as text); null on the last page. */
  next: string | null;
  /** Total number of invoices when the provider says it. */
  total: number | null;
  /** For page-numbered providers: the last page number, known from page 1. */
  pageCount: number | null;
  /** For page-numbered providers: the page the response says it is (Opterius `meta.current_page`); absent when it does not say. */
  reportedPage?: number | null;
  /** Words on this page that Invoice Inbox does not know (absent: none). */
  warnings?: RecordWarning[];
}

/** A provider's own error body, read into a classified error (status 0 = no HTTP status, e.g. 200 with success:false). */
export interface ProviderErrorInput {
  status: number;
  bodyText: string;
  headers: Headers;
  /**
   * Optional (additive): the account's context, so a message can name the host of a self-hosted
   * provider ("Opterius at billing.example.com ..."), strip the exact secret from provider text that
   * echoes it, and turn a `Retry-After` in seconds into an absolute time. Messages degrade gracefully
   * without it.
   */
  ctx?: ConnectorContext;
}

export interface RateLimitPolicy {
  /** Requests allowed per minute (token bucket, bursts up to this many). */
  perMinute?: number;
  /** Requests allowed per hour. */
  perHour?: number;
  /** Minimum gap between two requests' starts, in ms (Vast). Grows on 429 without Retry-After. */
  minGapMs?: number;
  /** Whether a 429 without Retry-After may be retried, and how many times at most. */
  maxRetriesWithoutRetryAfter: number;
}

export interface Connector {
  readonly provider: ProviderId;
  /** 'cursor': pages follow one another. 'page': page N is independent once page 1 gives pageCount. */
  readonly pagination: 'cursor' | 'page';
  /** Invoices requested per page. */
  readonly pageSize: number;
  readonly rateLimit: RateLimitPolicy;

  /**
   * The request for one page, newest invoices first where the provider can sort.
   * `cursor` null means the first page; for 'page' connectors cursor is the page number as text.
   * `statusFilter` is a normalized status to pass to the provider's own filter where it has one.
   */
  buildPageRequest(ctx: ConnectorContext, cursor: string | null, statusFilter?: 'open' | 'paid' | 'void' | 'uncollectible'): PageRequest;

  /**
   * Validates (zod) and maps one page. Throws UserFacingError('bad_response') naming provider, page and
   * field when the body does not fit, or the classified error when the provider put an error in a 200.
   * `pageLabel` is how the page is named in errors ("page 3").
   */
  parsePage(body: unknown, ctx: ConnectorContext, pageLabel: string): PageResult;

  /**
   * Cursor connectors: the next cursor read from the raw body before validation (see peek.ts), so the
   * engine can request the next page while this one is validated and mapped. Only a hint: the engine
   * uses it only when it equals parsePage's `next`. undefined = cannot tell; null = no next page.
   */
  peekNext?(body: unknown): string | null | undefined;

  /** Classifies an HTTP error response into a user-actionable error, reading the provider's error shape. */
  classifyError(input: ProviderErrorInput): SyncErrorInfo;
}

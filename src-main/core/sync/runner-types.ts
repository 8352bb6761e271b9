import type { PageResult } from '../connectors/types';
import type { PageVerdict } from './incremental';

/** What a pagination runner needs from the account run. */
export interface PageRun {
  /** Fetches one page: `cursor` null for the first, `pageNumber` 1-based (names it in errors). */
  fetch(cursor: string | null, pageNumber: number): Promise<PageResult>;
  /** Records a fetched page and returns the incremental verdict ('continue' in a full run). */
  record(pageNumber: number, page: PageResult): PageVerdict;
  /** Distinct invoices recorded so far (page-numbered runs check it against the reported total). */
  distinctCount(): number;
  providerName: string;
  maxPages: number;
  pageConcurrency: number;
  /** Aborts the other in-flight page requests (a parallel page failed). */
  abortSiblings(reason: unknown): void;
  /**
   * Present when pages may be pipelined (a full run of a cursor connector that can peek): the next
   * page is requested as soon as this page's body arrives, while this page is validated and mapped.
   */
  pipeline?: PagePipeline;
}

export interface PagePipeline {
  /** Fetches a page's raw JSON body; `signal` aborts just this request. */
  fetchBody(cursor: string | null, pageNumber: number, signal: AbortSignal): Promise<unknown>;
  /** Validates and maps a fetched body (throws UserFacingError bad_response). */
  parse(body: unknown, pageNumber: number): PageResult;
  /** The connector's hint of the next cursor (undefined: cannot tell). */
  peekNext(body: unknown): string | null | undefined;
}

export interface RunOutcome {
  /** The incremental stop rule fired. */
  stoppedEarly: boolean;
  /** The provider's list was read to its end (the fetched invoices are the whole list). */
  complete: boolean;
  pages: number;
}

import type { PageResult } from '../connectors/types';
import type { PageVerdict } from './incremental';

/** What a pagination runner needs from the account run. */
export interface PageRun {
  /** Fetches one page: `cursor` null for the first, `pageNumber` 1-based (names it in errors). */
  fetch(cursor: string | null, pageNumber: number): Promise<PageResult>;
  /** Records a fetched page and returns the incremental verdict ('continue' in a full run). */
  record(pageNumber: number, page: PageResult): PageVerdict;
  providerName: string;
  maxPages: number;
  pageConcurrency: number;
  /** Aborts the other in-flight page requests (a parallel page failed). */
  abortSiblings(reason: unknown): void;
}

export interface RunOutcome {
  /** The incremental stop rule fired. */
  stoppedEarly: boolean;
  /** The provider's list was read to its end (the fetched invoices are the whole list). */
  complete: boolean;
  pages: number;
}

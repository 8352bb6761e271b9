import { isProgrammingError, PROGRAMMING_ERROR_MESSAGE } from '../api/plain-errors';

/** The clock every store and screen reads "now" from (injected so tests pin the date). */
export type Clock = () => number;

/**
 * A user-facing sentence from any failure: ApiError messages are in the user's words already (the
 * client translates contract errors); a bug's TypeError and the like never reach the screen as is.
 */
export function messageOf(error: unknown): string {
  if (isProgrammingError(error)) return PROGRAMMING_ERROR_MESSAGE;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Try again.';
}

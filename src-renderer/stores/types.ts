import { isProgrammingError, PROGRAMMING_ERROR_MESSAGE } from '../api/plain-errors';

/**
 * The stores' one error policy (every store in createStores follows it):
 * - Reads (`load`, the reloads that host events trigger) never throw: the failure is kept in the
 *   store's `loadError`, in words (messageOf), and what was loaded before stays shown.
 * - Actions a button starts (sync now, snooze, a setting) never throw either: the failure is kept in
 *   the store's `actionError`, in words, and anything shown optimistically is put back.
 * - Actions a form starts (add or edit an account, save a view) reject with the ApiError, its message
 *   already in words and its `field` set, so the form shows it beside the field; optimistic changes are
 *   put back first.
 * The words come from main's error table (src-main/services/failures.ts) or the client's plain-errors.
 */

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

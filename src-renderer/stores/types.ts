/** The clock every store and screen reads "now" from (injected so tests pin the date). */
export type Clock = () => number;

/** A user-facing sentence from any failure (ApiError messages are already written for the user). */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Try again.';
}

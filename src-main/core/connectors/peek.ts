/**
 * Reading a page's next-cursor before the page is validated, so the engine can request the next page
 * while this one is checked and mapped (the next cursor is on the critical path; validation is not).
 * A peek is only a hint: the engine compares it with the validated `next` and discards a request
 * started on a wrong guess. `undefined` means "cannot tell cheaply": no request is started early.
 */

/** The value at a path of plain objects and arrays, or undefined. */
export function at(body: unknown, ...path: (string | number)[]): unknown {
  let cur: unknown = body;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

/** A cursor field as the connectors read it: text (numbers as text), '' / null / missing = no next page. */
export function cursorText(value: unknown): string | null | undefined {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return undefined;
}

/** The last element of an array at a path, or undefined. */
export function lastOf(body: unknown, ...path: (string | number)[]): unknown {
  const list = at(body, ...path);
  return Array.isArray(list) ? list[list.length - 1] : undefined;
}

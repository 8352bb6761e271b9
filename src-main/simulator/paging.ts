/** Shared pagination mechanics: opaque cursors, "after this id" positions, page slices. */

export interface Indexed<T> {
  item: T;
  /** Position in the tenant's full (newest first) list. */
  index: number;
}

export function filterIndexed<T>(all: readonly T[], keep: (item: T) => boolean): Indexed<T>[] {
  const out: Indexed<T>[] = [];
  all.forEach((item, index) => {
    if (keep(item)) out.push({ item, index });
  });
  return out;
}

/**
 * Where a page that starts after record `afterId` begins in `filtered`. Uses the record's place in the
 * full list, so a record that no longer matches the filter (its status changed) still anchors the page.
 * null when no record has that id.
 */
export function positionAfter<T>(all: readonly T[], filtered: readonly Indexed<T>[], idOf: (item: T) => string, afterId: string): number | null {
  const anchor = all.findIndex((item) => idOf(item) === afterId);
  if (anchor < 0) return null;
  const pos = filtered.findIndex((entry) => entry.index > anchor);
  return pos < 0 ? filtered.length : pos;
}

export interface PageSlice<T> {
  items: T[];
  /** Whether records remain after this page. */
  hasMore: boolean;
}

/** `limit` records from `start`; with `duplicate`, the record before `start` is repeated on top. */
export function takePage<T>(filtered: readonly T[], start: number, limit: number, duplicate: boolean): PageSlice<T> {
  const items = filtered.slice(start, start + limit);
  const previous = filtered[start - 1];
  if (duplicate && start > 0 && previous !== undefined) items.unshift(previous);
  return { items, hasMore: start + limit < filtered.length };
}

/** Opaque cursor: base64url JSON. */
export function encodeCursor(value: object): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/** Decodes a cursor made by encodeCursor; null when it is not one. */
export function decodeCursor(text: string): Record<string, unknown> | null {
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The cursor for "page `page`, after record `after`" (after null = from the top). */
export interface IdCursor {
  after: string | null;
  page: number;
}

export function encodeIdCursor(cursor: IdCursor): string {
  return encodeCursor({ a: cursor.after, p: cursor.page });
}

export function decodeIdCursor(text: string): IdCursor | null {
  const raw = decodeCursor(text);
  if (!raw) return null;
  const { a, p } = raw;
  if (!(a === null || typeof a === 'string') || typeof p !== 'number' || !Number.isInteger(p) || p < 1) return null;
  return { after: a, page: p };
}

/** Parses a positive integer query value; undefined when absent, NaN when not a positive integer. */
export function parsePositiveInt(value: string | null): number | undefined {
  if (value === null || value === '') return undefined;
  return /^\d+$/.test(value.trim()) && Number(value) >= 1 ? Number(value) : Number.NaN;
}

import type { InboxRowView } from '../../src-shared/domain/inbox-query';

/** Rows are fetched in pages of this many; the grid asks for the pages around what is in view. */
export const PAGE_SIZE = 100;
/** Pages kept at once (the renderer never holds the whole inbox). */
export const MAX_PAGES = 8;

/** The pages of one query that are loaded, most recently used last. */
export class RowPages {
  private readonly pages = new Map<number, InboxRowView[]>();

  get(index: number): InboxRowView | undefined {
    return this.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  }

  has(page: number): boolean {
    return this.pages.has(page);
  }

  /** Returns a new RowPages with `rows` as page `page` (evicting the least recently set beyond MAX_PAGES, never `keep`). */
  with(page: number, rows: InboxRowView[], keep: ReadonlySet<number> = new Set()): RowPages {
    const next = new RowPages();
    for (const [key, value] of this.pages) if (key !== page) next.pages.set(key, value);
    next.pages.set(page, rows);
    for (const key of next.pages.keys()) {
      if (next.pages.size <= MAX_PAGES) break;
      if (key !== page && !keep.has(key)) next.pages.delete(key);
    }
    return next;
  }

  loadedPages(): number[] {
    return [...this.pages.keys()];
  }

  /** Rows held (at most MAX_PAGES * PAGE_SIZE). */
  get size(): number {
    let n = 0;
    for (const rows of this.pages.values()) n += rows.length;
    return n;
  }

  indexOf(id: string): number | null {
    for (const [page, rows] of this.pages) {
      const at = rows.findIndex((row) => row.id === id);
      if (at >= 0) return page * PAGE_SIZE + at;
    }
    return null;
  }
}

export function pagesOf(start: number, end: number): number[] {
  const pages: number[] = [];
  for (let page = Math.floor(Math.max(0, start) / PAGE_SIZE); page * PAGE_SIZE < end; page++) pages.push(page);
  return pages;
}

import type { Invoice } from '../../../src-shared/domain';

/** Lower case, accents removed: the form both the stored search text and the typed terms take. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Everything the search box looks in, for one invoice: its fields, and the user's note and tags. */
export function searchText(invoice: Invoice, accountLabel: string, providerName: string, userText: readonly string[] = []): string {
  const parts = [invoice.number ?? '', invoice.providerInvoiceId, invoice.description ?? '', accountLabel, providerName];
  for (const item of invoice.lineItems) parts.push(item.description);
  parts.push(...userText);
  return foldForSearch(parts.join('\n'));
}

export interface SearchTerms {
  /** Words of 3+ characters as one FTS5 trigram query (every word a phrase: any substring matches). */
  match: string | null;
  /** Shorter words as LIKE patterns (a trigram index cannot look them up). */
  likes: string[];
  /** Every word as a LIKE pattern (one row's text tested directly, see inbox-queries.ts). */
  words: string[];
}

const likePattern = (word: string): string => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The search box's words: every word must occur somewhere in the invoice's search text. */
export function searchTerms(search: string): SearchTerms {
  const words = foldForSearch(search)
    .split(/\s+/)
    .filter((word) => word !== '');
  const long = words.filter((word) => [...word].length >= 3);
  const short = words.filter((word) => [...word].length < 3);
  return {
    match: long.length === 0 ? null : long.map((word) => `"${word.replace(/"/g, '""')}"`).join(' AND '),
    likes: short.map(likePattern),
    words: words.map(likePattern),
  };
}

import { z } from 'zod';
import { INVOICE_KINDS, INVOICE_STATES, PROVIDER_IDS, SORT_KEYS, type Invoice, type InboxWindow, type InvoiceState } from '../domain';
import { command } from './define';

const invoiceId = z.string().min(3).max(400);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
/** A tag: a short word or phrase of the user's (no control characters). */
export const TAG_MAX = 40;
export const tagSchema = z
  .string()
  .trim()
  .min(1, 'a tag needs at least one character')
  .max(TAG_MAX, `a tag is at most ${TAG_MAX} characters`)
  .regex(/^[^\p{Cc}\p{Cf},]+$/u, 'a tag cannot hold commas or control characters');
const amount = z.number().finite().min(0).max(1e13).nullable();

const due = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('any') }),
  z.object({ kind: z.literal('overdue') }),
  z.object({ kind: z.literal('next7') }),
  z.object({ kind: z.literal('thisMonth') }),
  z.object({ kind: z.literal('range'), from: day.nullable(), to: day.nullable() }),
]);

/** The inbox filter as it crosses to main (every field checked; amounts apply within one currency). */
export const inboxFilterSchema = z.object({
  states: z.array(z.enum(INVOICE_STATES)).max(INVOICE_STATES.length).default([]),
  kinds: z.array(z.enum(INVOICE_KINDS)).max(INVOICE_KINDS.length).default([]),
  accountIds: z.array(z.string().max(64)).max(500).default([]),
  provider: z.enum(PROVIDER_IDS).nullable().default(null),
  due: due.default({ kind: 'any' }),
  paidWithinDays: z.number().int().min(0).max(3660).nullable().default(null),
  amountMin: amount.default(null),
  amountMax: amount.default(null),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected a currency code such as USD').nullable().default(null),
  tags: z.array(tagSchema).max(50).default([]),
  search: z.string().max(200).default(''),
});

export const inboxSortSchema = z.object({ key: z.enum(SORT_KEYS), dir: z.enum(['asc', 'desc']) });

/** What the user said about an invoice and when (shown in the detail pane). */
export interface InvoiceMarkView {
  markedPaidAt: string | null;
  markedPaidBy: string | null;
  snoozedUntil: string | null;
  muted: boolean;
  expectedDueDate: string | null;
}

export interface InvoiceHistoryEntry {
  at: string;
  by: string;
  action: string;
  detail: string | null;
}

export interface InvoiceNoteView {
  text: string;
  updatedBy: string;
  updatedAt: string;
}

export interface InvoiceTagView {
  tag: string;
  addedBy: string;
  addedAt: string;
}

/** An invoice as the detail pane shows it: the whole invoice, its state today, its account's name, the user's marks. */
export interface InvoiceDetail {
  invoice: Invoice;
  state: InvoiceState;
  payable: boolean;
  accountLabel: string;
  mark: InvoiceMarkView | null;
  /** 'waiting': marked paid, waiting for the provider to confirm; 'contradicted': the provider still says unpaid after its usual lag. */
  markState: 'waiting' | 'contradicted' | null;
  /** Another account's invoice this one looks like (counted once until the user decides). */
  possibleDuplicateOf: { id: string; accountLabel: string; number: string | null } | null;
  /** Whether the user said this look-alike is a separate bill. */
  duplicateDecision: 'distinct' | null;
  note: InvoiceNoteView | null;
  tags: InvoiceTagView[];
  history: InvoiceHistoryEntry[];
}

export const invoiceCommands = {
  /**
   * A window of the filtered, sorted inbox, computed in main: rows [offset, offset + limit), the count
   * of the whole filtered set and its totals per currency and aging (each on request).
   */
  'invoices:query': command<InboxWindow>()(
    z.object({
      filter: inboxFilterSchema.default(inboxFilterSchema.parse({})),
      sort: inboxSortSchema.default({ key: 'attention', dir: 'asc' }),
      offset: z.number().int().min(0).max(10_000_000).default(0),
      limit: z.number().int().min(0).max(500).default(100),
      count: z.boolean().default(true),
      aggregates: z.boolean().default(true),
    }),
  ),
  /** One invoice by id, with its line items. */
  'invoices:get': command<InvoiceDetail>()(z.object({ invoiceId })),
  /** Where an invoice sits in a filtered, sorted inbox (null when the filter hides it). */
  'invoices:locate': command<{ index: number | null }>()(
    z.object({ invoiceId, filter: inboxFilterSchema, sort: inboxSortSchema }),
  ),
  /**
   * A possible duplicate of another account's invoice: the user says it is a separate bill (counted
   * again) or takes that back (counted once).
   */
  'invoices:decideDuplicate': command<null>()(z.object({ invoiceId, distinct: z.boolean() })),
  /** What the filter bar offers: the currencies in the workspace and how many invoices it holds. */
  'invoices:facets': command<{ currencies: string[]; total: number; owed: number; tags: { tag: string; count: number }[] }>()(z.object({})),
};

import { z } from 'zod';
import { INVOICE_STATUSES, type Invoice } from '../domain';
import { command } from './define';

export interface InboxSnapshot {
  /** Every cached invoice of every account, status derived against main's clock. */
  invoices: Invoice[];
  /** Last successful sync per account id (ISO), null when never synced. */
  syncedAt: Record<string, string | null>;
  /** Cache files that were set aside as unreadable (shown to the user once). */
  problems: string[];
}

export const invoiceCommands = {
  'invoices:query': command<InboxSnapshot>()(
    z.object({
      statuses: z.array(z.enum(INVOICE_STATUSES)).optional(),
      accountIds: z.array(z.string().max(64)).optional(),
      dueBefore: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    }),
  ),
};

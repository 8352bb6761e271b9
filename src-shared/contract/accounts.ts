import { z } from 'zod';
import { PROVIDER_IDS, type Account, type AccountSyncState, type SyncErrorInfo } from '../domain';
import { command } from './define';

const provider = z.enum(PROVIDER_IDS);
const label = z.string().trim().min(1).max(80);
const baseUrl = z.string().trim().max(2048).nullable();
/** A credential crosses from renderer to main once (add, update, test) and is never sent back. */
const secret = z.string().min(1).max(8192);
const accountId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** What the renderer sees of an account: settings plus sync state, never the secret. */
export interface AccountView extends Account {
  sync: AccountSyncState;
}

export interface ConnectionTestResult {
  ok: boolean;
  error: SyncErrorInfo | null;
  /** Invoices on the first page, when it worked. */
  invoicesSeen: number;
}

export const accountCommands = {
  'accounts:list': command<AccountView[]>()(z.object({})),
  'accounts:add': command<AccountView>()(z.object({ provider, label, baseUrl, secret })),
  'accounts:update': command<AccountView>()(
    z.object({
      id: accountId,
      label: label.optional(),
      baseUrl: baseUrl.optional(),
      secret: secret.optional(),
      /** Moving to another site without a new secret deletes the stored one instead of being refused. */
      forgetSecret: z.boolean().optional(),
    }),
  ),
  /** By id (the stored secret, to the stored address), or with a raw secret for an account being created (rate-limited). */
  'accounts:test': command<ConnectionTestResult>()(
    z.union([z.object({ id: accountId }), z.object({ provider, baseUrl, secret })]),
  ),
  'accounts:remove': command<null>()(z.object({ id: accountId })),
};

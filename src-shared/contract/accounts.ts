import { z } from 'zod';
import {
  checkLabel,
  normalizeBaseUrl,
  PROVIDER_IDS,
  UNKNOWN_PROVIDER,
  type Account,
  type AccountSyncState,
  type Checked,
  type ProviderId,
  type SyncErrorInfo,
} from '../domain';
import { command } from './define';

/** Reports the shared validator's problem (src-shared/domain/account-input) as a zod issue on `path`. */
function report(ctx: z.RefinementCtx, checked: Checked<unknown>, path: string[] = []): void {
  if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.message, path });
}

const provider = z.enum(PROVIDER_IDS, { error: UNKNOWN_PROVIDER });
const label = z
  .string()
  .trim()
  .superRefine((value, ctx) => report(ctx, checkLabel(value)));
const baseUrl = z.string().trim().max(2048).nullable();
/** A base URL's rules depend on the provider, so they are checked where both are known. */
const baseUrlForProvider = (args: { provider: ProviderId; baseUrl: string | null }, ctx: z.RefinementCtx): void =>
  report(ctx, normalizeBaseUrl(args.baseUrl, args.provider), ['baseUrl']);
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
  'accounts:add': command<AccountView>()(z.object({ provider, label, baseUrl, secret }).superRefine(baseUrlForProvider)),
  // The account's provider is not in the payload: the core checks a new base URL against it, with the same rules.
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
    z.union([z.object({ id: accountId }), z.object({ provider, baseUrl, secret }).superRefine(baseUrlForProvider)]),
  ),
  'accounts:remove': command<null>()(z.object({ id: accountId })),
};

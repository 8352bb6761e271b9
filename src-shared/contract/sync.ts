import { z } from 'zod';
import type { AccountSyncResult, AccountSyncState, SyncProgress } from '../domain';
import { command, event } from './define';

const accountId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const syncCommands = {
  /** Starts a sync in the background; progress and completion arrive as events. */
  'sync:start': command<{ started: boolean }>()(z.object({ accountId: accountId.optional(), full: z.boolean().optional() })),
  'sync:cancel': command<null>()(z.object({ accountId: accountId.optional() })),
  'sync:status': command<AccountSyncState[]>()(z.object({})),
};

export const syncEvents = {
  'sync:progress': event<SyncProgress>(),
  'sync:finished': event<{ results: AccountSyncResult[] }>(),
  /** Stored invoices, accounts or marks changed; 'external' = another window, the CLI or a script wrote to the workspace. */
  'inbox:changed': event<{ reason: 'sync' | 'account_removed' | 'account_added' | 'account_updated' | 'marks' | 'demo' | 'reminders' | 'external' }>(),
  'net:status': event<{ online: boolean; since: string }>(),
};

import type { AccountView } from '../../src-shared/contract';
import type { Account, AccountSyncState } from '../../src-shared/domain';
import type { InboxService } from '../core/app/types';

export function idleState(accountId: string): AccountSyncState {
  return { accountId, phase: 'idle', progress: null, lastSyncedAt: null, lastError: null, warnings: [] };
}

/**
 * What the renderer sees of accounts: settings plus sync state. Built field by field, so nothing an
 * Account implementation might carry beyond the model (a secret, a handle) can slip through.
 */
export function accountViews(inbox: InboxService, accounts: readonly Account[] = inbox.listAccounts()): AccountView[] {
  const states = new Map(inbox.syncStates().map((state) => [state.accountId, state]));
  return accounts.map((account) => ({
    id: account.id,
    provider: account.provider,
    label: account.label,
    baseUrl: account.baseUrl,
    createdAt: account.createdAt,
    demo: account.demo,
    sync: states.get(account.id) ?? idleState(account.id),
  }));
}

export function accountView(inbox: InboxService, account: Account): AccountView {
  const [view] = accountViews(inbox, [account]);
  if (!view) throw new Error('unreachable: one account in, one view out');
  return view;
}

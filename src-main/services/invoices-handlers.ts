import type { CommandHandlers } from '../ipc/types';
import type { ServiceDeps } from './types';

/** The cached inbox: works offline; status derived against the core's clock. */
export function invoiceHandlers(deps: Pick<ServiceDeps, 'inbox'>): Pick<CommandHandlers, 'invoices:query'> {
  const { inbox } = deps;
  return {
    'invoices:query': async (query) => {
      const invoices = await inbox.queryInvoices({
        ...(query.statuses ? { statuses: query.statuses } : {}),
        ...(query.accountIds ? { accountIds: query.accountIds } : {}),
        ...(query.dueBefore ? { dueBefore: query.dueBefore } : {}),
      });
      const syncedAt: Record<string, string | null> = {};
      for (const account of inbox.listAccounts()) syncedAt[account.id] = null;
      for (const state of inbox.syncStates()) syncedAt[state.accountId] = state.lastSyncedAt;
      return { invoices, syncedAt, problems: inbox.cacheProblems().map((problem) => problem.message) };
    },
  };
}

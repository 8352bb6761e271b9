import type { CommandHandlers } from './commands';
import { connectionTestLimit } from './connection-test-limit';
import type { ServiceDeps } from './types';
import { accountView, accountViews } from './views';

type AccountCommand = 'accounts:list' | 'accounts:add' | 'accounts:update' | 'accounts:test' | 'accounts:remove';

/**
 * Accounts. A secret crosses from the renderer once (add, update, test) and goes straight to the core
 * (the keychain); every answer is an AccountView or a test result, never the secret.
 */
export function accountHandlers(deps: Pick<ServiceDeps, 'inbox' | 'events' | 'now'>): Pick<CommandHandlers, AccountCommand> {
  const { inbox, events } = deps;
  const rawTests = connectionTestLimit(deps.now);
  return {
    'accounts:list': async () => accountViews(inbox),

    'accounts:add': async (args) => {
      const account = await inbox.addAccount({ provider: args.provider, label: args.label, baseUrl: args.baseUrl, secret: args.secret });
      events.emit('inbox:changed', { reason: 'account_added' });
      return accountView(inbox, account);
    },

    'accounts:update': async ({ id, ...patch }) => {
      const account = await inbox.updateAccount(id, {
        ...(patch.label !== undefined ? { label: patch.label } : {}),
        ...(patch.baseUrl !== undefined ? { baseUrl: patch.baseUrl } : {}),
        ...(patch.secret !== undefined ? { secret: patch.secret } : {}),
        ...(patch.forgetSecret === true ? { forgetSecret: true } : {}),
      });
      events.emit('inbox:changed', { reason: 'account_updated' });
      return accountView(inbox, account);
    },

    'accounts:test': async (args) => {
      if (!('id' in args)) rawTests.take();
      const result = await inbox.testConnection('id' in args ? { accountId: args.id } : { provider: args.provider, baseUrl: args.baseUrl, secret: args.secret });
      return { ok: result.ok, error: result.error, invoicesSeen: result.invoiceCount };
    },

    'accounts:remove': async ({ id }) => {
      await inbox.removeAccount(id);
      events.emit('inbox:changed', { reason: 'account_removed' });
      return null;
    },
  };
}

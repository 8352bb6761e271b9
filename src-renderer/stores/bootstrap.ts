import type { ApiClient } from '../api/client';
import type { Stores } from './create';

/**
 * Wires host events to the stores and starts the app from the cache: 'invoices:query' first (works
 * offline), then a background 'sync:start'. Returns the function that unsubscribes everything.
 */
export function startApp(api: ApiClient, stores: Stores, options: { backgroundSync?: boolean } = {}): () => void {
  const { inbox, accounts, sync, settings, app } = stores;
  const offs = [
    api.on('sync:progress', (progress) => sync.getState().onProgress(progress)),
    api.on('sync:finished', ({ results }) => {
      sync.getState().onFinished(results);
      void accounts.getState().load();
      void inbox.getState().load();
    }),
    api.on('inbox:changed', ({ reason }) => {
      void inbox.getState().load();
      if (reason !== 'sync' && reason !== 'reminders') void accounts.getState().load();
    }),
    api.on('net:status', ({ online, since }) => app.getState().setOnline(online, since)),
    api.on('settings:changed', (next) => settings.getState().apply(next)),
    api.on('app:navigate', (target) => {
      switch (target.to) {
        case 'invoice':
          app.getState().navigate('inbox');
          inbox.getState().reveal(target.invoiceId);
          break;
        case 'preferences':
          app.getState().navigate('settings');
          break;
        case 'accounts':
          app.getState().navigate('accounts');
          break;
        case 'reminders':
          app.getState().navigate('reminders');
          break;
      }
    }),
  ];

  void (async () => {
    // The cache first, so the inbox shows at once even offline.
    await Promise.all([inbox.getState().load(), accounts.getState().load(), settings.getState().load(), app.getState().loadInfo()]);
    if (options.backgroundSync !== false && accounts.getState().accounts.length > 0 && app.getState().online) {
      await sync.getState().start();
    }
  })();

  return () => {
    for (const off of offs) off();
  };
}

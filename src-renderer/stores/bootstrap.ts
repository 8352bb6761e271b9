import type { ApiClient } from '../api/client';
import type { Stores } from './create';

/**
 * Starts every store alike: wires main's events to them and loads each from the workspace (works
 * offline). It never starts a sync: main's SyncScheduler owns the sync on start and every automatic
 * sync (src-main/services/sync-scheduler.ts); the renderer only asks when the user does. Returns the
 * function that unsubscribes everything.
 */
export function startApp(api: ApiClient, stores: Stores): () => void {
  const { inbox, accounts, sync, settings, reminders, app } = stores;
  const offs = [
    api.on('sync:progress', (progress) => sync.getState().onProgress(progress)),
    api.on('sync:finished', ({ results }) => {
      sync.getState().onFinished(results);
      void accounts.getState().load();
      void inbox.getState().load();
    }),
    // What changes the due list comes as reminders:changed too (main recomputes on every inbox change).
    api.on('inbox:changed', ({ reason }) => {
      void inbox.getState().load();
      if (reason !== 'sync' && reason !== 'reminders') void accounts.getState().load();
    }),
    api.on('reminders:changed', () => void reminders.getState().load()),
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

  void Promise.all([inbox.getState().load(), accounts.getState().load(), settings.getState().load(), reminders.getState().load(), app.getState().loadInfo()]);

  return () => {
    for (const off of offs) off();
  };
}

import type { CommandHandlers } from '../ipc/types';
import { readSettings, writeSettings } from './settings';
import type { BackgroundSync } from './sync-runner';
import type { ServiceDeps } from './types';
import { accountViews } from './views';

type AppCommand = 'app:info' | 'settings:get' | 'settings:update' | 'demo:start' | 'demo:leave';
type AppDeps = Pick<ServiceDeps, 'inbox' | 'settings' | 'demo' | 'events' | 'network' | 'host'>;

export function appHandlers(deps: AppDeps, background: BackgroundSync): Pick<CommandHandlers, AppCommand> {
  const { inbox, demo, events } = deps;
  return {
    'app:info': async () => ({
      host: deps.host.host,
      version: deps.host.version,
      online: deps.network.online(),
      demo: demo.isActive(),
      tray: deps.host.tray(),
    }),

    'settings:get': async () => readSettings(deps.settings),

    'settings:update': async (patch) => {
      const settings = writeSettings(deps.settings, patch);
      events.emit('settings:changed', settings);
      return settings;
    },

    'demo:start': async () => {
      // The demo's first sync goes through the background runner, so the page sees its progress.
      await background.idle();
      const accounts = await demo.start({ sync: (request) => background.run(request) });
      events.emit('inbox:changed', { reason: 'demo' });
      return accountViews(inbox, accounts);
    },

    'demo:leave': async () => {
      background.cancel();
      await background.idle();
      await demo.leave();
      events.emit('inbox:changed', { reason: 'demo' });
      return null;
    },
  };
}

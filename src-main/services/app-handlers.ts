import type { CommandHandlers } from './commands';
import type { SyncRunner } from './sync-runner';
import type { ServiceDeps } from './types';
import { accountViews } from './views';

type AppCommand = 'app:info' | 'settings:get' | 'settings:update' | 'views:save' | 'views:delete' | 'app:dismissNotice' | 'demo:start' | 'demo:leave';
type AppDeps = Pick<ServiceDeps, 'inbox' | 'settings' | 'settingsChanged' | 'demo' | 'events' | 'network' | 'host'>;

export function appHandlers(deps: AppDeps, runner: SyncRunner): Pick<CommandHandlers, AppCommand> {
  const { inbox, demo, events } = deps;
  const notices = () => inbox.notices().map((notice) => ({ id: notice.id, message: notice.message, createdAt: notice.createdAt }));
  const changed = <T>(settings: T): T => {
    deps.settingsChanged();
    return settings;
  };
  return {
    'app:info': async () => ({
      host: deps.host.host,
      version: deps.host.version,
      online: deps.network.online(),
      demo: demo.isActive(),
      tray: deps.host.tray(),
      notices: notices(),
    }),

    'settings:get': async () => deps.settings.get(),

    'settings:update': async (patch) => changed(deps.settings.update(patch)),

    'views:save': async (view) => changed(deps.settings.saveView(view)),

    'views:delete': async ({ id }) => changed(deps.settings.deleteView(id)),

    'app:dismissNotice': async ({ id }) => {
      inbox.acknowledgeNotice(id);
      return { notices: notices() };
    },

    'demo:start': async () => {
      // The demo's first sync goes through the background runner, so the page sees its progress.
      await runner.idle();
      const accounts = await demo.start({ sync: (request) => runner.run(request) });
      events.emit('inbox:changed', { reason: 'demo' });
      return accountViews(inbox, accounts);
    },

    'demo:leave': async () => {
      runner.cancel();
      await runner.idle();
      await demo.leave();
      events.emit('inbox:changed', { reason: 'demo' });
      return null;
    },
  };
}

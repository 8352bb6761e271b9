import { userInfo } from 'node:os';
import type { Clock } from '../http/types';
import type { WorkspaceStore } from '../store/types';
import { systemZone, type TimeZone } from './local-time';
import { WorkspaceReminderStore } from './reminder-store';
import { ReminderService, type ReminderServiceOptions } from './reminders-service';

export interface WorkspaceReminderOptions {
  store: WorkspaceStore;
  clock: Pick<Clock, 'now'>;
  /** Default: the machine's zone. */
  zone?: TimeZone;
  notify?: ReminderServiceOptions['notify'];
  onChanged?: ReminderServiceOptions['onChanged'];
  /** Who marks are recorded as; default the OS user name. */
  user?: string;
}

let userName: string | null = null;

/** The OS user name (who "I paid this" was said by), or "you" where the OS will not tell; asked once per process. */
export function osUserName(): string {
  if (userName === null) {
    try {
      userName = userInfo().username || 'you';
    } catch {
      userName = 'you';
    }
  }
  return userName;
}

/** The reminder service over a workspace: what every host (desktop, web, CLI) uses. */
export function openReminderService(options: WorkspaceReminderOptions): ReminderService {
  const { store } = options;
  return new ReminderService({
    clock: options.clock,
    zone: options.zone ?? systemZone(),
    store: new WorkspaceReminderStore(store),
    invoices: () => store.inbox.reminderCandidates(),
    labels: () => Object.fromEntries(store.accounts.list().map((account) => [account.id, account.label])),
    user: options.user ?? osUserName(),
    ...(options.notify ? { notify: options.notify } : {}),
    ...(options.onChanged ? { onChanged: options.onChanged } : {}),
  });
}

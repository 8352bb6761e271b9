import type { Clock } from '../http/types';
import { systemZone, type TimeZone } from './local-time';
import { ReminderService, type ReminderServiceOptions } from './reminders-service';
import { FilePreferencesStore, FileReminderStateStore } from './state-store';

export interface FileReminderOptions {
  /** The app's data dir: reminders.json and reminder-preferences.json live there. */
  dataDir: string;
  clock: Pick<Clock, 'now'>;
  /** Default: the machine's zone. */
  zone?: TimeZone;
  notify?: ReminderServiceOptions['notify'];
  onChanged?: ReminderServiceOptions['onChanged'];
}

/** The reminder service over the files in the data dir (what the Electron shell, web host and CLI use). */
export function openFileReminderService(options: FileReminderOptions): Promise<ReminderService> {
  const now = (): number => options.clock.now();
  return ReminderService.open({
    clock: options.clock,
    zone: options.zone ?? systemZone(),
    stateStore: new FileReminderStateStore(options.dataDir, { now }),
    preferencesStore: new FilePreferencesStore(options.dataDir, { now }),
    ...(options.notify ? { notify: options.notify } : {}),
    ...(options.onChanged ? { onChanged: options.onChanged } : {}),
  });
}

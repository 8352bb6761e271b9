/**
 * Native notifications for planned reminders (src-main/core/reminders/notification-text.ts): the title
 * names the invoice and when it is due, the body the amount and the provider. A click shows the window
 * and opens that invoice (a summary opens the reminders list). Electron objects are injected.
 *
 * Windows shows no toast without an AppUserModelID matching the installed shortcut: call
 * ensureAppUserModelId before the first notification (electron-builder's NSIS installer sets the
 * shortcut's id to the appId, ai.invoiceinbox.app).
 */
import type { NotificationConstructorOptions } from 'electron';
import type { EventPayload } from '../../src-shared/contract';
import type { PlannedNotification } from '../core/reminders/notification-text';

export const APP_USER_MODEL_ID = 'ai.invoiceinbox.app';

/** Sets the Windows AppUserModelID (no-op elsewhere). Returns whether it was set. */
export function ensureAppUserModelId(app: { setAppUserModelId(id: string): void }, platform: NodeJS.Platform, id = APP_USER_MODEL_ID): boolean {
  if (platform !== 'win32') return false;
  app.setAppUserModelId(id);
  return true;
}

/** The part of Electron's Notification we use. */
export interface NotificationLike {
  show(): void;
  close(): void;
  on(event: 'click' | 'close' | 'failed', listener: () => void): unknown;
}

export interface DesktopNotifierDeps {
  /** `(options) => new Notification(options)`. */
  createNotification: (options: NotificationConstructorOptions) => NotificationLike;
  /** `Notification.isSupported`. */
  isSupported: () => boolean;
  showWindow: () => void;
  /** events.emit('app:navigate', ...). */
  navigate: (to: EventPayload<'app:navigate'>) => void;
  /** App icon (Linux and Windows show it in the notification). */
  iconPath?: string;
  log?: (message: string) => void;
}

export class DesktopNotifier {
  /**
   * Notifications still on screen. Electron drops the click handler of a Notification object that has
   * been garbage-collected, so each is kept until it is clicked, closed or failed.
   */
  private readonly live = new Set<NotificationLike>();

  constructor(private readonly deps: DesktopNotifierDeps) {}

  /** Shows a planned reminder; false when this system cannot show notifications. */
  showReminder(planned: PlannedNotification): boolean {
    const target: EventPayload<'app:navigate'> =
      planned.kind === 'invoice' && planned.invoiceId !== null ? { to: 'invoice', invoiceId: planned.invoiceId } : { to: 'reminders' };
    return this.show(planned.title, planned.body, target);
  }

  /** A plain message (e.g. "still running in the tray"); a click shows the window. */
  showMessage(title: string, body: string): boolean {
    return this.show(title, body, null);
  }

  /** Notifications not yet clicked or closed. */
  liveCount(): number {
    return this.live.size;
  }

  private show(title: string, body: string, target: EventPayload<'app:navigate'> | null): boolean {
    if (!this.deps.isSupported()) {
      this.deps.log?.(`notifications: not supported here; not shown: ${title}`);
      return false;
    }
    const notification = this.deps.createNotification({
      title,
      body,
      ...(this.deps.iconPath ? { icon: this.deps.iconPath } : {}),
    });
    const release = (): void => {
      this.live.delete(notification);
    };
    notification.on('click', () => {
      release();
      this.deps.showWindow();
      if (target) this.deps.navigate(target);
    });
    notification.on('close', release);
    notification.on('failed', release);
    this.live.add(notification);
    notification.show();
    return true;
  }
}

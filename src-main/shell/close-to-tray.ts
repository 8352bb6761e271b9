/**
 * Close to tray: closing the window hides it while a tray icon exists (said once, the first time), and
 * Quit quits. Electron objects injected. (Starting at login, hidden in the tray: login-item.ts.)
 */

export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  hide(): void;
}

export interface QuitSource {
  on(event: 'before-quit', listener: () => void): unknown;
}

export interface CloseToTrayDeps {
  window: ClosableWindow;
  app: QuitSource;
  /** True while a tray icon is shown (no tray: closing the window closes it as usual). */
  trayAvailable: () => boolean;
  /** Persisted "already explained" flag. */
  explained: { get(): boolean; set(value: boolean): void };
  /** Tells the user once that the app keeps running in the tray (a notification). */
  explain: (title: string, body: string) => void;
}

export const CLOSE_TO_TRAY_TITLE = 'Invoice Inbox is still running';
export const CLOSE_TO_TRAY_BODY =
  'It keeps syncing and reminds you before invoices fall due. Open it from the tray icon; choose Quit in the tray menu to stop it.';

export interface CloseToTray {
  /** True once Quit was chosen (app 'before-quit'): the window then closes for real. */
  quitting(): boolean;
  /** Marks the app as quitting (call before app.quit() from the tray's Quit). */
  markQuitting(): void;
}

export function keepRunningInTray(deps: CloseToTrayDeps): CloseToTray {
  let quitting = false;
  deps.app.on('before-quit', () => {
    quitting = true;
  });
  deps.window.on('close', (event) => {
    if (quitting || !deps.trayAvailable()) return;
    event.preventDefault();
    deps.window.hide();
    if (!deps.explained.get()) {
      deps.explained.set(true);
      deps.explain(CLOSE_TO_TRAY_TITLE, CLOSE_TO_TRAY_BODY);
    }
  });
  return {
    quitting: () => quitting,
    markQuitting: () => {
      quitting = true;
    },
  };
}

import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { COMMAND_NAMES, type CommandResult, type EventName, type EventPayload } from '../../src-shared/contract';
import type { AppOrigin } from '../shell/app-origin';
import { dispatch } from '../services/dispatch';
import type { CommandHandlers, EventSink } from '../services/commands';

/**
 * The Electron side of the contract: one ipcMain.handle per command name, each checking the sender
 * frame before dispatch() validates the payload and calls the handler; and an EventSink that pushes
 * events to the app's windows. Channel names are the contract's names (`domain:verb`).
 */
export type AppWindow = Pick<BrowserWindow, 'isDestroyed' | 'webContents'>;

export interface DoorDeps {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  handlers: CommandHandlers;
  origin: AppOrigin;
  /** The app's windows (BrowserWindow.getAllWindows in production). */
  windows: () => readonly AppWindow[];
  log?: (message: string) => void;
}

export const FORBIDDEN_RESULT: CommandResult<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from the Invoice Inbox window and was refused.' },
};

/** Registers the handlers; returns a function that removes them again. */
export function registerCommandDoor(deps: DoorDeps): () => void {
  for (const name of COMMAND_NAMES) {
    deps.ipcMain.handle(name, async (event: IpcMainInvokeEvent, args: unknown) => {
      if (!isTrustedSender(event, deps.origin, deps.windows())) {
        deps.log?.(`Refused ${name}: the sender is not the app's own window.`);
        return FORBIDDEN_RESULT;
      }
      return dispatch(deps.handlers, name, args, deps.log);
    });
  }
  return () => {
    for (const name of COMMAND_NAMES) deps.ipcMain.removeHandler(name);
  };
}

/**
 * Trusted: sent by the main frame (not an iframe) of one of our windows' web contents, whose URL is
 * the app's own page. Anything else (an embedded frame, a page that navigated away, a devtools
 * extension's contents) is refused.
 */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  origin: AppOrigin,
  windows: readonly AppWindow[],
): boolean {
  let frame: IpcMainInvokeEvent['senderFrame'];
  try {
    frame = event.senderFrame;
  } catch {
    return false; // the frame was destroyed or navigated while the message was in flight
  }
  if (!frame || frame.parent !== null) return false;
  const sender = event.sender;
  const contents = windows.find((win) => !win.isDestroyed() && (win.webContents === sender || win.webContents.id === sender.id))?.webContents;
  if (!contents) return false;
  const main = contents.mainFrame;
  if (frame !== main && (frame.processId !== main.processId || frame.routingId !== main.routingId)) return false;
  return origin.isAppPage(frame.url);
}

/** Sends each event to every app window still showing the app's own page. */
export function createWindowEventSink(windows: () => readonly AppWindow[], origin: AppOrigin): EventSink {
  return {
    emit<K extends EventName>(name: K, payload: EventPayload<K>): void {
      for (const win of windows()) {
        if (win.isDestroyed()) continue;
        const contents: Pick<WebContents, 'isDestroyed' | 'getURL' | 'send'> = win.webContents;
        if (contents.isDestroyed() || !origin.isAppPage(contents.getURL())) continue;
        contents.send(name, payload);
      }
    },
  };
}

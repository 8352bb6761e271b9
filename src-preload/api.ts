import type { IpcRenderer, IpcRendererEvent } from 'electron';
import {
  isCommandName,
  isEventName,
  type CommandArgs,
  type CommandName,
  type CommandResult,
  type CommandValue,
  type EventName,
  type EventPayload,
  type InvoiceInboxApi,
} from '../src-shared/contract';

/**
 * The API object the preload exposes as `window.invoiceInbox`: invoke() for the contract's commands
 * and on() for its events, nothing else. ipcRenderer itself never leaves the preload; listeners get
 * the payload only (never the IpcRendererEvent, whose `sender` is ipcRenderer).
 */
export type PreloadIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

export function createInvoiceInboxApi(ipc: PreloadIpc): InvoiceInboxApi {
  async function invoke<K extends CommandName>(name: K, args: CommandArgs<K>): Promise<CommandResult<CommandValue<K>>> {
    if (typeof name !== 'string' || !isCommandName(name)) {
      return { ok: false, error: { code: 'unknown_command', message: `Unknown command "${String(name).slice(0, 60)}".` } };
    }
    try {
      return (await ipc.invoke(name, args)) as CommandResult<CommandValue<K>>;
    } catch (error) {
      // Arguments that cannot be cloned, or no handler registered yet: still a value, not a throw.
      const reason = error instanceof Error ? error.message : 'the app did not answer';
      return { ok: false, error: { code: 'failed', message: `${name} could not be sent: ${reason}` } };
    }
  }

  function on<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): () => void {
    if (typeof name !== 'string' || !isEventName(name)) throw new TypeError(`Unknown event "${String(name).slice(0, 60)}".`);
    if (typeof listener !== 'function') throw new TypeError('An event listener must be a function.');
    const relay = (_event: IpcRendererEvent, payload: EventPayload<K>): void => listener(payload);
    ipc.on(name, relay);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      ipc.removeListener(name, relay);
    };
  }

  return Object.freeze({ invoke, on });
}

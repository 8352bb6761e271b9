import type { IpcRendererEvent } from 'electron';
import { createInvoiceInboxApi, type PreloadIpc } from './api';

vi.mock('electron', () => ({}));

type Relay = (event: IpcRendererEvent, payload: unknown) => void;

function fakeIpc() {
  const listeners = new Map<string, Set<Relay>>();
  const ipc = {
    invoke: vi.fn(async (_channel: string, _args: unknown): Promise<unknown> => ({ ok: true, value: [] })),
    on: vi.fn((channel: string, listener: Relay) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      return ipc;
    }),
    removeListener: vi.fn((channel: string, listener: Relay) => {
      listeners.get(channel)?.delete(listener);
      return ipc;
    }),
  };
  const fire = (channel: string, payload: unknown) => {
    const event = { sender: { secret: 'ipcRenderer' } } as unknown as IpcRendererEvent;
    for (const listener of listeners.get(channel) ?? []) listener(event, payload);
  };
  return { ipc, listeners, fire, api: createInvoiceInboxApi(ipc as unknown as PreloadIpc) };
}

describe('createInvoiceInboxApi', () => {
  it('exposes invoke and on only (never ipcRenderer)', () => {
    const { api } = fakeIpc();
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('invokes contract commands on their channel', async () => {
    const { api, ipc } = fakeIpc();
    await expect(api.invoke('accounts:list', {})).resolves.toEqual({ ok: true, value: [] });
    expect(ipc.invoke).toHaveBeenCalledWith('accounts:list', {});
  });

  it.each(['electron-store-get-data', 'accounts:steal', '__proto__', 'constructor'])('refuses %s locally with a typed error', async (name) => {
    const { api, ipc } = fakeIpc();
    const result = await api.invoke(name as 'accounts:list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_command' } });
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('turns an IPC failure into a typed value', async () => {
    const { api, ipc } = fakeIpc();
    ipc.invoke.mockRejectedValueOnce(new Error('An object could not be cloned.'));
    await expect(api.invoke('accounts:list', {})).resolves.toMatchObject({ ok: false, error: { code: 'failed' } });
  });

  it('delivers the payload only to listeners, and unsubscribe works', () => {
    const { api, fire, listeners } = fakeIpc();
    const listener = vi.fn();
    const off = api.on('sync:finished', listener);
    fire('sync:finished', { results: [] });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([{ results: [] }]);
    off();
    off();
    fire('sync:finished', { results: [] });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listeners.get('sync:finished')?.size).toBe(0);
  });

  it('keeps other subscriptions when one unsubscribes', () => {
    const { api, fire } = fakeIpc();
    const a = vi.fn();
    const b = vi.fn();
    const offA = api.on('net:status', a);
    api.on('net:status', b);
    offA();
    fire('net:status', { online: false, since: '2026-11-21T00:00:00Z' });
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledWith({ online: false, since: '2026-11-21T00:00:00Z' });
  });

  it('refuses to subscribe to names outside the contract', () => {
    const { api, ipc } = fakeIpc();
    expect(() => api.on('accounts:list' as 'sync:finished', vi.fn())).toThrow(/Unknown event/);
    expect(() => api.on('sync:finished', 'nope' as never)).toThrow(/function/);
    expect(ipc.on).not.toHaveBeenCalled();
  });
});

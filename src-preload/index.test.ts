import { API_GLOBAL } from '../src-shared/contract';

const exposed = vi.hoisted(() => new Map<string, unknown>());

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn(), send: vi.fn(), sendSync: vi.fn() },
}));

describe('preload', () => {
  it('exposes one API object under window.invoiceInbox and nothing else', async () => {
    await import('./index');
    expect([...exposed.keys()]).toEqual([API_GLOBAL]);
    const api = exposed.get(API_GLOBAL) as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
  });
});

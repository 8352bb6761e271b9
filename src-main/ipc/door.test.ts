import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { COMMAND_NAMES, type CommandResult } from '../../src-shared/contract';
import { createAppOrigin } from '../shell/app-origin';
import { FakeWebContents } from '../shell/test-fakes';
import { createWindowEventSink, registerCommandDoor, type AppWindow } from './door';
import type { CommandHandlers } from '../services/commands';

vi.mock('electron', () => ({
  ipcMain: {
    handle: () => {
      throw new Error('ipcMain must be injected');
    },
  },
}));

const APP_PAGE = 'app://invoice-inbox/index.html';
const origin = createAppOrigin({ kind: 'app', url: APP_PAGE, dir: '/app/out/renderer' });

type Handle = (event: IpcMainInvokeEvent, args: unknown) => Promise<CommandResult<unknown>>;

function fakeIpcMain() {
  const handles = new Map<string, Handle>();
  const ipcMain = {
    handle: (channel: string, listener: Handle) => {
      handles.set(channel, listener);
    },
    removeHandler: (channel: string) => {
      handles.delete(channel);
    },
  };
  return { ipcMain: ipcMain as unknown as Pick<IpcMain, 'handle' | 'removeHandler'>, handles };
}

function appWindow(url = APP_PAGE) {
  const contents = new FakeWebContents();
  contents.url = url;
  contents.mainFrame.url = url;
  const win = { isDestroyed: () => false, webContents: contents };
  return { win: win as unknown as AppWindow, contents };
}

function setup() {
  const { ipcMain, handles } = fakeIpcMain();
  const { win, contents } = appWindow();
  const accountsList = vi.fn(async () => []);
  const accountsRemove = vi.fn(async () => null);
  const handlers = { 'accounts:list': accountsList, 'accounts:remove': accountsRemove } as unknown as CommandHandlers;
  const unregister = registerCommandDoor({ ipcMain, handlers, origin, windows: () => [win] });
  const call = (name: string, args: unknown, event: Partial<IpcMainInvokeEvent> = { sender: contents, senderFrame: contents.mainFrame } as never) => {
    const handle = handles.get(name);
    if (!handle) throw new Error(`no handler for ${name}`);
    return handle(event as IpcMainInvokeEvent, args);
  };
  return { handles, contents, accountsList, accountsRemove, call, unregister };
}

describe('registerCommandDoor', () => {
  it('registers one handler per contract command and can remove them', () => {
    const { handles, unregister } = setup();
    expect([...handles.keys()].sort()).toEqual([...COMMAND_NAMES].sort());
    unregister();
    expect(handles.size).toBe(0);
  });

  it('lets a good call from the app window reach its handler', async () => {
    const { call, accountsRemove } = setup();
    await expect(call('accounts:remove', { id: 'acct_1' })).resolves.toEqual({ ok: true, value: null });
    expect(accountsRemove).toHaveBeenCalledWith({ id: 'acct_1' });
  });

  it('refuses a bad payload with a typed invalid_args error and does not call the handler', async () => {
    const { call, accountsRemove } = setup();
    const result = await call('accounts:remove', { id: '../../etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_args', field: 'id' } });
    expect(result.ok ? '' : result.error.message).toMatch(/accounts:remove.*"id"/);
    expect(accountsRemove).not.toHaveBeenCalled();
  });

  it('refuses a command from an iframe of the app window', async () => {
    const { call, contents, accountsList } = setup();
    const iframe = { parent: contents.mainFrame, url: APP_PAGE, processId: 1, routingId: 2 };
    const result = await call('accounts:list', {}, { sender: contents, senderFrame: iframe } as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(accountsList).not.toHaveBeenCalled();
  });

  it('refuses a command from a frame showing a foreign page', async () => {
    const { call, contents, accountsList } = setup();
    contents.mainFrame.url = 'https://evil.example/';
    const result = await call('accounts:list', {}, { sender: contents, senderFrame: contents.mainFrame } as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(accountsList).not.toHaveBeenCalled();
  });

  it('refuses a command from web contents that is not one of our windows', async () => {
    const { call, accountsList } = setup();
    const stranger = appWindow().contents;
    const result = await call('accounts:list', {}, { sender: stranger, senderFrame: stranger.mainFrame } as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(accountsList).not.toHaveBeenCalled();
  });

  it('refuses when the sender frame is gone', async () => {
    const { call, contents, accountsList } = setup();
    await expect(call('accounts:list', {}, { sender: contents, senderFrame: null } as never)).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const throwing = {
      sender: contents,
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
    };
    await expect(call('accounts:list', {}, throwing as never)).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(accountsList).not.toHaveBeenCalled();
  });

  it('turns a thrown handler error into a typed value', async () => {
    const { call, accountsList } = setup();
    accountsList.mockRejectedValueOnce(new Error('disk full'));
    await expect(call('accounts:list', {})).resolves.toMatchObject({ ok: false, error: { code: 'failed' } });
  });
});

describe('createWindowEventSink', () => {
  it('sends events on the contract channel to app windows showing the app page only', () => {
    const good = appWindow();
    const foreign = appWindow('https://evil.example/');
    const gone = appWindow();
    gone.contents.destroyed = true;
    const sink = createWindowEventSink(() => [good.win, foreign.win, gone.win], origin);
    sink.emit('sync:finished', { results: [] });
    expect(good.contents.sent).toEqual([['sync:finished', { results: [] }]]);
    expect(foreign.contents.sent).toEqual([]);
    expect(gone.contents.sent).toEqual([]);
  });
});

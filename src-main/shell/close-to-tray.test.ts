import type { App, BrowserWindow } from 'electron';
import { CLOSE_TO_TRAY_TITLE, keepRunningInTray, type ClosableWindow, type QuitSource } from './close-to-tray';
import type { LoginItemApp } from './login-item';
import { FakeEmitter, preventable } from './test-fakes';

vi.mock('electron', () => ({}));

// The real Electron objects fit the injected interfaces (checked by tsc).
type Assert<T extends true> = T;
export type Fits = [Assert<BrowserWindow extends ClosableWindow ? true : false>, Assert<App extends QuitSource & LoginItemApp ? true : false>];

class FakeWindow extends FakeEmitter {
  hidden = 0;
  hide(): void {
    this.hidden++;
  }
}

function setup(trayAvailable = true) {
  const window = new FakeWindow();
  const app = new FakeEmitter();
  let explained = false;
  const told: string[] = [];
  const closeToTray = keepRunningInTray({
    window: window as unknown as ClosableWindow,
    app,
    trayAvailable: () => trayAvailable,
    explained: { get: () => explained, set: (value) => (explained = value) },
    explain: (title) => told.push(title),
  });
  const close = () => {
    const event = preventable();
    window.emit('close', event);
    return event.prevented;
  };
  return { window, app, closeToTray, told, close };
}

describe('close to tray (electron mocked)', () => {
  it('closing the window hides it while the tray exists, and says so once, the first time', () => {
    const { window, told, close } = setup();
    expect(close()).toBe(true);
    expect(close()).toBe(true);
    expect(window.hidden).toBe(2);
    expect(told).toEqual([CLOSE_TO_TRAY_TITLE]);
  });

  it('Quit quits: after before-quit the window closes for real', () => {
    const { app, window, close, closeToTray } = setup();
    app.emit('before-quit');
    expect(closeToTray.quitting()).toBe(true);
    expect(close()).toBe(false);
    expect(window.hidden).toBe(0);
  });

  it('without a tray, closing the window closes it', () => {
    const { close, told } = setup(false);
    expect(close()).toBe(false);
    expect(told).toEqual([]);
  });
});

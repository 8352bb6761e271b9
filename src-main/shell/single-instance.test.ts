import type { App } from 'electron';
import { claimSingleInstance, type FocusableWindow } from './single-instance';
import { FakeEmitter } from './test-fakes';

vi.mock('electron', () => ({}));

function fakeApp(lock: boolean) {
  return Object.assign(new FakeEmitter(), {
    requestSingleInstanceLock: vi.fn(() => lock),
    quit: vi.fn(),
  });
}

function fakeWindow(minimized: boolean): FocusableWindow {
  return {
    isDestroyed: () => false,
    isMinimized: () => minimized,
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  };
}

describe('claimSingleInstance', () => {
  it('quits when another instance holds the lock', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app as unknown as App, () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalled();
    expect(app.count('second-instance')).toBe(0);
  });

  it('focuses and restores the first window on a second launch', () => {
    const app = fakeApp(true);
    const win = fakeWindow(true);
    expect(claimSingleInstance(app as unknown as App, () => win)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', {}, ['invoice-inbox'], '/home');
    expect(win.restore).toHaveBeenCalled();
    expect(win.show).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('does not restore a window that is not minimized, and copes with no window yet', () => {
    const app = fakeApp(true);
    const win = fakeWindow(false);
    let current: FocusableWindow | null = null;
    claimSingleInstance(app as unknown as App, () => current);
    expect(() => app.emit('second-instance')).not.toThrow();
    current = win;
    app.emit('second-instance');
    expect(win.restore).not.toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });
});

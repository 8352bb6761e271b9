import type { BrowserWindow } from 'electron';
import type { KeyValueStore } from './key-value';
import { FakeEmitter } from './test-fakes';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE } from './window-options';
import { fitWindowState, parseWindowState, trackWindowState, type SavedWindowState, type TrackedWindow } from './window-state';

vi.mock('electron', () => ({}));

const primary = { x: 0, y: 0, width: 1920, height: 1050 };
const right = { x: 1920, y: 0, width: 1280, height: 1000 };

describe('parseWindowState', () => {
  it.each([null, undefined, 'x', 42, {}, { width: 'a', height: 10 }, { width: -5, height: 10 }, { width: Infinity, height: 10 }])(
    'rejects %j',
    (raw) => {
      expect(parseWindowState(raw)).toBeNull();
    },
  );

  it('keeps position only when both coordinates are numbers', () => {
    expect(parseWindowState({ width: 900, height: 700, x: 5 })).toEqual({ width: 900, height: 700, maximized: false });
    expect(parseWindowState({ width: 900, height: 700, x: 5, y: 6, maximized: true })).toEqual({ width: 900, height: 700, x: 5, y: 6, maximized: true });
  });
});

describe('fitWindowState', () => {
  it('uses the defaults, centred, when nothing was saved', () => {
    expect(fitWindowState(null, [primary])).toEqual({ ...DEFAULT_WINDOW_SIZE, maximized: false });
  });

  it('restores a window that is fully visible', () => {
    const saved = { x: 100, y: 80, width: 1000, height: 700, maximized: false };
    expect(fitWindowState(saved, [primary, right])).toEqual(saved);
  });

  it('restores onto a secondary display', () => {
    const saved = { x: 2000, y: 50, width: 1000, height: 700, maximized: true };
    expect(fitWindowState(saved, [primary, right])).toEqual(saved);
  });

  it('centres on the primary display when the saved display is gone', () => {
    const saved = { x: 2000, y: 50, width: 1000, height: 700, maximized: false };
    expect(fitWindowState(saved, [primary])).toEqual({ width: 1000, height: 700, maximized: false });
  });

  it('pulls a window that hangs off the edge back onto its display', () => {
    expect(fitWindowState({ x: 1500, y: -200, width: 1000, height: 700 }, [primary])).toEqual({
      x: 920,
      y: 0,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it('shrinks a window larger than its display and enforces the minimum size', () => {
    expect(fitWindowState({ x: 0, y: 0, width: 5000, height: 4000 }, [primary])).toMatchObject({ x: 0, y: 0, width: 1920, height: 1050 });
    expect(fitWindowState({ x: 0, y: 0, width: 100, height: 100 }, [primary])).toMatchObject({
      width: MIN_WINDOW_SIZE.width,
      height: MIN_WINDOW_SIZE.height,
    });
  });

  it('drops the position when no display is known', () => {
    expect(fitWindowState({ x: 10, y: 10, width: 900, height: 700 }, [])).toEqual({ width: 900, height: 700, maximized: false });
  });
});

describe('trackWindowState', () => {
  function setup() {
    const win = Object.assign(new FakeEmitter(), {
      maximized: false,
      destroyed: false,
      bounds: { x: 1, y: 2, width: 900, height: 700 },
      isMaximized() {
        return this.maximized;
      },
      getNormalBounds() {
        return this.bounds;
      },
      isDestroyed() {
        return this.destroyed;
      },
    });
    let saved: SavedWindowState = null;
    const store: KeyValueStore<SavedWindowState> = { get: () => saved, set: (value) => void (saved = value) };
    const timers: Array<() => void> = [];
    trackWindowState(win as unknown as TrackedWindow & BrowserWindow, store, {
      setTimer: (fn) => timers.push(fn),
      clearTimer: () => undefined,
    });
    return { win, store, timers, saved: () => saved };
  }

  it('saves bounds after a move (debounced) and on close', () => {
    const { win, timers, saved } = setup();
    win.emit('move');
    expect(saved()).toBeNull();
    timers.at(-1)?.();
    expect(saved()).toEqual({ x: 1, y: 2, width: 900, height: 700, maximized: false });
    win.maximized = true;
    win.emit('close');
    expect(saved()).toEqual({ x: 1, y: 2, width: 900, height: 700, maximized: true });
  });

  it('does not touch a destroyed window', () => {
    const { win, timers, saved } = setup();
    win.emit('resize');
    win.destroyed = true;
    timers.at(-1)?.();
    expect(saved()).toBeNull();
  });
});

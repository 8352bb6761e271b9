import type { BrowserWindow, Rectangle } from 'electron';
import type { KeyValueStore } from './key-value';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE } from './window-options';

/**
 * The main window's remembered size and position. What comes back from disk is checked: a window
 * whose saved position is on a display that is gone (laptop undocked) is centred on the primary
 * display instead, and a window larger than its display is shrunk to fit.
 */
export interface WindowState {
  width: number;
  height: number;
  /** Absent: let the window be centred. */
  x?: number;
  y?: number;
  maximized: boolean;
}

/** What the store holds: null before the first save. */
export type SavedWindowState = WindowState | null;

interface Size {
  width: number;
  height: number;
}

export function parseWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const width = finiteInt(r.width);
  const height = finiteInt(r.height);
  if (width === null || height === null || width <= 0 || height <= 0) return null;
  const x = finiteInt(r.x);
  const y = finiteInt(r.y);
  const state: WindowState = { width, height, maximized: r.maximized === true };
  if (x !== null && y !== null) {
    state.x = x;
    state.y = y;
  }
  return state;
}

/**
 * Fits a saved state onto the displays there are now. `workAreas[0]` is the primary display's work
 * area; with no displays known, the size is kept and the position dropped.
 */
export function fitWindowState(
  raw: unknown,
  workAreas: readonly Rectangle[],
  defaults: Size = DEFAULT_WINDOW_SIZE,
  min: Size = MIN_WINDOW_SIZE,
): WindowState {
  const saved = parseWindowState(raw) ?? { ...defaults, maximized: false };
  const primary = workAreas[0];
  if (!primary) return { width: Math.max(saved.width, min.width), height: Math.max(saved.height, min.height), maximized: saved.maximized };

  if (saved.x !== undefined && saved.y !== undefined) {
    const rect = { x: saved.x, y: saved.y, width: saved.width, height: saved.height };
    const display = bestOverlap(rect, workAreas);
    if (display) {
      const size = fitSize(saved, display, min);
      return {
        ...size,
        x: clamp(saved.x, display.x, display.x + display.width - size.width),
        y: clamp(saved.y, display.y, display.y + display.height - size.height),
        maximized: saved.maximized,
      };
    }
  }
  return { ...fitSize(saved, primary, min), maximized: saved.maximized };
}

function fitSize(size: Size, area: Rectangle, min: Size): Size {
  return {
    width: Math.min(Math.max(size.width, min.width), area.width),
    height: Math.min(Math.max(size.height, min.height), area.height),
  };
}

function bestOverlap(rect: Rectangle, areas: readonly Rectangle[]): Rectangle | null {
  let best: Rectangle | null = null;
  let bestArea = 0;
  for (const area of areas) {
    const w = Math.min(rect.x + rect.width, area.x + area.width) - Math.max(rect.x, area.x);
    const h = Math.min(rect.y + rect.height, area.y + area.height) - Math.max(rect.y, area.y);
    const overlap = w > 0 && h > 0 ? w * h : 0;
    if (overlap > bestArea) {
      best = area;
      bestArea = overlap;
    }
  }
  return best;
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, Math.max(low, high)));
}

function finiteInt(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : null;
}

export type TrackedWindow = Pick<BrowserWindow, 'on' | 'isMaximized' | 'getNormalBounds' | 'isDestroyed'>;

export interface TrackOptions {
  debounceMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/**
 * Saves the window's normal (unmaximized) bounds and maximized flag: debounced while it is moved or
 * resized, immediately when it closes.
 */
export function trackWindowState(win: TrackedWindow, store: KeyValueStore<SavedWindowState>, options: TrackOptions = {}): void {
  const debounceMs = options.debounceMs ?? 500;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let pending: unknown = null;

  const save = (): void => {
    if (pending !== null) clearTimer(pending);
    pending = null;
    if (win.isDestroyed()) return;
    const bounds = win.getNormalBounds();
    store.set({ x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height, maximized: win.isMaximized() });
  };
  const schedule = (): void => {
    if (pending !== null) clearTimer(pending);
    pending = setTimer(save, debounceMs);
  };

  win.on('resize', schedule);
  win.on('move', schedule);
  win.on('maximize', schedule);
  win.on('unmaximize', schedule);
  win.on('close', save);
}

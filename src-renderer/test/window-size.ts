/**
 * jsdom lays nothing out and has no matchMedia: components then take the wide layout. These install a
 * matchMedia that answers `(max-width: …)` and `(max-height: …)` queries for a given window size, so a
 * test can render the small-window layout, and change the size while rendered.
 */
interface FakeQueryList {
  media: string;
  matches: boolean;
  listeners: Set<() => void>;
}

let size = { width: 1400, height: 900 };
const lists = new Set<FakeQueryList>();

function evaluate(media: string): boolean {
  const parts = [...media.matchAll(/\(max-(width|height):\s*([\d.]+)px\)/g)];
  if (parts.length === 0) return false;
  return parts.every(([, dimension, px]) => (dimension === 'width' ? size.width : size.height) <= Number(px));
}

function matchMedia(media: string): MediaQueryList {
  const list: FakeQueryList = { media, matches: evaluate(media), listeners: new Set() };
  lists.add(list);
  return {
    media,
    get matches() {
      return list.matches;
    },
    onchange: null,
    addEventListener: (_type: string, listener: () => void) => list.listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => list.listeners.delete(listener),
    addListener: (listener: () => void) => list.listeners.add(listener),
    removeListener: (listener: () => void) => list.listeners.delete(listener),
    dispatchEvent: () => true,
  } as unknown as MediaQueryList;
}

/** Sets the window size media queries see (installing matchMedia on first use); tells listeners what changed. */
export function setWindowSize(width: number, height: number): void {
  size = { width, height };
  window.matchMedia = matchMedia;
  for (const list of lists) {
    const next = evaluate(list.media);
    if (next === list.matches) continue;
    list.matches = next;
    for (const listener of list.listeners) listener();
  }
}

/** Back to jsdom's own window: no matchMedia, the wide layout. */
export function resetWindowSize(): void {
  lists.clear();
  Reflect.deleteProperty(window, 'matchMedia');
}

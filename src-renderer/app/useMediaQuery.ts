import { useCallback, useMemo, useSyncExternalStore } from 'react';

/** Window widths the layout changes at (the CSS uses the same numbers). */
export const LAYOUT_WIDTHS = {
  /** Under this the filter bar folds into one row behind a "Filters (N)" button. */
  compactFilters: 1280,
  /** Under this the sidebar starts collapsed and opens over the content. */
  narrowSidebar: 1100,
  /** Under this the detail pane opens as a sheet over the list instead of beside it. */
  overlayDetail: 1000,
} as const;

/** "(max-width: 1279px)": true while the window is narrower than `width`. */
export const narrowerThan = (width: number): string => `(max-width: ${width - 0.02}px)`;

/**
 * Whether a CSS media query matches now, re-rendering when it changes. Where the environment has no
 * matchMedia (jsdom in component tests), nothing matches: the wide layout.
 */
export function useMediaQuery(query: string): boolean {
  const list = useMemo(() => (typeof window.matchMedia === 'function' ? window.matchMedia(query) : null), [query]);
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!list) return () => undefined;
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [list],
  );
  const matches = useCallback(() => list?.matches ?? false, [list]);
  return useSyncExternalStore(subscribe, matches);
}

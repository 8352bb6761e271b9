import { useCallback, useState } from 'react';
import { LAYOUT_WIDTHS, narrowerThan, useMediaQuery } from './useMediaQuery';

/** Where the user's choice for wide windows is kept (a layout preference, nothing private). */
export const SIDEBAR_STORAGE_KEY = 'invoice-inbox:sidebar-collapsed';

function readCollapsed(storage: Storage | undefined): boolean {
  try {
    return storage?.getItem(SIDEBAR_STORAGE_KEY) === 'true';
  } catch {
    return false; // storage refused (private mode, quota): start expanded
  }
}

function writeCollapsed(storage: Storage | undefined, collapsed: boolean): void {
  try {
    storage?.setItem(SIDEBAR_STORAGE_KEY, String(collapsed));
  } catch {
    // Not remembered this time; the sidebar still follows the click.
  }
}

export interface SidebarState {
  /** Icons only (names stay as accessible names and tooltips). */
  collapsed: boolean;
  /** Open over the content (a narrow window) rather than beside it. */
  overlay: boolean;
  toggle(): void;
  /** Folds an overlaying sidebar away (after a choice, or on Esc); nothing in a wide window. */
  dismiss(): void;
}

/**
 * The sidebar's state. In a wide window it is what the user last chose (remembered in localStorage);
 * under 1100 px it starts collapsed, and expanding it lays it over the content for the moment instead
 * of narrowing the list.
 */
export function useSidebarState(storage: Storage | undefined = globalThis.localStorage): SidebarState {
  const narrow = useMediaQuery(narrowerThan(LAYOUT_WIDTHS.narrowSidebar));
  const [collapsedWide, setCollapsedWide] = useState(() => readCollapsed(storage));
  const [openNarrow, setOpenNarrow] = useState(false);
  const toggle = useCallback(() => {
    if (narrow) {
      setOpenNarrow((open) => !open);
      return;
    }
    setOpenNarrow(false);
    setCollapsedWide(!collapsedWide);
    writeCollapsed(storage, !collapsedWide);
  }, [narrow, storage, collapsedWide]);
  const dismiss = useCallback(() => setOpenNarrow(false), []);
  return narrow ? { collapsed: !openNarrow, overlay: openNarrow, toggle, dismiss } : { collapsed: collapsedWide, overlay: false, toggle, dismiss };
}

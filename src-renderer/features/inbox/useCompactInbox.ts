import { useInbox } from '../../app/context';
import { LAYOUT_WIDTHS, narrowerThan, useMediaQuery } from '../../app/useMediaQuery';

/** Under this window height the summary keeps to one line (the list needs the rows). */
const SHORT_WINDOW = 800;

/**
 * Whether the inbox's header parts fold up: the filters behind one button under 1280 px or while the
 * detail pane narrows the list; the summary to one line then too, or in a window under 800 px high.
 */
export function useCompactInbox(): { filters: boolean; summary: boolean } {
  const narrow = useMediaQuery(narrowerThan(LAYOUT_WIDTHS.compactFilters));
  const short = useMediaQuery(`(max-height: ${SHORT_WINDOW - 0.02}px)`);
  const detailOpen = useInbox((s) => s.detailOpen);
  const filters = narrow || detailOpen;
  return { filters, summary: filters || short };
}

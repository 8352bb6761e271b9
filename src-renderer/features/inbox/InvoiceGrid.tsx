import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef } from 'react';
import type { InboxRowView, InboxSort, SortKey } from '../../../src-shared/domain/inbox-query';
import { Row, rowDomId, type PickHow } from './GridRow';

/** The grid's element id (focus returns to it). */
export const GRID_ID = 'invoice-grid';

export const ROW_HEIGHT = 36;
/** The sticky header row's height: the list starts this far below the top of the scroll area. */
const HEADER_HEIGHT = 30;
/**
 * Column names, classes and the sort a click on the header picks (with the direction a first click
 * uses); narrow panes hide the less needed columns (container queries in inbox.css).
 */
const COLUMNS: Array<{ name: string; className: string; sort?: { key: SortKey; first: 'asc' | 'desc' } }> = [
  { name: 'Account', className: 'col-account', sort: { key: 'provider', first: 'asc' } },
  { name: 'Number', className: 'col-number' },
  { name: 'Status', className: 'col-status', sort: { key: 'attention', first: 'asc' } },
  { name: 'Issued', className: 'col-issued', sort: { key: 'issued', first: 'desc' } },
  { name: 'Due', className: 'col-due', sort: { key: 'due', first: 'asc' } },
  { name: 'When', className: 'col-when' },
  { name: 'Paid on', className: 'col-paid', sort: { key: 'paid', first: 'desc' } },
  { name: 'Tags', className: 'col-tags' },
  { name: 'Amount due', className: 'col-amount num', sort: { key: 'amount', first: 'desc' } },
  { name: 'Total', className: 'col-total num', sort: { key: 'amount', first: 'desc' } },
];

export interface GridProps {
  /** Rows in the whole filtered set (the list's length). */
  count: number;
  /** The row at an index when its page is loaded. */
  rowAt: (index: number) => InboxRowView | undefined;
  /** The grid shows [start, end): load what is missing. */
  onRange: (start: number, end: number) => void;
  selectedId: string | null;
  selectedIndex: number | null;
  /** Changes with every new query: the list goes back to the top. */
  query: number;
  /** The search the rows answer (data-search, for tests and the benchmark). */
  search: string;
  nowMs: number;
  onOpen: (invoiceId: string, index: number) => void;
  /** The sort shown by the headers (aria-sort) and what a header click asks for. */
  sort: InboxSort;
  onSort: (sort: InboxSort) => void;
  /** The multi-selection (separate from the cursor row, selectedId). */
  checkedIds: ReadonlySet<string>;
  allInView: boolean;
  onPick: (invoiceId: string, index: number, how: PickHow) => void;
  /** The header's checkbox: select every row of the view, or clear the selection. */
  onSelectAll: (on: boolean) => void;
}


function Placeholder({ index, start }: { index: number; start: number }) {
  return (
    <div role="row" aria-rowindex={index + 2} aria-busy="true" className="grid-row placeholder" style={{ transform: `translateY(${start}px)` }}>
      <div role="gridcell" className="col-account muted">Loading…</div>
    </div>
  );
}

/** The header's checkbox: checked when every row of the view is picked, mixed when some are. */
function SelectAllCell({ count, checkedCount, allInView, onSelectAll }: { count: number; checkedCount: number; allInView: boolean; onSelectAll: (on: boolean) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  const all = allInView || (count > 0 && checkedCount >= count);
  const some = !all && checkedCount > 0;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some;
  }, [some]);
  return (
    <div role="columnheader" className="col-select">
      <input
        ref={ref}
        type="checkbox"
        checked={all}
        aria-label={`Select all ${count.toLocaleString('en-US')} ${count === 1 ? 'invoice' : 'invoices'} in this view`}
        tabIndex={-1}
        onChange={() => onSelectAll(!all)}
      />
    </div>
  );
}

function HeaderCell({ column, sort, onSort }: { column: (typeof COLUMNS)[number]; sort: InboxSort; onSort: (sort: InboxSort) => void }) {
  const by = column.sort;
  // Amount due and Total share one sort (by total): only the first carries aria-sort.
  const active = by !== undefined && by.key === sort.key && !(column.className.startsWith('col-total') && sort.key === 'amount');
  const ariaSort = active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : by ? 'none' : undefined;
  return (
    <div role="columnheader" className={column.className} aria-sort={ariaSort}>
      {by ? (
        <button
          type="button"
          className="sort-button"
          onClick={() => onSort({ key: by.key, dir: active ? (sort.dir === 'asc' ? 'desc' : 'asc') : by.first })}
          title={`Sort by ${column.name.toLowerCase()}`}
        >
          {column.name}
          <span aria-hidden="true" className="sort-arrow">
            {active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
          </span>
        </button>
      ) : (
        column.name
      )}
    </div>
  );
}

/**
 * The one inbox list, virtualized over windows of rows that main sends as they come into view: only
 * the rows in view (plus a small overscan) exist in the DOM and in memory, so 100,000 invoices cost the
 * same as 30. A grid with an active descendant; keys are handled app-wide.
 */
export function InvoiceGrid(props: GridProps) {
  const { count, rowAt, onRange, selectedId, selectedIndex, query, search, nowMs, onOpen, sort, onSort, checkedIds, allInView, onPick, onSelectAll } = props;
  // The grid itself scrolls (so the focusable element is the scrollable one); the header row is sticky.
  const scrollRef = useRef<HTMLDivElement>(null);
  // Stable between renders: a new function makes the virtualizer re-measure every row (slow at 100k).
  const getItemKey = useCallback((index: number) => rowAt(index)?.id ?? `placeholder-${index}`, [rowAt]);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions by design
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // React 19 warns about flushSync inside effects; a frame of lag while scrolling is invisible here.
    useFlushSync: false,
    getItemKey,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = (items[items.length - 1]?.index ?? 0) + 1;

  useEffect(() => {
    if (count > 0) onRange(first, last);
  }, [first, last, count, onRange]);

  useEffect(() => {
    scrollRef.current?.scrollTo?.({ top: 0 });
  }, [query]);

  useEffect(() => {
    if (selectedIndex !== null && selectedIndex >= 0 && selectedIndex < count) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, count, virtualizer]);

  const multi = allInView || checkedIds.size > 0;
  const activeRendered = selectedIndex !== null && items.some((item) => item.index === selectedIndex && rowAt(item.index)?.id === selectedId);

  return (
    <div
      role="grid"
      className="grid"
      aria-label="Invoices"
      aria-rowcount={count + 1}
      aria-multiselectable="true"
      aria-activedescendant={activeRendered && selectedId !== null ? rowDomId(selectedId) : undefined}
      tabIndex={0}
      id={GRID_ID}
      data-search={search}
      ref={scrollRef}
    >
      <div role="rowgroup" className="grid-head">
        <div role="row" aria-rowindex={1} className="grid-row grid-header-row">
          <SelectAllCell count={count} checkedCount={checkedIds.size} allInView={allInView} onSelectAll={onSelectAll} />
          {COLUMNS.map((column) => (
            <HeaderCell key={column.name} column={column} sort={sort} onSort={onSort} />
          ))}
        </div>
      </div>
      <div role="rowgroup" className="grid-body">
        <div role="presentation" className="grid-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowAt(item.index);
            const start = item.start - HEADER_HEIGHT;
            if (!row) return <Placeholder key={item.key} index={item.index} start={start} />;
            return (
              <Row
                key={item.key}
                row={row}
                index={item.index}
                start={start}
                selected={row.id === selectedId}
                checked={allInView || checkedIds.has(row.id)}
                multi={multi}
                nowMs={nowMs}
                onOpen={onOpen}
                onPick={onPick}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

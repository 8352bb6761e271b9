import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef } from 'react';
import type { InboxRowView } from '../../../src-shared/domain/inbox-query';
import { providerName } from '../../../src-shared/domain/provider';
import { StatusChip } from '../../components/StatusChip';
import { formatDay, relativeDue } from '../../format/dates';
import { formatMoney } from '../../format/money';
import { NumberCell } from './NumberCell';
import { StaleMarker } from './stale';

export const ROW_HEIGHT = 36;
/** The sticky header row's height: the list starts this far below the top of the scroll area. */
const HEADER_HEIGHT = 30;
/** Column names and classes; narrow panes hide the less needed columns (container queries in inbox.css). */
const COLUMNS: Array<[string, string]> = [
  ['Account', 'col-account'],
  ['Number', 'col-number'],
  ['Status', 'col-status'],
  ['Issued', 'col-issued'],
  ['Due', 'col-due'],
  ['When', 'col-when'],
  ['Amount due', 'col-amount num'],
  ['Total', 'col-total num'],
];

export const rowDomId = (invoiceId: string): string => `invoice-row-${invoiceId.replace(/[^A-Za-z0-9_-]/g, '_')}`;

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
}

const Row = memo(function Row({ row, index, start, selected, nowMs, onOpen }: {
  row: InboxRowView;
  index: number;
  start: number;
  selected: boolean;
  nowMs: number;
  onOpen: (invoiceId: string, index: number) => void;
}) {
  const due = row.markedPaidAt === null && row.payable ? relativeDue(row.dueAt, row.state, nowMs) : null;
  return (
    <div
      role="row"
      id={rowDomId(row.id)}
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`grid-row${selected ? ' selected' : ''}`}
      style={{ transform: `translateY(${start}px)` }}
      onClick={() => onOpen(row.id, index)}
    >
      <div role="gridcell" className="col-account">
        <span className="provider">{providerName(row.provider)}</span> <span className="account">{row.accountLabel}</span>
        <StaleMarker accountId={row.accountId} />
      </div>
      <div role="gridcell" className="col-number">
        <NumberCell number={row.number} providerInvoiceId={row.providerInvoiceId} />
      </div>
      <div role="gridcell" className="col-status">
        <StatusChip state={row.state} kind={row.kind} markedPaidAt={row.markedPaidAt} />
      </div>
      <div role="gridcell" className="col-issued">{formatDay(row.issuedAt)}</div>
      <div role="gridcell" className="col-due">{formatDay(row.dueAt)}</div>
      <div role="gridcell" className={`col-when ${due ? `due-${due.tone}` : 'muted'}`}>
        {due?.text ?? ''}
      </div>
      <div role="gridcell" className="col-amount num">{formatMoney(row.amountDue, row.currency)}</div>
      <div role="gridcell" className="col-total num muted-strong">{formatMoney(row.total, row.currency)}</div>
    </div>
  );
});

function Placeholder({ index, start }: { index: number; start: number }) {
  return (
    <div role="row" aria-rowindex={index + 2} aria-busy="true" className="grid-row placeholder" style={{ transform: `translateY(${start}px)` }}>
      <div role="gridcell" className="col-account muted">Loading…</div>
    </div>
  );
}

/**
 * The one inbox list, virtualized over windows of rows that main sends as they come into view: only
 * the rows in view (plus a small overscan) exist in the DOM and in memory, so 100,000 invoices cost the
 * same as 30. A grid with an active descendant; keys are handled app-wide.
 */
export function InvoiceGrid({ count, rowAt, onRange, selectedId, selectedIndex, query, search, nowMs, onOpen }: GridProps) {
  // The grid itself scrolls (so the focusable element is the scrollable one); the header row is sticky.
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions by design
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // React 19 warns about flushSync inside effects; a frame of lag while scrolling is invisible here.
    useFlushSync: false,
    getItemKey: (index) => rowAt(index)?.id ?? `placeholder-${index}`,
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

  const activeRendered = selectedIndex !== null && items.some((item) => item.index === selectedIndex && rowAt(item.index)?.id === selectedId);

  return (
    <div
      role="grid"
      className="grid"
      aria-label="Invoices"
      aria-rowcount={count + 1}
      aria-activedescendant={activeRendered && selectedId !== null ? rowDomId(selectedId) : undefined}
      tabIndex={0}
      id="invoice-grid"
      data-search={search}
      ref={scrollRef}
    >
      <div role="rowgroup" className="grid-head">
        <div role="row" aria-rowindex={1} className="grid-row grid-header-row">
          {COLUMNS.map(([name, className]) => (
            <div role="columnheader" key={name} className={className}>
              {name}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="grid-body">
        <div role="presentation" className="grid-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowAt(item.index);
            const start = item.start - HEADER_HEIGHT;
            if (!row) return <Placeholder key={item.key} index={item.index} start={start} />;
            return <Row key={item.key} row={row} index={item.index} start={start} selected={row.id === selectedId} nowMs={nowMs} onOpen={onOpen} />;
          })}
        </div>
      </div>
    </div>
  );
}

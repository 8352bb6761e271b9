import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef } from 'react';
import { StatusChip } from '../../components/StatusChip';
import { formatDay, relativeDue } from '../../format/dates';
import { formatMoney } from '../../format/money';
import type { InboxRow } from './rows';

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

interface GridProps {
  rows: readonly InboxRow[];
  selectedId: string | null;
  nowMs: number;
  onOpen: (invoiceId: string) => void;
}

const Row = memo(function Row({ row, index, start, selected, nowMs, onOpen }: {
  row: InboxRow;
  index: number;
  start: number;
  selected: boolean;
  nowMs: number;
  onOpen: (invoiceId: string) => void;
}) {
  const { invoice } = row;
  const due = relativeDue(invoice.dueAt, row.status, nowMs);
  return (
    <div
      role="row"
      id={rowDomId(invoice.id)}
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`grid-row${selected ? ' selected' : ''}`}
      style={{ transform: `translateY(${start}px)` }}
      onClick={() => onOpen(invoice.id)}
    >
      <div role="gridcell" className="col-account">
        <span className="provider">{row.providerName}</span> <span className="account">{row.accountLabel}</span>
      </div>
      <div role="gridcell" className="col-number">{invoice.number ?? invoice.providerInvoiceId}</div>
      <div role="gridcell" className="col-status">
        <StatusChip status={row.status} />
      </div>
      <div role="gridcell" className="col-issued">{formatDay(invoice.issuedAt)}</div>
      <div role="gridcell" className="col-due">{formatDay(invoice.dueAt)}</div>
      <div role="gridcell" className={`col-when ${due ? `due-${due.tone}` : 'muted'}`}>
        {due?.text ?? ''}
      </div>
      <div role="gridcell" className="col-amount num">{formatMoney(invoice.amountDue, invoice.currency)}</div>
      <div role="gridcell" className="col-total num muted-strong">{formatMoney(invoice.total, invoice.currency)}</div>
    </div>
  );
});

/**
 * The one inbox list, virtualized: only the rows in view (plus a small overscan) exist in the DOM, so
 * 100,000 invoices cost the same as 30. A grid with an active descendant; keys are handled app-wide.
 */
export function InvoiceGrid({ rows, selectedId, nowMs, onOpen }: GridProps) {
  // The grid itself scrolls (so the focusable element is the scrollable one); the header row is sticky.
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // React 19 warns about flushSync inside effects; a frame of lag while scrolling is invisible here.
    useFlushSync: false,
    getItemKey: (index) => rows[index]?.invoice.id ?? index,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const selectedIndex = selectedId === null ? -1 : rows.findIndex((row) => row.invoice.id === selectedId);

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const activeRendered = selectedIndex >= 0 && items.some((item) => item.index === selectedIndex);

  return (
    <div
      role="grid"
      className="grid"
      aria-label="Invoices"
      aria-rowcount={rows.length + 1}
      aria-activedescendant={activeRendered && selectedId !== null ? rowDomId(selectedId) : undefined}
      tabIndex={0}
      id="invoice-grid"
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
            const row = rows[item.index];
            if (!row) return null;
            return (
              <Row
                key={item.key}
                row={row}
                index={item.index}
                start={item.start - HEADER_HEIGHT}
                selected={item.index === selectedIndex}
                nowMs={nowMs}
                onOpen={onOpen}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

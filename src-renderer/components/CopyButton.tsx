import type { MouseEvent } from 'react';
import { Icon } from './Icon';

interface CopyButtonProps {
  /** The accessible name and tooltip ("Copy invoice number INV-0042"). */
  label: string;
  onCopy: () => void;
  /** -1 inside the invoice grid: its rows are reached with the list's keys, not by Tab. */
  tabIndex?: number;
}

/** A small copy icon button. Its click stays its own: a row or card around it does not open. */
export function CopyButton({ label, onCopy, tabIndex }: CopyButtonProps) {
  const onClick = (event: MouseEvent) => {
    event.stopPropagation();
    onCopy();
  };
  return (
    <button type="button" className="icon-button copy-button" aria-label={label} title={label} tabIndex={tabIndex} onClick={onClick}>
      <Icon name="copy" />
    </button>
  );
}

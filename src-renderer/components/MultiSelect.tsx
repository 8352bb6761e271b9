import * as Popover from '@radix-ui/react-popover';
import { useId } from 'react';

export interface Option<V extends string> {
  value: V;
  label: string;
  /** How many invoices have it (shown beside the label in the list, not in the button). */
  count?: number;
}

interface MultiSelectProps<V extends string> {
  label: string;
  options: readonly Option<V>[];
  selected: readonly V[];
  onChange: (next: V[]) => void;
  /** Shown when nothing is selected ("Any status"). */
  anyLabel: string;
}

/**
 * A button that opens a popover holding a group of checkboxes; the button tells what is selected.
 * Radix's popover gives Esc, outside click, focus return to the button, and one open at a time (a
 * click on another trigger is an outside click for this one). Non-modal: the rest of the screen
 * stays usable while it is open.
 */
export function MultiSelect<V extends string>({ label, options, selected, onChange, anyLabel }: MultiSelectProps<V>) {
  const id = useId();
  const chosen = options.filter((o) => selected.includes(o.value));
  const summary = chosen.length === 0 ? anyLabel : chosen.length <= 2 ? chosen.map((o) => o.label).join(', ') : `${chosen.length} selected`;
  const toggle = (value: V, on: boolean) => onChange(on ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <Popover.Root modal={false}>
      <Popover.Trigger className="multiselect-trigger">
        <span className="filter-label">{label}:</span> {summary}
        <span className="trigger-caret" aria-hidden="true">
          ▾
        </span>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className="popover multiselect-popover" align="start" sideOffset={4} collisionPadding={8} aria-label={label}>
          <fieldset className="multiselect-options" aria-labelledby={`${id}-legend`}>
            <legend id={`${id}-legend`} className="visually-hidden">
              {label}
            </legend>
            {options.map((option) => (
              <label key={option.value} className="check">
                <input type="checkbox" checked={selected.includes(option.value)} onChange={(e) => toggle(option.value, e.target.checked)} />
                {option.label}
                {option.count === undefined ? null : <span className="muted option-count">{option.count.toLocaleString('en-US')}</span>}
              </label>
            ))}
          </fieldset>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

import { useId } from 'react';

export interface Option<V extends string> {
  value: V;
  label: string;
}

interface MultiSelectProps<V extends string> {
  label: string;
  options: readonly Option<V>[];
  selected: readonly V[];
  onChange: (next: V[]) => void;
  /** Shown when nothing is selected ("Any status"). */
  anyLabel: string;
}

/** A disclosure holding a group of checkboxes; the summary tells what is selected. */
export function MultiSelect<V extends string>({ label, options, selected, onChange, anyLabel }: MultiSelectProps<V>) {
  const id = useId();
  const chosen = options.filter((o) => selected.includes(o.value));
  const summary = chosen.length === 0 ? anyLabel : chosen.length <= 2 ? chosen.map((o) => o.label).join(', ') : `${chosen.length} selected`;
  const toggle = (value: V, on: boolean) => onChange(on ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <details className="multiselect">
      <summary>
        <span className="filter-label">{label}:</span> {summary}
      </summary>
      <fieldset className="multiselect-options" aria-labelledby={`${id}-legend`}>
        <legend id={`${id}-legend`} className="visually-hidden">
          {label}
        </legend>
        {options.map((option) => (
          <label key={option.value} className="check">
            <input type="checkbox" checked={selected.includes(option.value)} onChange={(e) => toggle(option.value, e.target.checked)} />
            {option.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

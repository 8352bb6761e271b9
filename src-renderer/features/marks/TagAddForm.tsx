import { useId } from 'react';
import { TAG_MAX } from '../../../src-shared/contract';

/** A tag to add: typed, with the workspace's tags offered as the user types; submits the trimmed text. */
export function TagAddForm({
  value,
  onChange,
  onAdd,
  known,
  hideLabel = false,
}: {
  value: string;
  onChange: (text: string) => void;
  onAdd: (tag: string) => void;
  known: readonly { tag: string }[];
  hideLabel?: boolean;
}) {
  const inputId = useId();
  const listId = useId();
  return (
    <form
      className="tag-add"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim() !== '') onAdd(value.trim());
      }}
    >
      <label htmlFor={inputId} className={hideLabel ? 'visually-hidden' : undefined}>
        Add a tag
      </label>
      <input id={inputId} list={listId} value={value} maxLength={TAG_MAX} autoComplete="off" placeholder={hideLabel ? 'Add a tag' : undefined} onChange={(event) => onChange(event.target.value)} />
      <datalist id={listId}>
        {known.map((entry) => (
          <option key={entry.tag} value={entry.tag} />
        ))}
      </datalist>
      <button type="submit" disabled={value.trim() === ''}>
        Add tag
      </button>
    </form>
  );
}

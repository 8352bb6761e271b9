import { useState, type FormEvent } from 'react';

interface Props {
  name: string;
  /** The earliest day that can be picked (YYYY-MM-DD). */
  tomorrow: string;
  busy: boolean;
  onSnooze(day: string): void;
  /** Closes the form; focus goes back to the row. */
  onClose(): void;
}

/** "Snooze until a date…": a day picker under the row, opened from the menu or with D. */
export function SnoozeDateForm({ name, tomorrow, busy, onSnooze, onClose }: Props) {
  const [date, setDate] = useState('');
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && date >= tomorrow;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid) onSnooze(date);
  };
  return (
    <form
      className="snooze-date"
      aria-label={`Snooze ${name} until a date`}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }}
    >
      <label>
        Snooze until
        <input type="date" min={tomorrow} value={date} autoFocus aria-label={`Snooze ${name} until date`} onChange={(e) => setDate(e.target.value)} />
      </label>
      <button type="submit" disabled={busy || !valid}>
        Snooze to date
      </button>
      <button type="button" onClick={onClose}>
        Cancel
      </button>
    </form>
  );
}

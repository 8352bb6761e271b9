/** What a key does on a focused reminders row (the row's aria-keyshortcuts lists the same keys). */
export type RowCommand = 'open' | 'paid' | 'snooze_tomorrow' | 'snooze_next_week' | 'snooze_date' | 'mute' | 'next' | 'prev' | 'first' | 'last';

/** The key for each row action, as the menu shows it beside the item. */
export const ROW_KEYS = {
  open: 'Enter',
  paid: 'p',
  snooze_tomorrow: 's',
  snooze_next_week: 'w',
  snooze_date: 'd',
  mute: 'm',
} as const;

/** aria-keyshortcuts for a row: its actions, then moving between rows. */
export const ROW_KEYSHORTCUTS = [...Object.values(ROW_KEYS), 'j', 'k', 'ArrowDown', 'ArrowUp', 'Home', 'End'].join(' ');

const BY_KEY: Record<string, RowCommand> = {
  Enter: 'open',
  o: 'open',
  p: 'paid',
  s: 'snooze_tomorrow',
  w: 'snooze_next_week',
  d: 'snooze_date',
  m: 'mute',
  j: 'next',
  ArrowDown: 'next',
  k: 'prev',
  ArrowUp: 'prev',
  Home: 'first',
  End: 'last',
};

/** The row command for a key press; modifier combos belong to the browser and the system. */
export function rowCommandFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): RowCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const key = event.key.length === 1 && !event.shiftKey ? event.key.toLowerCase() : event.key;
  return BY_KEY[key] ?? null;
}

import type { InboxRowView, MarkAction } from '../../src-shared/domain';
/** True when a key press belongs to a text field (or a modifier combo), not to the app's shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type);
}

/** Enter on a button or link activates that control; the shortcut must not steal it. */
export function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY', 'INPUT'].includes(target.tagName);
}

export type Shortcut =
  | 'next'
  | 'prev'
  | 'open'
  | 'close'
  | 'search'
  | 'pay'
  | 'pdf'
  | 'markPaid'
  | 'snooze'
  | 'mute'
  | 'toggleSelect'
  | 'extendNext'
  | 'extendPrev'
  | 'selectAll';

export function shortcutFor(event: KeyboardEvent): Shortcut | null {
  if (event.altKey) return null;
  if (event.ctrlKey || event.metaKey) return event.key.toLowerCase() === 'a' && !event.shiftKey ? 'selectAll' : null;
  if (event.shiftKey) {
    if (['j', 'J', 'ArrowDown'].includes(event.key)) return 'extendNext';
    if (['k', 'K', 'ArrowUp'].includes(event.key)) return 'extendPrev';
  }
  switch (event.key) {
    case 'j':
    case 'ArrowDown':
      return 'next';
    case 'k':
    case 'ArrowUp':
      return 'prev';
    case 'Enter':
      return 'open';
    case 'Escape':
      return 'close';
    case '/':
      return 'search';
    case 'p':
      return 'pay';
    case 'o':
      return 'pdf';
    case 'i':
      return 'markPaid';
    case 's':
      return 'snooze';
    case 'm':
      return 'mute';
    case 'x':
      return 'toggleSelect';
    default:
      return null;
  }
}

/**
 * The mark a key sets on rows: i says "I paid this" (takes it back when every row is marked paid), s
 * snoozes until tomorrow, m mutes (unmutes when every row is muted). No rows (a whole view, not all
 * loaded): paid and mute.
 */
export function markActionFor(shortcut: 'markPaid' | 'snooze' | 'mute', rows: readonly Pick<InboxRowView, 'markedPaidAt' | 'muted'>[]): MarkAction {
  const every = (test: (row: Pick<InboxRowView, 'markedPaidAt' | 'muted'>) => boolean) => rows.length > 0 && rows.every(test);
  if (shortcut === 'markPaid') return every((row) => row.markedPaidAt !== null) ? { kind: 'unpaid' } : { kind: 'paid' };
  if (shortcut === 'snooze') return { kind: 'snooze', until: 'tomorrow' };
  return every((row) => row.muted) ? { kind: 'unmute' } : { kind: 'mute' };
}

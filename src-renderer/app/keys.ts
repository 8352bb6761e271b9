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

export type Shortcut = 'next' | 'prev' | 'open' | 'close' | 'search' | 'pay' | 'pdf' | 'markPaid' | 'snooze' | 'mute';

export function shortcutFor(event: KeyboardEvent): Shortcut | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
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
    default:
      return null;
  }
}

/** The mark a key sets on a row: i toggles "I paid this", s snoozes until tomorrow, m toggles the mute. */
export function markActionFor(shortcut: 'markPaid' | 'snooze' | 'mute', row: Pick<InboxRowView, 'markedPaidAt' | 'muted'>): MarkAction {
  if (shortcut === 'markPaid') return row.markedPaidAt === null ? { kind: 'paid' } : { kind: 'unpaid' };
  if (shortcut === 'snooze') return { kind: 'snooze', until: 'tomorrow' };
  return row.muted ? { kind: 'unmute' } : { kind: 'mute' };
}

import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { ReactNode } from 'react';

export interface MenuAction {
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  /** The key that does the same outside the menu, shown beside the item and told to assistive tech ("s"). */
  shortcut?: string;
  tone?: 'danger';
}

export type MenuEntry = MenuAction | 'separator';

interface MenuProps {
  /** The trigger's accessible name ("More actions for INV-0301"). */
  label: string;
  items: readonly MenuEntry[];
  /** What the trigger shows; a "more" glyph unless given. */
  children?: ReactNode;
  disabled?: boolean;
  className?: string;
}

/** How a shortcut key reads beside a menu item ("s" → "S", "Enter" stays). */
export const shortcutText = (key: string): string => (key.length === 1 ? key.toUpperCase() : key);

/**
 * A "more actions" menu on Radix's dropdown menu: arrow keys and typeahead move between items, Enter
 * or Space runs one, Esc or an outside click closes it, and focus goes back to the trigger.
 * Non-modal, so a click on another menu or popover trigger moves straight there.
 */
export function Menu({ label, items, children, disabled, className }: MenuProps) {
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className={`menu-trigger${className ? ` ${className}` : ''}`} aria-label={label} disabled={disabled}>
        {children ?? (
          <span aria-hidden="true" className="menu-glyph">
            ⋯
          </span>
        )}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="popover menu" align="end" sideOffset={4} collisionPadding={8} aria-label={label}>
          {items.map((item, index) =>
            item === 'separator' ? (
              <DropdownMenu.Separator key={`separator-${index}`} className="menu-separator" />
            ) : (
              <DropdownMenu.Item
                key={item.label}
                className={`menu-item${item.tone === 'danger' ? ' menu-item-danger' : ''}`}
                disabled={item.disabled}
                onSelect={item.onSelect}
                aria-keyshortcuts={item.shortcut}
              >
                <span>{item.label}</span>
                {item.shortcut ? (
                  <kbd className="menu-shortcut" aria-hidden="true">
                    {shortcutText(item.shortcut)}
                  </kbd>
                ) : null}
              </DropdownMenu.Item>
            ),
          )}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

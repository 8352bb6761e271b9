import type { KeyboardEvent } from 'react';
import { Icon, type IconName } from '../components/Icon';
import { SyncAll } from '../features/sync/SyncAll';
import type { Screen } from '../stores/app';
import { useAppState, useInbox } from './context';
import type { SidebarState } from './sidebar-state';

const ITEMS: Array<{ screen: Screen; label: string; icon: IconName }> = [
  { screen: 'inbox', label: 'Inbox', icon: 'inbox' },
  { screen: 'accounts', label: 'Accounts', icon: 'key' },
  { screen: 'reminders', label: 'Reminders', icon: 'bell' },
  { screen: 'settings', label: 'Settings', icon: 'sliders' },
];

export const SIDEBAR_ID = 'app-sidebar';

/**
 * Brand, the screens, sync and the key hints. Collapsed, it keeps only icons: each button keeps its
 * name (read out, and shown as a tooltip), so nothing is reachable only by sight.
 */
export function Sidebar({ state }: { state: SidebarState }) {
  const screen = useAppState((s) => s.screen);
  const navigate = useAppState((s) => s.navigate);
  const openCount = useInbox((s) => s.facets?.owed ?? 0);
  const { collapsed, overlay, toggle, dismiss } = state;
  const go = (target: Screen) => {
    navigate(target);
    dismiss();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !overlay) return;
    event.preventDefault();
    dismiss();
    document.getElementById(`${SIDEBAR_ID}-toggle`)?.focus();
  };
  return (
    <header id={SIDEBAR_ID} className={`sidebar${collapsed ? ' collapsed' : ''}${overlay ? ' overlay' : ''}`} onKeyDown={onKeyDown}>
      <div className="sidebar-top">
        <p className="brand">Invoice Inbox</p>
        <button
          type="button"
          id={`${SIDEBAR_ID}-toggle`}
          className="icon-button sidebar-toggle"
          aria-label="Sidebar"
          aria-expanded={!collapsed}
          aria-controls={`${SIDEBAR_ID}-nav`}
          title={collapsed ? 'Show the sidebar' : 'Hide the sidebar'}
          onClick={toggle}
        >
          <Icon name="sidebar" />
        </button>
      </div>
      <nav aria-label="Main" id={`${SIDEBAR_ID}-nav`}>
        <ul className="nav-list">
          {ITEMS.map((item) => (
            <li key={item.screen}>
              <button
                type="button"
                className="nav-item"
                aria-current={screen === item.screen ? 'page' : undefined}
                title={collapsed ? item.label : undefined}
                onClick={() => go(item.screen)}
              >
                <Icon name={item.icon} />
                <span className="nav-label">{item.label}</span>
                {item.screen === 'inbox' && openCount > 0 ? (
                  <span className="nav-count">
                    {openCount}
                    <span className="visually-hidden"> open</span>
                  </span>
                ) : null}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <SyncAll />
      <p className="shortcuts-hint muted">
        <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>Enter</kbd> open · <kbd>p</kbd> pay · <kbd>o</kbd> PDF · <kbd>x</kbd> select · <kbd>/</kbd> search
      </p>
    </header>
  );
}

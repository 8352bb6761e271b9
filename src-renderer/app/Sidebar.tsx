import { SyncAll } from '../features/sync/SyncAll';
import type { Screen } from '../stores/app';
import { useAppState, useInbox } from './context';

const ITEMS: Array<{ screen: Screen; label: string }> = [
  { screen: 'inbox', label: 'Inbox' },
  { screen: 'accounts', label: 'Accounts' },
  { screen: 'reminders', label: 'Reminders' },
  { screen: 'settings', label: 'Settings' },
];

export function Sidebar() {
  const screen = useAppState((s) => s.screen);
  const navigate = useAppState((s) => s.navigate);
  const openCount = useInbox((s) => s.facets?.owed ?? 0);
  return (
    <header className="sidebar">
      <p className="brand">Invoice Inbox</p>
      <nav aria-label="Main">
        <ul className="nav-list">
          {ITEMS.map((item) => (
            <li key={item.screen}>
              <button
                type="button"
                className="nav-item"
                aria-current={screen === item.screen ? 'page' : undefined}
                onClick={() => navigate(item.screen)}
              >
                {item.label}
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
        <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>Enter</kbd> open · <kbd>p</kbd> pay · <kbd>o</kbd> PDF · <kbd>/</kbd> search
      </p>
    </header>
  );
}

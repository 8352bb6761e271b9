import { useEffect } from 'react';
import { AccountProblems } from './app/AccountProblems';
import { useAppState, useInbox, useSettings } from './app/context';
import { DemoRibbon } from './app/DemoRibbon';
import { Sidebar } from './app/Sidebar';
import { Toast } from './app/Toast';
import { WorkspaceNotices } from './app/WorkspaceNotices';
import { PayPrompt } from './features/marks/PayPrompt';
import { useShortcuts } from './app/useShortcuts';
import { AccountsScreen } from './features/accounts/AccountsScreen';
import { DetailPane } from './features/detail/DetailPane';
import { InboxScreen } from './features/inbox/InboxScreen';
import { OfflineBanner } from './features/offline/OfflineBanner';
import { RemindersScreen } from './features/reminders/RemindersScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';

/** The theme: the system's unless the user picked one in settings. */
function useTheme() {
  const theme = useSettings((s) => s.settings?.theme ?? 'system');
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}

/** Sidebar nav | main pane | detail pane (when an invoice is open). */
export function App() {
  const screen = useAppState((s) => s.screen);
  const detailOpen = useInbox((s) => s.detailOpen);
  const pdfOpen = useInbox((s) => s.pdfOpen);
  useTheme();
  useShortcuts();
  const showDetail = screen === 'inbox' && detailOpen;
  return (
    <div className={`app${showDetail ? ' with-detail' : ''}${showDetail && pdfOpen ? ' with-pdf' : ''}`}>
      <Sidebar />
      <main className="main-column">
        <WorkspaceNotices />
        <DemoRibbon />
        <OfflineBanner />
        <AccountProblems />
        <div className="main-pane">
          {screen === 'inbox' ? <InboxScreen /> : null}
          {screen === 'accounts' ? <AccountsScreen /> : null}
          {screen === 'reminders' ? <RemindersScreen /> : null}
          {screen === 'settings' ? <SettingsScreen /> : null}
        </div>
        <PayPrompt />
        <Toast />
      </main>
      {showDetail ? (
        <aside className="detail-pane" aria-label="Invoice details">
          <DetailPane />
        </aside>
      ) : null}
    </div>
  );
}

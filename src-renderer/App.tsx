import { useEffect, useRef } from 'react';
import { AccountProblems } from './app/AccountProblems';
import { useAppState, useInbox, useSettings } from './app/context';
import { DemoRibbon } from './app/DemoRibbon';
import { Sidebar } from './app/Sidebar';
import { useSidebarState } from './app/sidebar-state';
import { Toast } from './app/Toast';
import { WorkspaceNotices } from './app/WorkspaceNotices';
import { PayPrompt } from './features/marks/PayPrompt';
import { LAYOUT_WIDTHS, narrowerThan, useMediaQuery } from './app/useMediaQuery';
import { useShortcuts } from './app/useShortcuts';
import { AccountsScreen } from './features/accounts/AccountsScreen';
import { DetailPane } from './features/detail/DetailPane';
import { InboxScreen } from './features/inbox/InboxScreen';
import { GRID_ID } from './features/inbox/InvoiceGrid';
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

/**
 * Where focus goes with the detail pane: into it when it opens as a sheet over the list (a narrow
 * window), back to the list when it closes and focus would otherwise fall to the page.
 */
function useDetailFocus(showDetail: boolean, overlay: boolean) {
  const paneRef = useRef<HTMLElement>(null);
  const wasShown = useRef(showDetail);
  useEffect(() => {
    const was = wasShown.current;
    wasShown.current = showDetail;
    if (showDetail && !was && overlay) paneRef.current?.focus();
    if (!showDetail && was && (document.activeElement === null || document.activeElement === document.body)) document.getElementById(GRID_ID)?.focus();
  }, [showDetail, overlay]);
  return paneRef;
}

/** Sidebar nav | main pane | detail pane (when an invoice is open; over the list in a narrow window). */
export function App() {
  const screen = useAppState((s) => s.screen);
  const detailOpen = useInbox((s) => s.detailOpen);
  const pdfOpen = useInbox((s) => s.pdfOpen);
  const sidebar = useSidebarState();
  const overlayDetail = useMediaQuery(narrowerThan(LAYOUT_WIDTHS.overlayDetail));
  useTheme();
  useShortcuts();
  const showDetail = screen === 'inbox' && detailOpen;
  const detailRef = useDetailFocus(showDetail, overlayDetail);
  const classes = [
    'app',
    showDetail ? 'with-detail' : '',
    showDetail && pdfOpen ? 'with-pdf' : '',
    showDetail && overlayDetail ? 'detail-overlay' : '',
    sidebar.collapsed ? 'sidebar-collapsed' : '',
  ];
  return (
    <div className={classes.filter(Boolean).join(' ')}>
      <Sidebar state={sidebar} />
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
        <aside className="detail-pane" aria-label="Invoice details" ref={detailRef} tabIndex={-1}>
          <DetailPane />
        </aside>
      ) : null}
    </div>
  );
}

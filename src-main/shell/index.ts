// The shell's pieces the composition root (src-main/index.ts) wires together.
export { createAppOrigin, resolveRendererLocation } from './app-origin';
export { APP_SCHEME, appProtocolHandler, registerAppScheme } from './app-protocol';
export { contentSecurityPolicy } from '../services/csp';
export { DesktopReminders } from './desktop-reminders';
export { wantsDemo } from './launch-flags';
export { electronStoreDocument, electronStoreValue, openSettingsFile } from './electron-store-settings';
export { electronLinkOpener, electronOpenPdf, electronSaveCopy } from './host-adapters';
export { createMainWindow, MainWindowHolder } from './main-window';
export { buildMenuTemplate } from './menu';
export { APP_USER_MODEL_ID, ensureAppUserModelId } from './notifications';
export { openExternalSafely } from './open-external';
export { resourcePath } from './resource-path';
export { applySecurity } from './security';
export { claimSingleInstance } from './single-instance';
export { statusNotifierWatcherProbe } from './tray-availability';
export { parseWindowState, type SavedWindowState } from './window-state';

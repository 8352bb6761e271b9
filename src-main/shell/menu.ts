import type { MenuItemConstructorOptions } from 'electron';

/**
 * The native application menu: the platform's usual roles plus "Sync now" and "Preferences…".
 * A pure function of its inputs; index.ts builds it with Menu.buildFromTemplate.
 */
export interface MenuActions {
  onSyncNow: () => void;
  onPreferences: () => void;
  /** "Invoice Inbox Help" in the Help menu; omitted when not given. */
  onHelp?: () => void;
  /**
   * View > Developer Mode (a checkbox): other API addresses for fixed-host providers and plain http
   * to this computer, for testing against the provider simulator. Omitted when not given.
   */
  onDeveloperMode?: (on: boolean) => void;
}

export interface MenuOptions extends MenuActions {
  platform: NodeJS.Platform;
  /** Development build: adds reload and the developer tools to the View menu. */
  isDev: boolean;
  /** The Developer Mode checkbox's state when the menu is built. */
  developerMode?: boolean;
  appName?: string;
}

export const SYNC_NOW_ACCELERATOR = 'CmdOrCtrl+Shift+S';
export const PREFERENCES_ACCELERATOR = 'CmdOrCtrl+,';

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const appName = options.appName ?? 'Invoice Inbox';
  const syncNow: MenuItemConstructorOptions = {
    id: 'sync-now',
    label: 'Sync Now',
    accelerator: SYNC_NOW_ACCELERATOR,
    click: () => options.onSyncNow(),
  };
  const preferences: MenuItemConstructorOptions = {
    id: 'preferences',
    label: mac ? 'Settings…' : 'Preferences…',
    accelerator: PREFERENCES_ACCELERATOR,
    click: () => options.onPreferences(),
  };

  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: appName,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        preferences,
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push({
    label: 'File',
    submenu: mac ? [syncNow, { type: 'separator' }, { role: 'close' }] : [syncNow, { type: 'separator' }, preferences, { type: 'separator' }, { role: 'quit' }],
  });
  template.push({ role: 'editMenu' });
  const developer: MenuItemConstructorOptions[] = [];
  if (options.onDeveloperMode) {
    const onDeveloperMode = options.onDeveloperMode;
    developer.push(
      { type: 'separator' },
      { id: 'developer-mode', label: 'Developer Mode', type: 'checkbox', checked: options.developerMode ?? false, click: (item) => onDeveloperMode(item.checked) },
    );
  }
  template.push({ label: 'View', submenu: [...viewItems(options.isDev), ...developer] });
  template.push({ role: 'windowMenu' });
  const help: MenuItemConstructorOptions[] = [];
  if (options.onHelp) {
    const onHelp = options.onHelp;
    help.push({ id: 'help', label: `${appName} Help`, click: () => onHelp() });
  }
  if (!mac) help.push({ role: 'about' });
  if (help.length > 0) template.push({ role: 'help', submenu: help });
  return template;
}

function viewItems(isDev: boolean): MenuItemConstructorOptions[] {
  const dev: MenuItemConstructorOptions[] = isDev
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  return [
    ...dev,
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
}

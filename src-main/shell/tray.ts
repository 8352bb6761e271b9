/**
 * The tray icon: applies a TrayModel (src-main/core/reminders/tray-model.ts) to an Electron Tray.
 * Every Electron object is injected (the tray factory "for testing", as Signal's SystemTrayService
 * does), so this is unit-tested with fakes and `electron` mocked.
 */
import type { Menu, MenuItemConstructorOptions, NativeImage } from 'electron';
import type { TrayAction, TrayModel } from '../core/reminders/tray-model';
import type { TrayAvailability } from './tray-availability';

/** The part of Electron's Tray we use. */
export interface TrayLike {
  setToolTip(toolTip: string): void;
  setContextMenu(menu: Menu | null): void;
  setImage(image: NativeImage): void;
  /** macOS only: text next to the icon. */
  setTitle(title: string): void;
  on(event: 'click', listener: () => void): unknown;
  destroy(): void;
}

export interface ThemeSource {
  shouldUseDarkColors: boolean;
  /** Windows: the taskbar's own light/dark setting (Electron >= 26). */
  shouldUseDarkColorsForSystemIntegratedUI?: boolean;
  on(event: 'updated', listener: () => void): unknown;
  removeListener(event: 'updated', listener: () => void): unknown;
}

export interface TrayServiceDeps {
  /** `(image) => new Tray(image)`. */
  createTray: (image: NativeImage) => TrayLike;
  /** `nativeImage.createFromPath`. */
  loadImage: (path: string) => NativeImage;
  /** `Menu.buildFromTemplate`. */
  buildMenu: (template: MenuItemConstructorOptions[]) => Menu;
  nativeTheme: ThemeSource;
  /** The path of an icon file in resources/ (resourcePath). */
  iconPath: (name: string) => string;
  platform: NodeJS.Platform;
  /** What a menu item does. */
  onAction: (action: TrayAction) => void;
  log?: (message: string) => void;
}

/** Windows cuts tray tooltips at 127 characters. */
export const TOOLTIP_MAX = 127;

/** resources/ file for the icon: macOS template images; elsewhere light/dark variants. */
export function trayIconName(variant: TrayModel['iconVariant'], platform: NodeJS.Platform, darkTheme: boolean): string {
  if (platform === 'darwin') return variant === 'alert' ? 'trayAlertTemplate.png' : 'trayTemplate.png';
  return `tray-${variant === 'alert' ? 'alert-' : ''}${darkTheme ? 'dark' : 'light'}.png`;
}

export function clipTooltip(text: string): string {
  return text.length <= TOOLTIP_MAX ? text : `${text.slice(0, TOOLTIP_MAX - 1)}…`;
}

export class TrayService {
  private tray: TrayLike | null = null;
  private model: TrayModel | null = null;
  private shownIcon = '';
  private status: TrayAvailability = { available: false, reason: 'The tray icon has not been created yet.' };
  private readonly onThemeChange = (): void => this.applyIcon();

  constructor(private readonly deps: TrayServiceDeps) {}

  /**
   * Creates the tray icon when the desktop has a tray (see detectTrayAvailability). Returns the
   * availability, with the reason when there is no icon.
   */
  start(detected: TrayAvailability): TrayAvailability {
    if (this.tray) return this.status;
    if (!detected.available) {
      this.status = detected;
      return this.status;
    }
    try {
      const name = this.iconName();
      this.tray = this.deps.createTray(this.deps.loadImage(this.deps.iconPath(name)));
      this.shownIcon = name;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      this.deps.log?.(`tray: could not create the tray icon: ${detail}`);
      this.status = { available: false, reason: `The tray icon could not be created on this desktop (${detail}). Reminders still arrive as notifications.` };
      return this.status;
    }
    // Windows and Linux: a left click opens the app; macOS opens the menu itself.
    if (this.deps.platform !== 'darwin') this.tray.on('click', () => this.deps.onAction({ type: 'open_app' }));
    this.deps.nativeTheme.on('updated', this.onThemeChange);
    this.status = { available: true, reason: null };
    if (this.model) this.update(this.model);
    return this.status;
  }

  availability(): TrayAvailability {
    return { ...this.status };
  }

  /** Applies a model: tooltip, menu, icon (and the overdue count as the macOS title). */
  update(model: TrayModel): void {
    this.model = model;
    const tray = this.tray;
    if (!tray) return;
    tray.setToolTip(clipTooltip(model.tooltip));
    tray.setContextMenu(this.deps.buildMenu(this.template(model)));
    if (this.deps.platform === 'darwin') tray.setTitle(model.overdueCount > 0 ? String(model.overdueCount) : '');
    this.applyIcon();
  }

  destroy(): void {
    this.deps.nativeTheme.removeListener('updated', this.onThemeChange);
    this.tray?.destroy();
    this.tray = null;
    this.status = { available: false, reason: 'The tray icon was removed.' };
  }

  private template(model: TrayModel): MenuItemConstructorOptions[] {
    return model.menu.map((item) =>
      item.kind === 'separator'
        ? { type: 'separator' }
        : { label: item.label, enabled: item.enabled, click: () => this.deps.onAction(item.action) },
    );
  }

  private iconName(): string {
    const theme = this.deps.nativeTheme;
    const dark = this.deps.platform === 'win32' ? (theme.shouldUseDarkColorsForSystemIntegratedUI ?? theme.shouldUseDarkColors) : theme.shouldUseDarkColors;
    return trayIconName(this.model?.iconVariant ?? 'normal', this.deps.platform, dark);
  }

  private applyIcon(): void {
    if (!this.tray) return;
    const name = this.iconName();
    if (name === this.shownIcon) return;
    this.tray.setImage(this.deps.loadImage(this.deps.iconPath(name)));
    this.shownIcon = name;
  }
}

import { join } from 'node:path';

/**
 * Where the icons in resources/ are at run time. Packaged: electron-builder copies them outside the
 * asar to `<process.resourcesPath>/icons` (extraResources in electron-builder.yml), so the Linux tray
 * can read them by path. Development: straight from the repository's resources/ folder.
 */
export interface ResourceLocation {
  isPackaged: boolean;
  /** process.resourcesPath */
  resourcesPath: string;
  /** app.getAppPath(): the project root in development. */
  appPath: string;
}

export function resourcePath(name: string, where: ResourceLocation): string {
  if (name.includes('/') || name.includes('\\') || name.startsWith('.')) throw new Error(`Not a resource file name: ${name}`);
  return where.isPackaged ? join(where.resourcesPath, 'icons', name) : join(where.appPath, 'resources', name);
}

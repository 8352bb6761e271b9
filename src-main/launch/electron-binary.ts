import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The Electron binary's path when one is installed, else null. Reads what the electron package's own
 * index.js reads (path.txt and dist/, or ELECTRON_OVERRIDE_DIST_PATH) without requiring it: requiring
 * it starts a download when the binary is missing, which fails loudly on machines without access to
 * Electron's releases.
 */
export function electronBinary(env: NodeJS.ProcessEnv = process.env): string | null {
  let packageDir: string;
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  if (!executable && !env.ELECTRON_OVERRIDE_DIST_PATH) return null;
  const binary = path.join(distDir, executable || 'electron');
  return existsSync(binary) ? binary : null;
}

import { existsSync } from 'node:fs';
import path from 'node:path';
import type { InlineConfig } from 'vite';

/** Where the bundled browser API lands (served as /__host/api.js). */
export function apiBundlePath(root: string): string {
  return path.join(root, 'out', 'web', 'api.js');
}

/**
 * The browser API as one classic script (IIFE, no imports), so index.html can load it with a plain
 * same-origin <script src> before the app's module script. Shared by vite.node.config.ts (npm run
 * build) and the web host's on-demand build.
 */
export function browserApiBuild(root: string): NonNullable<InlineConfig['build']> {
  return {
    outDir: path.join(root, 'out', 'web'),
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    copyPublicDir: false,
    lib: {
      entry: path.join(root, 'src-main', 'web', 'browser', 'entry.ts'),
      formats: ['iife'],
      name: 'invoiceInboxWebHost',
      fileName: () => 'api.js',
    },
  };
}

/** Builds out/web/api.js with vite's API (used when the web host starts and finds it missing). */
export async function buildBrowserApi(root: string): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: false, root, logLevel: 'warn', publicDir: false, build: browserApiBuild(root) });
  if (!existsSync(apiBundlePath(root))) throw new Error(`vite did not produce ${apiBundlePath(root)}`);
}

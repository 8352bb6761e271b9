/**
 * The builds electron-vite does not do (run by `npm run build` after `electron-vite build`):
 * - web: the web host's browser API (src-main/web/browser/entry.ts) -> out/web/api.js, one IIFE
 *   script for the browser.
 * - cli: the CLI (src-main/cli/invoice-inbox.ts) -> out/cli/invoice-inbox.js, a Node (SSR) build with
 *   every node_modules dependency left external (keytar is native; conf is ESM-only and loads through
 *   require(esm) on Node >= 20.19). Built only when the entry exists, so this config never breaks
 *   while the CLI is being written.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { browserApiBuild } from './src-main/web/browser-build';

const root = path.dirname(fileURLToPath(import.meta.url));
const cliEntry = path.join(root, 'src-main', 'cli', 'invoice-inbox.ts');

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  environments: {
    web: { consumer: 'client', build: browserApiBuild(root) },
    cli: {
      consumer: 'server',
      resolve: { external: true },
      build: {
        ssr: cliEntry,
        outDir: path.join(root, 'out', 'cli'),
        emptyOutDir: true,
        target: 'node20',
        minify: false,
        sourcemap: true,
        rolldownOptions: { output: { format: 'cjs', entryFileNames: 'invoice-inbox.js' } },
      },
    },
  },
  builder: {
    async buildApp(builder) {
      const { web, cli } = builder.environments;
      if (web) await builder.build(web);
      if (cli && existsSync(cliEntry)) await builder.build(cli);
      else console.warn('vite.node.config: src-main/cli/invoice-inbox.ts not found; CLI bundle skipped.');
    },
  },
});

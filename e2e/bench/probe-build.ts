/**
 * Bench probes that measure the product's own start-up run the code as it ships: bundled into one
 * CommonJS file by vite, like out/cli/invoice-inbox.js and electron-vite's out/main, with every
 * node_modules package left external. (Under tsx each module is transformed on its own and every
 * imported binding is read through a getter of its own, which a fresh process compiles on first use:
 * a cost no shipped host pays.)
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/** Bundles `e2e/bench/<file>` (a .ts probe) to out/bench/<name>.js and returns that path. */
export async function buildBenchProbe(file: string): Promise<string> {
  const { build } = await import('vite');
  const name = path.basename(file, '.ts');
  const outDir = path.join(ROOT, 'out', 'bench');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    ssr: { external: true },
    build: {
      ssr: path.join(__dirname, file),
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      sourcemap: false,
      rolldownOptions: { output: { format: 'cjs', entryFileNames: `${name}.js` } },
    },
  });
  const built = path.join(outDir, `${name}.js`);
  if (!existsSync(built)) throw new Error(`vite did not produce ${built}`);
  return built;
}

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { InlineConfig } from 'vite';
import { apiBundlePath, buildBrowserApi } from './browser-build';

export type Log = (line: string) => void;

/** out/renderer: built by electron-vite when missing (about 2 s). A failed build leaves a placeholder page. */
export async function ensureRendererBuilt(root: string, log: Log): Promise<void> {
  if (existsSync(path.join(root, 'out', 'renderer', 'index.html'))) return;
  if (!existsSync(path.join(root, 'src-renderer', 'index.html'))) {
    log('web host: src-renderer/index.html does not exist yet; serving a placeholder page (the API works).');
    return;
  }
  log('web host: out/renderer is missing; running electron-vite build ...');
  const code = await run(process.execPath, [electronViteBin(root), 'build'], root, log);
  if (code === 0) return;
  // The main or preload build can fail while those are being written; the page only needs the renderer.
  log(`web host: electron-vite build failed (exit ${code}); building the renderer alone ...`);
  try {
    await buildRendererOnly(root);
  } catch (error) {
    log(`web host: the renderer build failed (${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}); serving a placeholder page.`);
  }
}

/** The renderer section of electron.vite.config.ts, built with vite directly. */
async function buildRendererOnly(root: string): Promise<void> {
  const { loadConfigFromFile } = await import('electron-vite');
  const env = { command: 'build', mode: 'production' } as const;
  const { config } = await loadConfigFromFile(env, undefined, root, 'warn');
  const renderer = config.renderer;
  if (!renderer) throw new Error('electron.vite.config.ts has no renderer section');
  const { build } = await import('vite');
  await build({ ...(renderer as InlineConfig), configFile: false, logLevel: 'warn' });
}

/** out/web/api.js: built when missing or older than its sources (the browser API and the contract). */
export async function ensureApiBuilt(root: string, log: Log): Promise<void> {
  const bundle = apiBundlePath(root);
  const sources = [path.join(root, 'src-main', 'web', 'browser'), path.join(root, 'src-shared')];
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= newestMtime(sources)) return;
  log('web host: building the browser API (out/web/api.js) ...');
  await buildBrowserApi(root);
}

function newestMtime(dirs: string[]): number {
  let newest = 0;
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!entry.endsWith('.ts') || entry.endsWith('.test.ts')) continue;
      newest = Math.max(newest, statSync(path.join(dir, entry)).mtimeMs);
    }
  }
  return newest;
}

function electronViteBin(root: string): string {
  const require = createRequire(path.join(root, 'package.json'));
  const manifestPath = require.resolve('electron-vite/package.json');
  const manifest = require(manifestPath) as { bin?: string | Record<string, string> };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : (manifest.bin?.['electron-vite'] ?? 'bin/electron-vite.js');
  return path.join(path.dirname(manifestPath), bin);
}

/** Runs a build with its output on our stderr (stdout carries only the URL line). */
function run(command: string, args: string[], cwd: string, log: Log): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const forward = (chunk: Buffer): void => {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') log(`  ${line}`);
    };
    child.stdout.on('data', forward);
    child.stderr.on('data', forward);
    child.on('error', (error) => {
      log(`web host: could not start the build: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

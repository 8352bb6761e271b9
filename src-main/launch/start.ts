/**
 * `npm start [-- --data-dir DIR] [--port N] [--developer-mode]`: the desktop app when an Electron
 * binary is installed; otherwise the web host in the default browser (start-plan.ts decides). Wiring
 * only.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryCredentialStore } from '../core/credentials/memory-store';
import { URL_LINE_PREFIX } from '../web/args';
import { startWebHost } from '../web/host';
import { electronBinary } from './electron-binary';
import { startPlan, webHostNotice } from './start-plan';

const root = path.resolve(__dirname, '..', '..');

async function main(): Promise<void> {
  const plan = startPlan({ argv: process.argv.slice(2), binary: electronBinary(), env: process.env });
  if (plan.kind === 'electron') {
    const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
    const app = spawn(plan.binary, plan.args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...plan.env } });
    app.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  process.stderr.write(webHostNotice(plan));
  const throwaway = plan.kind === 'web-demo' ? await mkdtemp(path.join(tmpdir(), 'invoice-inbox-demo-')) : null;
  const host = await startWebHost({
    root,
    dataDir: plan.kind === 'web' ? path.resolve(plan.dataDir) : (throwaway as string),
    port: plan.port,
    demo: true,
    developerMode: plan.developerMode,
    ...(throwaway ? { credentials: new MemoryCredentialStore() } : {}),
  });
  process.stdout.write(`${URL_LINE_PREFIX}${host.url}\nOpen that address in your browser. Press Ctrl+C to stop.\n`);
  if (process.env.CI !== 'true') await host.openBrowser();
  const stop = (): void =>
    void host
      .close()
      .then(() => (throwaway ? rm(throwaway, { recursive: true, force: true }) : undefined))
      .finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Invoice Inbox could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

/**
 * `npm start`: the desktop app when an Electron binary is installed; otherwise the web host in the
 * default browser, with the demo workspace when no accounts exist yet. Wiring only.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { defaultDataDir } from '../core/app/data-dir';
import { openInBrowser } from '../web/adapters';
import { URL_LINE_PREFIX } from '../web/args';
import { startWebHost } from '../web/host';
import { electronBinary } from './electron-binary';

const root = path.resolve(__dirname, '..', '..');

async function main(): Promise<void> {
  const binary = electronBinary();
  if (binary && process.env.INVOICE_INBOX_HOST !== 'web') {
    const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
    const app = spawn(binary, ['.', '--demo-if-empty'], { cwd: root, stdio: 'inherit' });
    app.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  process.stderr.write('No Electron binary is installed here: starting the web host instead (a development host, not the product).\n');
  const host = await startWebHost({ root, dataDir: defaultDataDir(), port: Number(process.env.PORT ?? 0), demo: true });
  process.stdout.write(`${URL_LINE_PREFIX}${host.url}\nOpen that address in your browser. Press Ctrl+C to stop.\n`);
  if (process.env.CI !== 'true') openInBrowser(host.url);
  const stop = (): void => void host.close().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Invoice Inbox could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

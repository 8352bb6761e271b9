/**
 * `npm run web -- [--port N] [--data-dir DIR] [--demo] [--open] [--developer-mode]`: wiring only.
 * Prints one line on stdout, `Invoice Inbox web host: http://127.0.0.1:PORT/#token=...`, which
 * fixtures read. `--open` opens it through a launch page (the token never goes on a command line).
 */
import path from 'node:path';
import { defaultDataDir } from '../core/app/data-dir';
import { ArgsError, parseWebArgs, URL_LINE_PREFIX } from './args';
import { startWebHost } from './host';

async function main(): Promise<void> {
  let args;
  try {
    args = parseWebArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof ArgsError ? error.message : String(error)}\n`);
    process.exit(2);
  }
  const host = await startWebHost({
    root: path.resolve(__dirname, '..', '..'),
    dataDir: path.resolve(args.dataDir ?? defaultDataDir()),
    port: args.port,
    demo: args.demo,
    developerMode: args.developerMode,
  });
  process.stdout.write(`${URL_LINE_PREFIX}${host.url}\n`);
  process.stderr.write('This is a test and development host, not a product surface: use the desktop app for real work.\n');
  if (args.open) await host.openBrowser();

  const stop = (): void => {
    host.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Invoice Inbox web host could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

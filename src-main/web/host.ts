/** The web host's composition root: the same core and handlers as Electron, served over HTTP + SSE. */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PROVIDERS } from '../../src-shared/domain';
import type { InboxService } from '../core/app/types';
import { KeytarCredentialStore } from '../core/credentials/keytar-store';
import type { CredentialStore } from '../core/credentials/types';
import { createHostServices } from '../services/host-services';
import { reachabilityProbe } from '../services/network-monitor';
import { contentSecurityPolicy } from '../services/csp';
import { downloadsSaveCopy, openInBrowser, webLinkOpener } from './adapters';
import { ensureApiBuilt, ensureRendererBuilt, type Log } from './build';
import { DownloadRegistry, webExportTarget } from './downloads';
import { apiBundlePath } from './browser-build';
import { startWebServer, type OpenedLink } from './server';
import { SseHub } from './sse';
import { LAUNCH_PAGE_LIFETIME_MS, writeLaunchPage, type LaunchPage } from './launch-page';
import { createToken } from './token';

export interface WebHostOptions {
  /** The project checkout (out/ and src-renderer/ live under it). */
  root: string;
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Start the demo workspace when no accounts exist. */
  demo: boolean;
  /** `--developer-mode`: other API addresses for fixed-host providers, plain http to this computer (the simulator). */
  developerMode?: boolean;
  /** Default: the OS keychain (keytar). Demo tokens never reach it either way. */
  credentials?: CredentialStore;
  /** Progress and problems (stderr); never secrets. */
  log?: Log;
}

export interface WebHost {
  /** The address with the token in its fragment: print it for the user, never pass it on a command line. */
  url: string;
  port: number;
  token: string;
  /**
   * Opens the page in the default browser through a launch page (launch-page.ts): the command line
   * carries a file path only. `open` defaults to the desktop's browser opener.
   */
  openBrowser(open?: (target: string) => void): Promise<void>;
  close(): Promise<void>;
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  await Promise.all([ensureRendererBuilt(options.root, log), ensureApiBuilt(options.root, log)]);
  await mkdir(options.dataDir, { recursive: true, mode: 0o700 });

  const hub = new SseHub();
  const opened: OpenedLink[] = [];
  const downloads = new DownloadRegistry();
  // The probe asks the accounts' own hosts; the inbox exists once the services are built.
  let inbox: InboxService | null = null;
  const services = await createHostServices({
    dataDir: options.dataDir,
    events: hub,
    credentials: options.credentials ?? new KeytarCredentialStore(),
    linkOpener: webLinkOpener(hub, opened),
    saveCopy: downloadsSaveCopy(options.dataDir),
    // Exports land in <dataDir>/downloads; the page fetches them (with its token) into the browser's downloads.
    // "Save as PDF" is the browser's own print dialog (the default savePrintedPdf says so).
    chooseExportTarget: webExportTarget(options.dataDir, downloads),
    // A browser page cannot hand a file to the system's PDF viewer; the page shows the PDF itself.
    openPdfExternally: async () => false,
    online: reachabilityProbe(() => (inbox?.listAccounts() ?? []).flatMap((account) => account.baseUrl ?? PROVIDERS[account.provider].defaultBaseUrl ?? [])),
    host: { host: 'web', version: packageVersion(options.root), tray: () => ({ available: false, reason: 'The web host has no tray icon.' }) },
    demo: options.demo,
    developerMode: options.developerMode ?? false,
    log,
  });
  inbox = services.workspace.inbox;

  const token = createToken();
  let launch: LaunchPage | null = null;
  const forgetLaunchPage = (): Promise<void> => {
    const page = launch;
    launch = null;
    return page ? page.remove().catch(() => undefined) : Promise.resolve();
  };
  const server = await startWebServer({
    handlers: services.handlers,
    hub,
    token,
    rendererDir: path.join(options.root, 'out', 'renderer'),
    apiScriptFile: apiBundlePath(options.root),
    csp: contentSecurityPolicy(),
    openedLinks: () => opened,
    downloads,
    port: options.port,
    // The page is open and has its token: the launch page has done its job.
    onAuthorized: () => void (launch && forgetLaunchPage()),
    log,
  });

  let closing: Promise<void> | null = null;
  return {
    url: server.url,
    port: server.port,
    token,
    openBrowser: async (open = openInBrowser) => {
      await forgetLaunchPage();
      const page = await writeLaunchPage(server.url);
      launch = page;
      setTimeout(() => void (launch === page && forgetLaunchPage()), LAUNCH_PAGE_LIFETIME_MS).unref();
      open(page.file);
    },
    close: () =>
      (closing ??= (async () => {
        await forgetLaunchPage();
        await services.close();
        await server.close();
      })()),
  };
}

function packageVersion(root: string): string {
  try {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

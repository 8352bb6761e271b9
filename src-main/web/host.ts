/** The web host's composition root: the same core and handlers as Electron, served over HTTP + SSE. */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PROVIDERS } from '../../src-shared/domain';
import { createInboxService } from '../core/app/create-inbox';
import { KeytarCredentialStore } from '../core/credentials/keytar-store';
import type { CredentialStore } from '../core/credentials/types';
import { createDemoWorkspace, DEMO_ACCOUNTS, DemoCredentialStore, startDemoSimulator } from '../core/demo';
import { systemClock } from '../core/http/types';
import { createPdfService } from '../core/pdf';
import { followInbox, openFileReminderService, refreshReminders } from '../core/reminders';
import { createReminderHandlers } from '../services/reminders-handlers';
import { createCommandService } from '../services/handlers';
import { createNetworkMonitor, reachabilityProbe } from '../services/network-monitor';
import { contentSecurityPolicy } from '../shell/csp';
import { downloadsSaveCopy, webLinkOpener, webSettingsStore } from './adapters';
import { ensureApiBuilt, ensureRendererBuilt, type Log } from './build';
import { apiBundlePath } from './browser-build';
import { startWebServer, type OpenedLink } from './server';
import { SseHub } from './sse';
import { createToken } from './token';

export interface WebHostOptions {
  /** The project checkout (out/ and src-renderer/ live under it). */
  root: string;
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Start the demo workspace when no accounts exist. */
  demo: boolean;
  /** Default: the OS keychain (keytar). Demo tokens never reach it either way. */
  credentials?: CredentialStore;
  /** Progress and problems (stderr); never secrets. */
  log?: Log;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const NET_RECHECK_MS = 30_000;

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  await Promise.all([ensureRendererBuilt(options.root, log), ensureApiBuilt(options.root, log)]);
  await mkdir(options.dataDir, { recursive: true, mode: 0o700 });

  const hub = new SseHub();
  const credentials = new DemoCredentialStore(options.credentials ?? new KeytarCredentialStore(), DEMO_ACCOUNTS.map((tenant) => tenant.secret));
  const inbox = await createInboxService({ dataDir: options.dataDir, credentials });
  const pdf = createPdfService({ dataDir: options.dataDir });
  const demo = createDemoWorkspace({ inbox, credentials, pdf, startSimulator: startDemoSimulator, tenants: DEMO_ACCOUNTS });
  await demo.resume();
  const reminders = await openFileReminderService({
    dataDir: options.dataDir,
    clock: systemClock,
    onChanged: (reason) => hub.emit('reminders:changed', { reason }),
  });
  const stopFollowing = followInbox(reminders, inbox, () => log('web host: reminders could not be refreshed.'));
  await refreshReminders(reminders, inbox).catch(() => log('web host: reminders could not be computed.'));
  const network = createNetworkMonitor({
    events: hub,
    probe: reachabilityProbe(() => inbox.listAccounts().flatMap((account) => account.baseUrl ?? PROVIDERS[account.provider].defaultBaseUrl ?? [])),
  });
  const opened: OpenedLink[] = [];

  const service = createCommandService({
    inbox,
    pdf,
    demo,
    network,
    events: hub,
    settings: webSettingsStore(options.dataDir),
    linkOpener: webLinkOpener(hub, opened),
    saveCopy: downloadsSaveCopy(options.dataDir),
    // A browser page cannot hand a file to the system's PDF viewer; the page shows the PDF itself.
    openPdfExternally: async () => false,
    reminders: createReminderHandlers({ reminders, inbox }),
    host: { host: 'web', version: packageVersion(options.root), tray: () => ({ available: false, reason: 'The web host has no tray icon.' }) },
  });

  if (options.demo && inbox.listAccounts().length === 0) {
    // Before the URL is printed, so the first page already shows the synced demo inbox.
    await service.handlers['demo:start']({}).catch(() => log('web host: the demo workspace could not start.'));
  } else if (demo.isActive()) {
    // The demo's simulator restarted on a new port: refresh its invoices (PDF links carry the port).
    service.sync.start({});
  }

  const token = createToken();
  const server = await startWebServer({
    handlers: service.handlers,
    hub,
    token,
    rendererDir: path.join(options.root, 'out', 'renderer'),
    apiScriptFile: apiBundlePath(options.root),
    csp: contentSecurityPolicy(),
    openedLinks: () => opened,
    port: options.port,
  });
  network.start(NET_RECHECK_MS);

  let closing: Promise<void> | null = null;
  return {
    url: server.url,
    port: server.port,
    token,
    close: () =>
      (closing ??= (async () => {
        network.stop();
        stopFollowing();
        service.dispose();
        await service.sync.idle();
        await server.close();
        await demo.close();
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

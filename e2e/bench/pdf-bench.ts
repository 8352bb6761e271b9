import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SORT, EMPTY_FILTER } from '../../src-shared/domain';
import { MemoryCredentialStore } from '../../src-main/core/credentials/memory-store';
import { openWorkspace } from '../../src-main/core/workspace/open-workspace';
import { fileHandlers } from '../../src-main/services/files-handlers';
import { startRemoteSimulator } from './remote-sim';
import { median, ms, type BenchRow } from './report';

const SECRET = 'bench-gpuoutlet';
const SAMPLES = 31;
/** First opens that warm the code paths and the connection (not counted; the very first is printed). */
const WARM_UP = 5;

const refuse = (): never => {
  throw new Error('not used by the PDF benchmark');
};

/**
 * An invoice's PDF as the preview gets it (the `pdf:fetch` command: the invoice read by id, its link
 * vetted, downloaded with the pinned, size-capped GET, checked, saved to the PDF cache, sent as base64)
 * against a bare fetch of the same bytes from the simulator (in its own process, on loopback with no
 * added latency: the app's own cost is all that differs). First fetches of paid invoices, alternating
 * with the bare fetch; then the same invoices opened again, now from the cache.
 */
export async function benchPdf(): Promise<BenchRow[]> {
  const sim = await startRemoteSimulator({ gpuoutletRateLimit: false, tenants: [{ provider: 'gpuoutlet', secret: SECRET, invoiceCount: 400, seed: 42 }] });
  const dataDir = await mkdtemp(join(tmpdir(), 'ii-bench-pdf-'));
  // Developer mode: the simulator serves the PDFs from this computer.
  const workspace = await openWorkspace(dataDir, { credentials: new MemoryCredentialStore(), developerMode: true, watchIntervalMs: 0 });
  try {
    await workspace.inbox.addAccount({ provider: 'gpuoutlet', label: 'GPU Outlet', baseUrl: sim.baseUrl('gpuoutlet'), secret: SECRET });
    const [synced] = await workspace.inbox.sync({ full: true });
    if (!synced?.ok) throw new Error(`pdf bench: sync failed: ${synced?.error?.message}`);
    const handlers = fileHandlers({ inbox: workspace.inbox, pdf: workspace.pdf, linkOpener: refuse, saveCopy: refuse, openPdfExternally: refuse });
    // Paid invoices: final, so a second open is served from the cache.
    const paid = workspace.inbox.window({ filter: { ...EMPTY_FILTER, states: ['paid'] }, sort: DEFAULT_SORT, offset: 0, limit: SAMPLES + WARM_UP, count: false, aggregates: false }).rows;
    const invoices = paid.map((row) => workspace.inbox.invoice(row.id)).filter((invoice) => invoice?.pdfUrl);
    if (invoices.length < SAMPLES + WARM_UP) throw new Error('pdf bench: the simulator gave too few paid invoices with a PDF');

    const bare = async (url: string): Promise<{ time: number; size: number }> => {
      const started = performance.now();
      const response = await fetch(url);
      const bytes = Buffer.from(await response.arrayBuffer());
      if (!response.ok || bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('pdf bench: the bare fetch got no PDF');
      return { time: performance.now() - started, size: bytes.length };
    };
    const app = async (invoiceId: string, fromCache: boolean): Promise<{ time: number; size: number }> => {
      const started = performance.now();
      const result = await handlers['pdf:fetch']({ invoiceId });
      const time = performance.now() - started;
      if (result.fromCache !== fromCache) throw new Error(`pdf bench: expected ${fromCache ? 'a cached' : 'a downloaded'} PDF`);
      return { time, size: result.size };
    };

    // The first opens warm the code paths and the connection (steady state, as a running app previews
    // PDFs); they are not counted, the very first is printed.
    const picked = invoices.slice(0, SAMPLES + WARM_UP) as { id: string; pdfUrl: string }[];
    const warming = picked.slice(0, WARM_UP);
    const measured = picked.slice(WARM_UP);
    let coldFirst = 0;
    for (const [n, invoice] of warming.entries()) {
      await bare(invoice.pdfUrl);
      const { time } = await app(invoice.id, false);
      if (n === 0) coldFirst = time;
    }
    const first: number[] = [];
    const baseline: number[] = [];
    let size = 0;
    for (const [n, invoice] of measured.entries()) {
      const pair = n % 2 === 0 ? [() => bare(invoice.pdfUrl), () => app(invoice.id, false)] : [() => app(invoice.id, false), () => bare(invoice.pdfUrl)];
      const [a, b] = [await (pair[0] as () => Promise<{ time: number; size: number }>)(), await (pair[1] as () => Promise<{ time: number; size: number }>)()];
      const [bareRun, appRun] = n % 2 === 0 ? [a, b] : [b, a];
      if (appRun.size !== bareRun.size) throw new Error('pdf bench: the app and the bare fetch got different bytes');
      size = appRun.size;
      baseline.push(bareRun.time);
      first.push(appRun.time);
    }
    const cached: number[] = [];
    for (const invoice of measured) cached.push((await app(invoice.id, true)).time);

    const bareMs = median(baseline);
    return [
      {
        name: 'pdf-first-fetch',
        ratio: median(first) / bareMs,
        target: 1.5,
        details: [
          `PDF preview, first open (pdf:fetch: lookup, vetted pinned download, check, cache write, base64) / a bare fetch of the same bytes from the simulator (median of ${SAMPLES} after ${WARM_UP} not counted, ${(size / 1024).toFixed(1)} KB, loopback, no added latency)`,
          `app ${ms(median(first))}, bare fetch ${ms(bareMs)}; the very first open in this process (cold code, not counted): ${ms(coldFirst)}`,
        ],
      },
      {
        name: 'pdf-cached-reopen',
        ratio: median(cached) / bareMs,
        target: 1,
        details: [`PDF preview opened again (a paid invoice: from the PDF cache, no request) / the same bare fetch: ${ms(median(cached))} vs ${ms(bareMs)}`],
      },
    ];
  } finally {
    await workspace.close();
    await sim.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * A downloaded PDF goes to the user before its cache copy is on disk: the copy is saved in the
 * background, whatever reads the cache waits for it, and a copy that cannot be saved (a full disk)
 * is logged while the PDF already shown stays shown.
 */
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nodeAtomicFs, type AtomicFs } from '../cache/atomic-write';
import { startLoopbackServer, type LoopbackServer } from '../testing/loopback-server';
import { PdfCache } from './pdf-cache';
import { createPdfService, type PdfServiceOptions } from './pdf-service';
import type { PdfInvoice, PdfService } from './types';

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n', 'latin1');

let server: LoopbackServer;
let dataDir: string;
let services: PdfService[];

beforeEach(async () => {
  server = await startLoopbackServer((_req, res) => res.end(PDF));
  dataDir = await mkdtemp(path.join(tmpdir(), 'pdf-copy-'));
  services = [];
});

afterEach(async () => {
  await Promise.all(services.map((made) => made.idle()));
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

function service(options: Partial<PdfServiceOptions> = {}): PdfService {
  const made = createPdfService({ dataDir, accountOf: () => ({ demo: true, baseUrl: `${server.origin}/gpuoutlet` }), ...options });
  services.push(made);
  return made;
}

const paid: PdfInvoice = { id: 'acc1:in_1', accountId: 'acc1', number: 'INV-1', providerInvoiceId: 'in_1', pdfUrl: '', status: 'paid' };
const invoice = (): PdfInvoice => ({ ...paid, pdfUrl: `${server.origin}/pdf/in_1.pdf` });

/** Cache writes that wait until `release` is called. */
function heldFs(): { fs: AtomicFs; release: () => void } {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  return {
    release: () => release(),
    fs: {
      ...nodeAtomicFs,
      open: async (file, flags, mode) => {
        const handle = await nodeAtomicFs.open(file, flags, mode);
        return { ...handle, writeFile: async (data) => held.then(() => handle.writeFile(data)), sync: () => handle.sync(), close: () => handle.close() };
      },
    },
  };
}

const exists = (file: string): Promise<boolean> => access(file).then(() => true, () => false);

describe('the cache copy of a downloaded PDF', () => {
  it('is saved after the PDF went back; the cached path and the next open wait for it', async () => {
    const { fs, release } = heldFs();
    const pdfs = service({ cacheFs: fs });
    const file = new PdfCache(dataDir).pathFor(paid.id);

    const first = await pdfs.fetchPdf(invoice());
    expect(first.bytes.equals(PDF)).toBe(true);
    expect(await exists(file)).toBe(false);

    const cachedPath = pdfs.cachedPath(paid.id);
    const again = pdfs.fetchPdf(invoice());
    release();
    expect(await cachedPath).toBe(file);
    expect((await again).fromCache).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it('is waited for by evict, so an evicted copy never comes back', async () => {
    const { fs, release } = heldFs();
    const pdfs = service({ cacheFs: fs });
    await pdfs.fetchPdf(invoice());
    const evicted = pdfs.evict([paid.id]);
    release();
    await evicted;
    await pdfs.idle();
    expect(await exists(new PdfCache(dataDir).pathFor(paid.id))).toBe(false);
    expect(await pdfs.cachedPath(paid.id)).toBeNull();
  });

  it('that cannot be saved (a full disk) is logged in plain words; the PDF is shown and downloaded again next time', async () => {
    const full: AtomicFs = {
      ...nodeAtomicFs,
      open: async () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    const lines: string[] = [];
    const pdfs = service({ cacheFs: full, log: (line) => lines.push(line) });

    const shown = await pdfs.fetchPdf(invoice());
    expect(shown).toEqual({ bytes: PDF, fromCache: false });
    await pdfs.idle();
    expect(lines).toEqual([
      'The PDF of invoice INV-1 was shown but could not be saved on this computer because the disk is full; it will be downloaded again the next time it is opened. Free some space on the disk.',
    ]);
    expect(await pdfs.cachedPath(paid.id)).toBeNull();
    expect((await pdfs.fetchPdf(invoice())).fromCache).toBe(false);
    expect(server.requests).toHaveLength(2);
  });

  it('is on disk once the service is idle (what closing the workspace waits for)', async () => {
    const { fs, release } = heldFs();
    const pdfs = service({ cacheFs: fs });
    await pdfs.fetchPdf(invoice());
    const idle = pdfs.idle();
    release();
    await idle;
    expect(await exists(new PdfCache(dataDir).pathFor(paid.id))).toBe(true);
  });
});

import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vetPdfUrl } from './address-policy';
import { PdfError } from './errors';
import { createPdfService as createService, type PdfServiceOptions } from './pdf-service';
import type { PdfInvoice, PdfService } from './types';
import { PdfCache } from './pdf-cache';
import { rejectionOf } from '../testing/rejection';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

type Route = (res: ServerResponse, headers: IncomingHttpHeaders) => void;

let server: Server;
let base: string;
let route: Route;
let seen: IncomingHttpHeaders[];
let dataDir: string;
/** Every service a test made: their cache copies are on disk (or given up) before the folder goes. */
let services: PdfService[];

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'pdf-test-'));
  services = [];
  seen = [];
  route = (res) => res.end(PDF);
  server = createServer((req, res) => {
    seen.push(req.headers);
    route(res, req.headers);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await Promise.all(services.map((made) => made.idle()));
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(dataDir, { recursive: true, force: true });
});

/** These tests serve PDFs from loopback: the invoices belong to a demo account whose simulator is `base`. */
function createPdfService(options: Omit<PdfServiceOptions, 'accountOf'>) {
  return tracked({ ...options, accountOf: () => ({ demo: true, baseUrl: `${base}/gpuoutlet` }) });
}

function tracked(options: PdfServiceOptions): PdfService {
  const made = createService(options);
  services.push(made);
  return made;
}

function invoice(overrides: Partial<PdfInvoice> = {}): PdfInvoice {
  return { id: 'acc1:in_1', accountId: 'acc1', number: 'INV-1', providerInvoiceId: 'in_1', pdfUrl: `${base}/inv.pdf`, status: 'open', ...overrides };
}

const failure = (promise: Promise<unknown>): Promise<PdfError> => rejectionOf(promise, PdfError);

describe('PdfService', () => {
  it('downloads a PDF, caches it under the sha256 of the invoice id, and sends no account secret', async () => {
    const service = createPdfService({ dataDir });
    const result = await service.fetchPdf(invoice());
    expect(result.fromCache).toBe(false);
    expect(result.bytes.equals(PDF)).toBe(true);
    const cached = await service.cachedPath('acc1:in_1');
    expect(cached).toMatch(/[/\\]pdf[/\\][0-9a-f]{64}\.pdf$/);
    expect((await readFile(cached ?? '')).equals(PDF)).toBe(true);
    expect(seen[0]?.cookie).toBeUndefined();
    expect(seen[0]?.authorization).toBeUndefined();
  });

  it('refuses something that is not a PDF with a clear message and caches nothing', async () => {
    route = (res) => res.end('<html>Sign in</html>');
    const service = createPdfService({ dataDir });
    const error = await failure(service.fetchPdf(invoice()));
    expect(error.kind).toBe('not_pdf');
    expect(error.message).toBe("The provider sent something that is not a PDF for invoice INV-1; open it on the provider's site instead.");
    expect(await service.cachedPath('acc1:in_1')).toBeNull();
  });

  it('aborts a streamed body past the size cap', async () => {
    route = (res) => {
      res.write(PDF);
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      for (let i = 0; i < 40; i += 1) res.write(chunk);
      res.end();
    };
    const service = createPdfService({ dataDir, maxBytes: 1024 * 1024 });
    const error = await failure(service.fetchPdf(invoice()));
    expect(error.kind).toBe('too_large');
    expect(error.message).toContain('larger than 1 MB');
    expect(await service.cachedPath('acc1:in_1')).toBeNull();
  });

  it('refuses a declared Content-Length past the cap before reading the body', async () => {
    route = (res) => {
      res.writeHead(200, { 'content-length': String(5 * 1024 * 1024) });
      res.write(PDF);
    };
    const service = createPdfService({ dataDir, maxBytes: 1024 * 1024 });
    expect((await failure(service.fetchPdf(invoice()))).kind).toBe('too_large');
  });

  it('serves the cached copy when the network is down', async () => {
    const service = createPdfService({ dataDir });
    await service.fetchPdf(invoice());
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server = createServer();
    const offline = await service.fetchPdf(invoice());
    expect(offline.fromCache).toBe(true);
    expect(offline.bytes.equals(PDF)).toBe(true);
  });

  it('reports the network problem when nothing is cached', async () => {
    const service = tracked({ dataDir, accountOf: () => ({ demo: true, baseUrl: 'http://127.0.0.1:1' }) });
    const error = await failure(service.fetchPdf(invoice({ pdfUrl: 'http://127.0.0.1:1/x.pdf' })));
    expect(error.kind).toBe('network');
  });

  it('never overwrites a good cached copy with a bad download', async () => {
    const service = createPdfService({ dataDir });
    await service.fetchPdf(invoice());
    const file = new PdfCache(dataDir).pathFor('acc1:in_1');
    route = (res) => res.end('<html>error</html>');
    expect((await service.fetchPdf(invoice())).fromCache).toBe(true);
    route = (res) => {
      res.statusCode = 500;
      res.end('oops');
    };
    expect((await service.fetchPdf(invoice())).fromCache).toBe(true);
    expect((await readFile(file)).equals(PDF)).toBe(true);
  });

  it('serves a final (paid) invoice from the cache without downloading again', async () => {
    const service = createPdfService({ dataDir });
    await service.fetchPdf(invoice({ status: 'paid' }));
    const result = await service.fetchPdf(invoice({ status: 'paid' }));
    expect(result.fromCache).toBe(true);
    expect(seen).toHaveLength(1);
  });

  it('times out a provider that never answers', async () => {
    route = () => undefined;
    const service = createPdfService({ dataDir, timeoutMs: 200 });
    expect((await failure(service.fetchPdf(invoice()))).kind).toBe('timeout');
  });

  it('refuses plain http to the network, and a redirect to it', async () => {
    const service = createPdfService({ dataDir });
    expect((await failure(service.fetchPdf(invoice({ pdfUrl: 'http://example.com/a.pdf' })))).kind).toBe('refused_url');
    route = (res) => {
      res.writeHead(302, { location: 'http://example.com/a.pdf' });
      res.end();
    };
    expect((await failure(service.fetchPdf(invoice()))).kind).toBe('refused_url');
  });

  it('follows an allowed redirect', async () => {
    let hops = 0;
    route = (res) => {
      hops += 1;
      if (hops === 1) {
        res.writeHead(302, { location: '/real.pdf' });
        res.end();
      } else res.end(PDF);
    };
    const service = createPdfService({ dataDir });
    expect((await service.fetchPdf(invoice())).bytes.equals(PDF)).toBe(true);
    expect(hops).toBe(2);
  });

  it('names an invoice without a PDF link', async () => {
    const service = createPdfService({ dataDir });
    const error = await failure(service.fetchPdf(invoice({ pdfUrl: null, number: null })));
    expect(error.kind).toBe('no_pdf');
    expect(error.message).toContain('in_1');
  });

  it('evicts cached copies', async () => {
    const service = createPdfService({ dataDir });
    await service.fetchPdf(invoice());
    await service.evict(['acc1:in_1']);
    expect(await service.cachedPath('acc1:in_1')).toBeNull();
  });
});

describe('vetPdfUrl', () => {
  const resolve = async (host: string) => [{ address: host === 'pay.example.com' ? '93.184.216.34' : '10.0.0.7', family: 4 as const }];
  const demo = { kind: 'demo', simulatorOrigin: 'http://127.0.0.1:9' } as const;
  it.each([
    ['https://pay.example.com/i.pdf', 'public', true],
    ['https://intranet.example/i.pdf', 'public', false],
    ['https://93.184.216.34/i.pdf', 'public', true],
    ['https://[::ffff:7f00:1]/i.pdf', 'public', false],
    ['http://127.0.0.1:9/i.pdf', 'public', false],
    ['http://127.0.0.1:9/i.pdf', 'demo', true],
    ['http://127.0.0.1:10/i.pdf', 'demo', false],
    ['http://localhost:9/i.pdf', 'demo', false],
    ['http://example.com/i.pdf', 'demo', false],
    ['file:///etc/passwd', 'public', false],
    ['data:application/pdf;base64,JVBERi0=', 'public', false],
    ['https://user:pw@pay.example.com/i.pdf', 'public', false],
  ] as const)('%s (%s) -> %s', async (url, policy, allowed) => {
    expect((await vetPdfUrl(new URL(url), policy === 'demo' ? demo : { kind: 'public' }, resolve)).ok).toBe(allowed);
  });
});

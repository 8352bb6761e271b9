/**
 * Finding 5 of the security review, against real loopback servers: a provider's PDF link must not make
 * the app reach this computer or a private network. Plain http goes only to a demo account's own
 * simulator; every other account gets https to public addresses, checked after DNS resolution (the
 * resolver is injected here) and on every redirect hop.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLoopbackServer, type LoopbackServer } from '../testing/loopback-server';
import type { ResolvedAddress, Resolver } from './address-policy';
import { PdfError } from './errors';
import { createPdfService, type PdfServiceOptions } from './pdf-service';
import { pinnedGet } from './pinned-get';
import type { PdfInvoice, PdfService } from './types';
import { rejectionOf } from '../testing/rejection';

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n', 'latin1');

let internal: LoopbackServer;
let other: LoopbackServer;
let dataDir: string;
/** Every service a test made: their cache copies are on disk (or given up) before the folder goes. */
let services: PdfService[];

beforeEach(async () => {
  internal = await startLoopbackServer((_req, res) => res.end(PDF));
  other = await startLoopbackServer((_req, res) => res.end(PDF));
  dataDir = await mkdtemp(path.join(tmpdir(), 'pdf-address-'));
  services = [];
});

afterEach(async () => {
  await Promise.all(services.map((made) => made.idle()));
  await Promise.all([internal.close(), other.close()]);
  await rm(dataDir, { recursive: true, force: true });
});

const realAccount = { demo: false, baseUrl: null };
const resolverOf =
  (answers: Record<string, ResolvedAddress[]>): Resolver =>
  async (host) =>
    answers[host] ?? [];

function tracked(options: PdfServiceOptions): PdfService {
  const made = createPdfService(options);
  services.push(made);
  return made;
}

function service(account: PdfServiceOptions['accountOf'], resolve?: Resolver) {
  return tracked({ dataDir, accountOf: account, ...(resolve ? { resolve } : {}), timeoutMs: 5_000 });
}

function invoice(pdfUrl: string, n = 1): PdfInvoice {
  return { id: `acct_1:in_${n}`, accountId: 'acct_1', number: `INV-${n}`, providerInvoiceId: `in_${n}`, pdfUrl, status: 'open' };
}

const refused = (promise: Promise<unknown>): Promise<PdfError> => rejectionOf(promise, PdfError);

describe('PDF links of a real (non-demo) account', () => {
  it('refuses plain http to a loopback port: the local service is never contacted', async () => {
    const error = await refused(service(() => realAccount).fetchPdf(invoice(`${internal.origin}/admin.pdf`)));
    expect(error.kind).toBe('refused_url');
    expect(internal.requests).toEqual([]);
  });

  it.each([
    ['a name resolving to loopback', [{ address: '127.0.0.1', family: 4 }]],
    ['a name resolving to an IPv4-mapped loopback', [{ address: '::ffff:127.0.0.1', family: 6 }]],
    ['a name resolving to a private address', [{ address: '192.168.1.1', family: 4 }]],
    ['a name resolving to the cloud metadata address', [{ address: '169.254.169.254', family: 4 }]],
    ['a name resolving to a public and a loopback address', [{ address: '93.184.216.34', family: 4 }, { address: '127.0.0.1', family: 4 }]],
  ] as Array<[string, ResolvedAddress[]]>)('refuses https to %s, after DNS', async (_what, answer) => {
    const resolve = resolverOf({ 'pdf.provider.example': answer });
    const error = await refused(service(() => realAccount, resolve).fetchPdf(invoice(`https://pdf.provider.example:${internal.port}/i.pdf`)));
    expect(error.kind).toBe('refused_address');
    expect(error.message).toBe("The PDF link for invoice INV-1 points to this computer or a private network, so it was not downloaded; open it on the provider's site instead.");
    expect(internal.requests).toEqual([]);
  });

  it.each(['https://127.0.0.1', 'https://[::1]', 'https://[::ffff:7f00:1]', 'https://10.1.2.3', 'https://localhost'])('refuses %s without asking DNS for it', async (host) => {
    const resolve = resolverOf({ localhost: [{ address: '127.0.0.1', family: 4 }] });
    expect((await refused(service(() => realAccount, resolve).fetchPdf(invoice(`${host}:${internal.port}/i.pdf`)))).kind).toBe('refused_address');
    expect(internal.requests).toEqual([]);
  });

  it('treats an invoice whose account is unknown like a real account', async () => {
    await refused(service(() => null).fetchPdf(invoice(`${internal.origin}/i.pdf`)));
    await refused(tracked({ dataDir }).fetchPdf(invoice(`${internal.origin}/i.pdf`)));
    expect(internal.requests).toEqual([]);
  });
});

describe('PDF links of a demo account (its simulator on loopback)', () => {
  const demoAt = (server: LoopbackServer) => () => ({ demo: true, baseUrl: `${server.origin}/gpuoutlet` });

  it('fetches from its own simulator over plain http', async () => {
    const result = await service(demoAt(internal)).fetchPdf(invoice(`${internal.origin}/pdf/in_1.pdf`));
    expect(result.bytes.equals(PDF)).toBe(true);
    expect(internal.requests).toHaveLength(1);
  });

  it('refuses another loopback port, directly or through a redirect', async () => {
    await refused(service(demoAt(internal)).fetchPdf(invoice(`${other.origin}/x.pdf`)));
    internal.handle((_req, res) => {
      res.writeHead(302, { location: `${other.origin}/x.pdf` });
      res.end();
    });
    expect((await refused(service(demoAt(internal)).fetchPdf(invoice(`${internal.origin}/pdf/in_1.pdf`)))).kind).toBe('refused_url');
    expect(other.requests).toEqual([]);
  });

  it('developer mode treats an account pointed at a loopback simulator the same way', async () => {
    const account = () => ({ demo: false, baseUrl: `${internal.origin}/gpuoutlet` });
    await refused(service(account).fetchPdf(invoice(`${internal.origin}/pdf/in_1.pdf`)));
    const developer = tracked({ dataDir, accountOf: account, developerMode: () => true });
    expect((await developer.fetchPdf(invoice(`${internal.origin}/pdf/in_1.pdf`))).fromCache).toBe(false);
    await refused(developer.fetchPdf(invoice(`${other.origin}/pdf/in_2.pdf`, 2)));
    expect(other.requests).toEqual([]);
  });

  it('a demo account pointed away from loopback gets the strict policy', async () => {
    await refused(service(() => ({ demo: true, baseUrl: 'https://gpuoutlet.ai' })).fetchPdf(invoice(`${internal.origin}/i.pdf`)));
    expect(internal.requests).toEqual([]);
  });
});

describe('pinnedGet', () => {
  it('connects to the vetted address, whatever DNS would say now (no rebinding between check and connect)', async () => {
    const controller = new AbortController();
    const response = await pinnedGet(`http://pdf.provider.example:${internal.port}/i.pdf`, {
      signal: controller.signal,
      headers: { accept: 'application/pdf' },
      addresses: [{ address: '127.0.0.1', family: 4 }],
    });
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
    expect(internal.requests[0]?.headers.host).toBe(`pdf.provider.example:${internal.port}`);
  });

  it('keeps a connection open only for the next request vetted to the same addresses', async () => {
    const connections: number[] = [];
    internal.handle((req, res) => {
      connections.push(req.socket.remotePort ?? 0);
      res.end(PDF);
    });
    const get = async (addresses: ResolvedAddress[]): Promise<void> => {
      const response = await pinnedGet(`http://pdf.provider.example:${internal.port}/i.pdf`, { signal: new AbortController().signal, headers: {}, addresses });
      expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
    };
    const vetted: ResolvedAddress[] = [{ address: '127.0.0.1', family: 4 }];
    await get(vetted);
    await get(vetted);
    expect(new Set(connections).size).toBe(1);
    // Another DNS answer for the same name and port: never a connection made for the first one.
    await get([...vetted, { address: '127.0.0.9', family: 4 }]);
    expect(connections).toHaveLength(3);
    expect(new Set(connections).size).toBe(2);
  });
});

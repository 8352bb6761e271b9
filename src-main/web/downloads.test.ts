import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBrowserApi, TOKEN_HEADER } from './browser/browser-api';
import { contentDisposition, DownloadRegistry, webExportTarget } from './downloads';
import { startWebServer, type WebServer } from './server';
import { SseHub } from './sse';
import { raw } from './test-support';
import { createCommandService } from '../services/handlers';
import { harness } from '../services/test-support';

let dataDir = '';
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'web-downloads-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

async function exported(choose: ReturnType<typeof webExportTarget>, name: string, body: string) {
  const target = await choose({ suggestedName: name, kind: 'csv' });
  if (!target) throw new Error('no target');
  await writeFile(target.tempPath, body);
  return target.commit();
}

describe('web host exports', () => {
  it('writes under the data dir downloads folder, never over an earlier export, and registers each for the page', async () => {
    const registry = new DownloadRegistry();
    const choose = webExportTarget(dataDir, registry);
    const first = await exported(choose, 'invoices-overdue.csv', 'one');
    const second = await exported(choose, 'invoices-overdue.csv', 'two');
    expect(first.path).toBe(path.join(dataDir, 'downloads', 'invoices-overdue.csv'));
    expect(second.path).toBe(path.join(dataDir, 'downloads', 'invoices-overdue (2).csv'));
    expect(second.download?.fileName).toBe('invoices-overdue (2).csv');
    expect(second.download?.url).toMatch(/^\/api\/download\/[A-Za-z0-9_-]{22}$/);
    expect(registry.get(second.download?.url.split('/').at(-1) ?? '')).toEqual({ file: second.path, fileName: 'invoices-overdue (2).csv' });
    expect((await readdir(path.join(dataDir, 'downloads'))).sort()).toEqual(['invoices-overdue (2).csv', 'invoices-overdue.csv']);
    expect(await readFile(second.path ?? '', 'utf8')).toBe('two');
  });

  it('discards a cancelled export without a trace', async () => {
    const target = await webExportTarget(dataDir, new DownloadRegistry())({ suggestedName: 'x.xlsx', kind: 'xlsx' });
    await writeFile(target?.tempPath ?? '', 'partial');
    await target?.discard();
    expect(await readdir(path.join(dataDir, 'downloads'))).toEqual([]);
  });

  it('names the file for the browser in ASCII and in UTF-8', () => {
    expect(contentDisposition('invoices-überfällig "x".csv')).toBe(`attachment; filename="invoices-_berf_llig _x_.csv"; filename*=UTF-8''invoices-%C3%BCberf%C3%A4llig%20%22x%22.csv`);
  });
});

describe('GET /api/download/:id', () => {
  let server: WebServer;
  let url = '';
  beforeEach(async () => {
    const registry = new DownloadRegistry();
    url = (await exported(webExportTarget(dataDir, registry), 'invoices-all.csv', '\uFEFFAccount\r\n')).download?.url ?? '';
    const h = harness();
    server = await startWebServer({
      handlers: createCommandService(h.deps).handlers,
      hub: new SseHub(),
      token: 'tok-123',
      rendererDir: dataDir,
      apiScriptFile: path.join(dataDir, 'api.js'),
      csp: "default-src 'self'",
      openedLinks: () => [],
      downloads: registry,
      port: 0,
    });
  });
  afterEach(() => server.close());

  it('serves a finished export as an attachment, with the token in a header only', async () => {
    const served = await raw(server.port, { path: url, headers: { [TOKEN_HEADER]: 'tok-123' } });
    expect(served.status).toBe(200);
    expect(served.body).toBe('\uFEFFAccount\r\n');
    expect(served.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(served.headers['content-disposition']).toBe(`attachment; filename="invoices-all.csv"; filename*=UTF-8''invoices-all.csv`);
    expect(served.headers['cache-control']).toBe('no-store');
    expect((await raw(server.port, { path: url })).status).toBe(401);
    expect((await raw(server.port, { path: `${url}?token=tok-123` })).status).toBe(401);
    expect((await raw(server.port, { path: '/api/download/unknown', headers: { [TOKEN_HEADER]: 'tok-123' } })).status).toBe(404);
  });
});

describe('browser API download()', () => {
  function api(saveFile?: (url: string, headers: Record<string, string>, fileName: string) => Promise<void>) {
    return createBrowserApi({
      token: 'tok',
      fetch: async () => ({ ok: true, status: 200, json: async () => null }),
      openEvents: () => ({ addEventListener: () => undefined, removeEventListener: () => undefined, close: () => undefined }),
      readyTimeoutMs: 1,
      ...(saveFile ? { saveFile } : {}),
    });
  }

  it('fetches an export of this host with the token header and names the file', async () => {
    const saved: unknown[] = [];
    await api(async (...args) => void saved.push(args)).download?.('/api/download/abc', 'invoices.csv');
    expect(saved).toEqual([['/api/download/abc', { [TOKEN_HEADER]: 'tok' }, 'invoices.csv']]);
  });

  it('refuses any other address, and is absent where the host cannot save files', async () => {
    const saveFile = vi.fn(async () => undefined);
    await expect(api(saveFile).download?.('https://evil.example/api/download/x', 'x')).rejects.toThrow(TypeError);
    await expect(api(saveFile).download?.('/api/download/../invoke/app:info', 'x')).rejects.toThrow(TypeError);
    expect(saveFile).not.toHaveBeenCalled();
    expect(Object.keys(api())).toEqual(['invoke', 'on']);
  });
});

import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { tempPathFor } from '../cache/atomic-write';
import { MemoryCredentialStore } from '../credentials/memory-store';
import { PdfCache } from '../pdf/pdf-cache';
import { openWorkspace } from './open-workspace';

let dataDir: string;
beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'invoice-inbox-strays-'));
});
afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true });
});

async function file(name: string, ageMs: number): Promise<string> {
  await fs.mkdir(path.dirname(name), { recursive: true });
  await fs.writeFile(name, 'partial');
  const at = new Date(Date.now() - ageMs);
  await fs.utimes(name, at, at);
  return name;
}

describe('openWorkspace removes the temps of killed writes', () => {
  it('in the PDF cache, beside window-state.json and in a JSON-era cache; young temps and real files stay', async () => {
    const cache = new PdfCache(dataDir);
    const pdf = await file(cache.pathFor('acc_1:in_1'), 3_600_000);
    const killedPdf = await file(tempPathFor(cache.pathFor('acc_1:in_2')), 3_600_000);
    const inFlightPdf = await file(tempPathFor(cache.pathFor('acc_1:in_3')), 0);
    const windowState = await file(path.join(dataDir, 'window-state.json.tmp-1763712000a1b2c3'), 3_600_000);
    const legacyAccounts = await file(path.join(dataDir, 'accounts.json.tmp-17637120009f9f9f'), 86_400_000);
    const legacySnapshot = await file(tempPathFor(path.join(dataDir, 'cache', 'acc_1.json')), 86_400_000);
    const lines: string[] = [];

    const workspace = await openWorkspace(dataDir, { credentials: new MemoryCredentialStore(), watchIntervalMs: 0, log: (line) => lines.push(line) });
    await workspace.close();

    for (const gone of [killedPdf, windowState, legacyAccounts, legacySnapshot]) await expect(fs.stat(gone)).rejects.toMatchObject({ code: 'ENOENT' });
    for (const kept of [pdf, inFlightPdf]) await expect(fs.stat(kept)).resolves.toBeTruthy();
    expect(lines, lines.join('\n')).toContain('Removed 4 unfinished temporary file(s) from the data folder.');
  });

  it('of a workspace without JSON-era files in the background: opening does not wait, closing does', async () => {
    await openWorkspace(dataDir, { credentials: new MemoryCredentialStore(), watchIntervalMs: 0 }).then((workspace) => workspace.close());
    const killedPdf = await file(tempPathFor(new PdfCache(dataDir).pathFor('acc_1:in_2')), 3_600_000);
    const lines: string[] = [];

    const workspace = await openWorkspace(dataDir, { credentials: new MemoryCredentialStore(), watchIntervalMs: 0, log: (line) => lines.push(line) });
    expect(workspace.inbox.listAccounts()).toEqual([]);
    await workspace.close();

    await expect(fs.stat(killedPdf)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(lines).toContain('Removed 1 unfinished temporary file(s) from the data folder.');
  });
});

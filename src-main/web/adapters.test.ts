import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecordingEvents } from '../services/test-support';
import { downloadsSaveCopy, webLinkOpener } from './adapters';
import type { OpenedLink } from './server';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'web-adapters-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('web host adapters', () => {
  it('hands an opened link back to the page and records it', async () => {
    const events = new RecordingEvents();
    const log: OpenedLink[] = [];
    await webLinkOpener(events, log, () => Date.parse('2026-06-15T12:00:00Z'))('https://pay.example.com/1', { invoiceId: 'a:1', which: 'pay' });
    expect(events.emitted).toEqual([{ name: 'links:opened', payload: { invoiceId: 'a:1', which: 'pay', url: 'https://pay.example.com/1' } }]);
    expect(log).toEqual([{ invoiceId: 'a:1', which: 'pay', url: 'https://pay.example.com/1', at: '2026-06-15T12:00:00.000Z' }]);
  });

  it('saves copies into the downloads folder without overwriting', async () => {
    const source = path.join(dir, 'cached.pdf');
    await writeFile(source, '%PDF-1.4');
    const save = downloadsSaveCopy(dir);
    const first = await save({ invoiceId: 'a:1', path: source, suggestedName: 'INV-1.pdf' });
    const second = await save({ invoiceId: 'a:1', path: source, suggestedName: 'INV-1.pdf' });
    expect(first).toEqual({ saved: true, path: path.join(dir, 'downloads', 'INV-1.pdf') });
    expect(second).toEqual({ saved: true, path: path.join(dir, 'downloads', 'INV-1 (2).pdf') });
    expect(await readFile(second.path ?? '', 'utf8')).toBe('%PDF-1.4');
  });
});

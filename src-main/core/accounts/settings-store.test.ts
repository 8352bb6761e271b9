import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfKeyValueStore, MemoryKeyValueStore } from './settings-store';

type Doc = { accounts: { id: string }[]; theme?: string };
const DEFAULTS: Doc = { accounts: [] };

let dataDir: string;

beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'invoice-inbox-settings-'));
});

afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('ConfKeyValueStore', () => {
  it('starts from the defaults in <dataDir>/settings.json', () => {
    const store = new ConfKeyValueStore<Doc>({ dataDir, defaults: DEFAULTS });
    expect(store.path).toBe(path.join(dataDir, 'settings.json'));
    expect(store.get()).toEqual({ accounts: [] });
    expect(store.problem).toBeNull();
  });

  it('persists a whole document across instances, as plain JSON', async () => {
    new ConfKeyValueStore<Doc>({ dataDir, defaults: DEFAULTS }).set({ accounts: [{ id: 'acct_a' }], theme: 'dark' });
    const reopened = new ConfKeyValueStore<Doc>({ dataDir, defaults: DEFAULTS });
    expect(reopened.get()).toEqual({ accounts: [{ id: 'acct_a' }], theme: 'dark' });
    expect(Object.getPrototypeOf(reopened.get())).toBe(Object.prototype);
    expect(JSON.parse(await fs.readFile(path.join(dataDir, 'settings.json'), 'utf8'))).toEqual({ accounts: [{ id: 'acct_a' }], theme: 'dark' });
  });

  it('keys with dots are stored as keys, not paths', () => {
    const store = new ConfKeyValueStore<Record<string, unknown>>({ dataDir, defaults: {} });
    store.set({ 'a.b': 1 });
    expect(store.get()).toEqual({ 'a.b': 1 });
  });

  it('fills missing top-level keys from the defaults', async () => {
    await fs.writeFile(path.join(dataDir, 'settings.json'), '{"theme":"light"}');
    expect(new ConfKeyValueStore<Doc>({ dataDir, defaults: DEFAULTS }).get()).toEqual({ accounts: [], theme: 'light' });
  });

  it('sets an unreadable file aside, starts from the defaults and reports it', async () => {
    await fs.writeFile(path.join(dataDir, 'settings.json'), '{"accounts": [');
    const store = new ConfKeyValueStore<Doc>({ dataDir, defaults: DEFAULTS, now: () => Date.parse('2026-07-01T08:09:10.123Z') });
    const aside = path.join(dataDir, 'settings.corrupt-2026-07-01T08-09-10-123Z.json');
    expect(store.get()).toEqual({ accounts: [] });
    expect(store.problem).toEqual({ file: path.join(dataDir, 'settings.json'), setAsideAs: aside, message: expect.stringContaining(aside) });
    expect(await fs.readFile(aside, 'utf8')).toBe('{"accounts": [');
  });

  it('writes the file readable by the user only', async () => {
    new ConfKeyValueStore<Doc>({ dataDir, defaults: DEFAULTS }).set({ accounts: [] });
    if (process.platform !== 'win32') expect((await fs.stat(path.join(dataDir, 'settings.json'))).mode & 0o777).toBe(0o600);
  });
});

describe('MemoryKeyValueStore', () => {
  it('copies values in and out', () => {
    const store = new MemoryKeyValueStore<Doc>({ accounts: [] });
    const value = store.get();
    value.accounts.push({ id: 'x' });
    expect(store.get()).toEqual({ accounts: [] });
    store.set(value);
    value.accounts.length = 0;
    expect(store.get()).toEqual({ accounts: [{ id: 'x' }] });
  });
});

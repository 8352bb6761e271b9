import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppSettings, EventName } from '../../src-shared/contract';
import { MemoryKeyValueStore } from '../core/accounts/settings-store';
import { MemoryCredentialStore } from '../core/credentials/memory-store';
import { DEFAULT_APP_SETTINGS } from '../services/settings';
import { createDesktopServices, wantsDemo, type DesktopServicesDeps } from './desktop-services';

vi.mock('electron', () => ({}));

let dataDir = '';
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'invoice-inbox-desktop-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function deps(overrides: Partial<DesktopServicesDeps> = {}) {
  const emitted: EventName[] = [];
  const value: DesktopServicesDeps = {
    dataDir,
    version: '1.2.3',
    events: { emit: (name) => void emitted.push(name) },
    credentials: new MemoryCredentialStore(),
    settings: new MemoryKeyValueStore<AppSettings>({ ...DEFAULT_APP_SETTINGS }),
    linkOpener: async () => undefined,
    saveCopy: async () => ({ saved: false, path: null }),
    openPdfExternally: async () => false,
    isOnline: () => true,
    tray: () => ({ available: false, reason: 'no tray in tests' }),
    log: () => undefined,
    ...overrides,
  };
  return { value, emitted };
}

describe('wantsDemo', () => {
  it('reads the demo flags', () => {
    expect(wantsDemo(['electron', '.', '--demo-if-empty'])).toBe(true);
    expect(wantsDemo(['electron', '.', '--demo'])).toBe(true);
    expect(wantsDemo(['electron', '.'])).toBe(false);
  });
});

describe('createDesktopServices', () => {
  it('answers as the Electron host over an empty data dir', async () => {
    const services = await createDesktopServices(deps().value);
    try {
      await expect(services.handlers['accounts:list']({})).resolves.toEqual([]);
      await expect(services.handlers['app:info']({})).resolves.toMatchObject({
        host: 'electron',
        version: '1.2.3',
        online: true,
        demo: false,
        tray: { available: false, reason: 'no tray in tests' },
      });
    } finally {
      await services.close();
    }
  });

  it('starts the demo workspace on an empty data dir when asked, synced before it returns', async () => {
    const { value, emitted } = deps({ demo: true });
    const services = await createDesktopServices(value);
    try {
      const accounts = await services.handlers['accounts:list']({});
      expect(accounts).toHaveLength(5);
      expect(accounts.every((account) => account.demo)).toBe(true);
      const inbox = await services.handlers['invoices:query']({});
      expect(inbox.invoices.length).toBeGreaterThan(50);
      expect(emitted).toContain('inbox:changed');
    } finally {
      await services.close();
    }
  });
});

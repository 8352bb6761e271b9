import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commands, type EventName } from '../../src-shared/contract';
import { MemoryCredentialStore } from '../core/credentials/memory-store';
import { createHostServices, type HostServicesDeps } from './host-services';

let dataDir = '';
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'invoice-inbox-host-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function deps(overrides: Partial<HostServicesDeps> = {}) {
  const emitted: EventName[] = [];
  const value: HostServicesDeps = {
    dataDir,
    events: { emit: (name) => void emitted.push(name) },
    credentials: new MemoryCredentialStore(),
    linkOpener: async () => undefined,
    saveCopy: async () => ({ saved: false, path: null }),
    openPdfExternally: async () => false,
    online: async () => true,
    host: { host: 'electron', version: '1.2.3', tray: () => ({ available: false, reason: 'no tray in tests' }) },
    workspace: { watchIntervalMs: 0 },
    log: () => undefined,
    ...overrides,
  };
  return { value, emitted };
}

describe('createHostServices', () => {
  it('answers as its host over an empty data dir', async () => {
    const services = await createHostServices(deps().value);
    try {
      await expect(services.handlers['accounts:list']({})).resolves.toEqual([]);
      await expect(services.handlers['app:info']({})).resolves.toMatchObject({
        host: 'electron',
        version: '1.2.3',
        online: true,
        demo: false,
        tray: { available: false, reason: 'no tray in tests' },
        notices: [],
      });
    } finally {
      await services.close();
    }
  });

  it('starts the demo workspace on an empty data dir when asked, synced before it returns', async () => {
    const { value, emitted } = deps({ demo: true });
    const services = await createHostServices(value);
    try {
      const accounts = await services.handlers['accounts:list']({});
      expect(accounts).toHaveLength(5);
      expect(accounts.every((account) => account.demo)).toBe(true);
      const inbox = await services.handlers['invoices:query'](commands['invoices:query'].args.parse({ limit: 10 }));
      expect(inbox.rows).toHaveLength(10);
      expect(inbox.count).toBeGreaterThan(50);
      expect(emitted).toContain('inbox:changed');
    } finally {
      await services.close();
    }
  });
});

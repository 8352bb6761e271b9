/**
 * The two implementations of the contract the conformance suite compares, built over the same seeded
 * workspace (the renderer tests' five accounts and sixty invoices) at the same moment, on UTC days:
 * - 'fake': the renderer's test double (src-renderer/test/fake-api.ts), what component tests run on;
 * - 'main': the real command service (createHostServices over a temporary data dir, the door's
 *   dispatch()), what the desktop app and the web host serve.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CommandArgs, CommandName, CommandResult, CommandValue, EventName, EventPayload, InvoiceInboxApi } from '../../src-shared/contract';
import { utcZone } from '../../src-shared/domain';
import { FakeApi } from '../../src-renderer/test/fake-api';
import { seedWorkspace } from '../../src-renderer/test/fake-seed';
import { MemoryCredentialStore } from '../core/credentials/memory-store';
import { FakeClock } from '../core/testing/fake-clock';
import { seedDataDir } from '../core/testing/seeded-store';
import { dispatch } from '../services/dispatch';
import { createHostServices } from '../services/host-services';

/** Monday 15 June 2026, 10:00 UTC (the renderer tests' "now"). */
export const NOW = Date.parse('2026-06-15T10:00:00.000Z');

export interface Subject {
  name: 'fake' | 'main';
  api: InvoiceInboxApi;
  /** Every event the subject emitted, in order. */
  events: Array<{ name: EventName; payload: unknown }>;
  call<K extends CommandName>(name: K, args: CommandArgs<K>): Promise<CommandValue<K>>;
  close(): Promise<void>;
}

function subject(name: Subject['name'], api: InvoiceInboxApi, close: () => Promise<void>): Subject {
  const events: Subject['events'] = [];
  const record = <K extends EventName>(event: K) => api.on(event, (payload: EventPayload<K>) => void events.push({ name: event, payload }));
  const offs = (['inbox:changed', 'settings:changed', 'reminders:changed', 'sync:finished'] as const).map((event) => record(event));
  return {
    name,
    api,
    events,
    async call(command, args) {
      const result = await api.invoke(command, args);
      if (!result.ok) throw new Error(`${name} ${command}: ${result.error.code}: ${result.error.message}`);
      return result.value;
    },
    close: async () => {
      offs.forEach((off) => off());
      await close();
    },
  };
}

export function fakeSubject(): Subject {
  const { accounts, invoices } = seedWorkspace(NOW);
  const fake = new FakeApi({ accounts, invoices, now: () => NOW });
  return subject('fake', fake, async () => undefined);
}

export async function mainSubject(): Promise<Subject> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'invoice-inbox-conformance-'));
  const { accounts, invoices } = seedWorkspace(NOW);
  seedDataDir(dataDir, accounts, invoices, NOW);
  const services = await createHostServices({
    dataDir,
    events: { emit: () => undefined },
    credentials: new MemoryCredentialStore(),
    linkOpener: async () => undefined,
    saveCopy: async () => ({ saved: false, path: null }),
    openPdfExternally: async () => false,
    online: async () => true,
    host: { host: 'web', version: '0.1.0-test', tray: () => ({ available: false, reason: 'tests' }) },
    clock: new FakeClock({ startMs: NOW, autoAdvance: false }),
    // The seeded accounts have no credentials and point at the providers' real hosts: no automatic syncs.
    automaticSync: false,
    workspace: { watchIntervalMs: 0, zone: utcZone, user: 'you' },
    log: () => undefined,
  });
  const api: InvoiceInboxApi = {
    invoke: <K extends CommandName>(name: K, args: CommandArgs<K>) => dispatch(services.handlers, name, args) as Promise<CommandResult<CommandValue<K>>>,
    on: (name, listener) => services.events.listen(name, listener),
  };
  return subject('main', api, async () => {
    await services.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
}

import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryCredentialStore } from '../../credentials/memory-store';
import { openTestWorkspace } from '../../testing/test-workspace';
import { openSqliteStore } from '../sqlite-store';

const FIXTURE = path.join(__dirname, 'fixtures', 'main-912b145');
const COMMET = 'acct_h6dp3222zyl2';
const OPTERIUS = 'acct_u3gcefag25fi';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ii-legacy-'));
  await cp(FIXTURE, dir, { recursive: true });
  await rm(path.join(dir, 'README.md'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('opening a data dir written before the workspace database', () => {
  it('carries over every account, invoice, snooze, mute, "I paid this", preference, setting and saved view', async () => {
    const workspace = await openTestWorkspace(dir, { credentials: new MemoryCredentialStore() });
    const { inbox, store, reminders, settings } = workspace;
    expect(inbox.listAccounts().map((account) => [account.id, account.provider, account.label])).toEqual([
      [COMMET, 'commet', 'Commet (ops)'],
      [OPTERIUS, 'opterius', 'Hosting'],
    ]);
    expect(store.invoices.count(COMMET)).toBe(12);
    expect(store.invoices.count(OPTERIUS)).toBe(9);
    expect(inbox.syncStates().every((state) => state.lastSyncedAt !== null)).toBe(true);
    expect(store.userData.mark(`${COMMET}:inv_ndyuvckd9rso1koh943e3vcv`)).toMatchObject({ snoozedUntil: '2026-11-25T00:00:00.000Z' });
    expect(store.userData.mark(`${OPTERIUS}:4`)).toMatchObject({ muted: true });
    expect(store.userData.mark(`${OPTERIUS}:5`)).toMatchObject({ markedPaidAt: '2026-11-20T10:00:00.000Z', markedStatus: 'overdue' });
    expect(store.userData.events(`${OPTERIUS}:5`)).toEqual([expect.objectContaining({ action: 'imported', detail: 'Carried over from reminders.json' })]);
    expect(store.userData.mutedAccounts()).toEqual([OPTERIUS]);
    expect(reminders.preferences()).toMatchObject({ leadDays: [5, 1], paidCheckDays: 4 });
    expect(settings.get()).toMatchObject({ theme: 'dark', syncIntervalMinutes: 15 });
    expect(settings.get().savedViews).toEqual([
      expect.objectContaining({ id: 'view-1', name: 'Commet overdue', filter: expect.objectContaining({ statuses: ['overdue'], accountIds: [COMMET] }), sort: { key: 'amount', dir: 'desc' } }),
    ]);
    expect(inbox.notices()).toEqual([]);
    await workspace.close();

    // The old files are kept as a backup, renamed, never deleted; the next open does not import again.
    const names = await readdir(dir);
    for (const old of ['accounts', 'settings', 'reminders', 'reminder-preferences']) {
      expect(names).not.toContain(`${old}.json`);
      expect(names.some((name) => name.startsWith(`${old}.imported-`) && name.endsWith('.json'))).toBe(true);
    }
    expect(names.some((name) => name.startsWith('cache.imported-'))).toBe(true);
    const again = openSqliteStore(dir);
    expect(again.invoices.count()).toBe(21);
    again.close();
  });

  it('a damaged file of the old data dir is said in a notice, the rest still comes over, and the file stays', async () => {
    await writeFile(path.join(dir, 'reminders.json'), '{"version":1,"fired":');
    const workspace = await openTestWorkspace(dir, { credentials: new MemoryCredentialStore() });
    expect(workspace.inbox.listAccounts()).toHaveLength(2);
    expect(workspace.inbox.notices().map((notice) => notice.message)).toEqual([
      expect.stringMatching(/^Your snoozes, mutes and "I paid this" marks \(reminders\.json\) could not be read and were not imported\. The old files are kept in /),
    ]);
    await workspace.close();
    expect((await readdir(dir)).some((name) => name.startsWith('reminders.imported-'))).toBe(true);
  });

  it('one malformed account entry is not dropped in silence', async () => {
    await writeFile(
      path.join(dir, 'accounts.json'),
      JSON.stringify({ accounts: [{ id: COMMET, provider: 'commet', label: 'Commet (ops)', baseUrl: null, createdAt: '2026-11-20T10:00:00.000Z', demo: false }, { id: '../evil', provider: 'nope' }] }),
    );
    const workspace = await openTestWorkspace(dir, { credentials: new MemoryCredentialStore() });
    expect(workspace.inbox.listAccounts().map((account) => account.id)).toEqual([COMMET]);
    expect(workspace.inbox.notices()[0]?.message).toMatch(/^1 entry of your account list \(accounts\.json\) could not be read and was not imported\./);
    await workspace.close();
  });
});

import Sqlite from 'better-sqlite3';
import * as fs from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { APPLICATION_ID, DATABASE_FILE, openDatabase } from './database';
import { WorkspaceError } from './errors';
import { LATEST_VERSION } from './migrations';
import { openSqliteStore } from './sqlite-store';
import { account, bill, syncAll } from './test-support';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ii-db-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const NOW = () => Date.parse('2026-06-15T12:00:00.000Z');

describe('opening the workspace database', () => {
  it('creates workspace.db in WAL mode, marked as ours, at the latest version, with foreign keys on', () => {
    const { db } = openDatabase(dir);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(Number(db.pragma('busy_timeout', { simple: true }))).toBeGreaterThanOrEqual(5000);
    db.close();
    expect(fs.existsSync(path.join(dir, DATABASE_FILE))).toBe(true);
  });

  it('sets a damaged file aside (never deleted), starts afresh and records a notice the user sees until dismissed', async () => {
    const garbage = Buffer.from('a damaged workspace, cut short by a failing disk'.repeat(100));
    await writeFile(path.join(dir, DATABASE_FILE), garbage);
    const store = openSqliteStore(dir, { now: NOW });
    const [notice] = store.notices.open();
    expect(notice?.message).toMatch(/could not be read \(the file is damaged or is not a database\) and was set aside as .*workspace\.damaged-2026-06-15T12-00-00-000Z\.db/);
    const aside = (await readdir(dir)).filter((name) => name.startsWith('workspace.damaged-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, aside[0] as string))).toEqual(garbage);
    expect(store.accounts.list()).toEqual([]);
    store.close();
    const again = openSqliteStore(dir, { now: NOW });
    expect(again.notices.open()).toHaveLength(1);
    expect(again.notices.acknowledge(notice?.id ?? 0, '2026-06-15T13:00:00.000Z')).toBe(true);
    expect(again.notices.open()).toEqual([]);
    again.close();
  });

  it('sets another program\'s database aside with its -wal and -shm companions', async () => {
    const foreign = new Sqlite(path.join(dir, DATABASE_FILE));
    foreign.pragma('journal_mode = WAL');
    foreign.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos (name) VALUES (\'beach\')');
    const store = openSqliteStore(dir, { now: NOW });
    foreign.close();
    expect(store.notices.open()[0]?.message).toMatch(/was not an Invoice Inbox workspace \(another program's database\) and was set aside/);
    const aside = (await readdir(dir)).find((name) => /^workspace\.foreign-.*\.db$/.test(name));
    expect(aside).toBeDefined();
    const kept = new Sqlite(path.join(dir, aside as string), { readonly: true });
    expect(kept.prepare('SELECT name FROM photos').pluck().all()).toEqual(['beach']);
    kept.close();
    store.close();
  });

  it('refuses, untouched, a workspace saved by a newer version', () => {
    const { db } = openDatabase(dir);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    expect(() => openDatabase(dir)).toThrow(WorkspaceError);
    expect(() => openDatabase(dir)).toThrow(/saved by a newer version of Invoice Inbox. Update Invoice Inbox/);
    const check = new Sqlite(path.join(dir, DATABASE_FILE));
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1);
    check.close();
  });

  it('opens an up-to-date workspace without the write lock: another process in the middle of a commit does not hold it up', () => {
    openSqliteStore(dir).close();
    const writer = new Sqlite(path.join(dir, DATABASE_FILE));
    writer.pragma('busy_timeout = 0');
    writer.exec('BEGIN IMMEDIATE');
    writer.exec("INSERT INTO meta (key, value) VALUES ('writer', 'busy')");
    try {
      const store = openSqliteStore(dir);
      expect(store.accounts.list()).toEqual([]);
      expect(store.writtenRows()).toBe(0);
      store.close();
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
    }
  });

  it('two connections on one data dir see each other\'s writes (how the app, the CLI and the web host share it)', () => {
    const first = openSqliteStore(dir);
    const second = openSqliteStore(dir);
    first.accounts.insert(account('a'));
    syncAll(first, 'a', [bill('a', 1)]);
    const seen = second.dataVersion();
    expect(second.invoices.get('a:in_1')).not.toBeNull();
    first.userData.setAccountMuted('a', true, '2026-06-15T12:00:00.000Z');
    expect(second.dataVersion()).not.toBe(seen);
    expect(second.userData.mutedAccounts()).toEqual(['a']);
    first.close();
    second.close();
  });
});

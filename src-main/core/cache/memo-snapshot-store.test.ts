import type { AccountSnapshot, SnapshotStore } from './types';
import { MemoSnapshotStore } from './memo-snapshot-store';

function snapshot(accountId: string, syncedAt: string): AccountSnapshot {
  return { version: 1, accountId, provider: 'commet', syncedAt, invoices: [] };
}

function countingStore(failSave = false) {
  const disk = new Map<string, AccountSnapshot>();
  const calls = { load: 0, save: 0 };
  const store: SnapshotStore = {
    async load(id) {
      calls.load++;
      return disk.get(id) ?? null;
    },
    async save(s) {
      calls.save++;
      if (failSave) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      disk.set(s.accountId, s);
    },
    async remove(id) {
      disk.delete(id);
    },
    problems: () => [],
  };
  return { store, disk, calls };
}

describe('MemoSnapshotStore', () => {
  it('reads the disk once, then serves saved snapshots from memory', async () => {
    const { store, disk, calls } = countingStore();
    disk.set('a', snapshot('a', '2026-01-01T00:00:00.000Z'));
    const memo = new MemoSnapshotStore(store);
    expect((await memo.load('a'))?.syncedAt).toBe('2026-01-01T00:00:00.000Z');
    await memo.load('a');
    expect(calls.load).toBe(1);
    await memo.save(snapshot('a', '2026-02-01T00:00:00.000Z'));
    expect((await memo.load('a'))?.syncedAt).toBe('2026-02-01T00:00:00.000Z');
    expect(calls.load).toBe(1);
    expect(disk.get('a')?.syncedAt).toBe('2026-02-01T00:00:00.000Z');
  });

  it('keeps the last good snapshot in memory when a save fails', async () => {
    const { store, disk } = countingStore(true);
    disk.set('a', snapshot('a', '2026-01-01T00:00:00.000Z'));
    const memo = new MemoSnapshotStore(store);
    await memo.load('a');
    await expect(memo.save(snapshot('a', '2026-02-01T00:00:00.000Z'))).rejects.toThrow(/no space/);
    expect((await memo.load('a'))?.syncedAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('forgets a removed account', async () => {
    const { store, disk } = countingStore();
    disk.set('a', snapshot('a', '2026-01-01T00:00:00.000Z'));
    const memo = new MemoSnapshotStore(store);
    await memo.load('a');
    await memo.remove('a');
    expect(await memo.load('a')).toBeNull();
    expect(memo.peek('a')).toBeNull();
  });
});

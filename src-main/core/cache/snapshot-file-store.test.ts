import * as fs from 'node:fs/promises';
import path from 'node:path';
import { FileSnapshotStore } from './snapshot-file-store';
import { crashBeforeRenameFs, failingFs, listDir, makeSnapshot, makeTempDir, SimulatedCrash, type FailStep } from './test-support';

const NOW = Date.parse('2026-07-01T08:09:10.123Z');
const STAMP = '2026-07-01T08-09-10-123Z';

let dataDir: string;
let cacheDir: string;
const store = (options: ConstructorParameters<typeof FileSnapshotStore>[1] = {}): FileSnapshotStore =>
  new FileSnapshotStore(dataDir, { now: () => NOW, ...options });

beforeEach(async () => {
  dataDir = await makeTempDir();
  cacheDir = path.join(dataDir, 'cache');
});

afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true });
});

async function writeRaw(accountId: string, text: string): Promise<void> {
  await fs.mkdir(cacheDir, { recursive: true });
  await fs.writeFile(path.join(cacheDir, `${accountId}.json`), text);
}

describe('FileSnapshotStore round trip', () => {
  it('saves and loads a snapshot unchanged, under <dataDir>/cache/<id>.json', async () => {
    const snapshot = makeSnapshot('acct_a', 25);
    await store().save(snapshot);
    expect(await listDir(cacheDir)).toEqual(['acct_a.json']);
    expect(await new FileSnapshotStore(dataDir).load('acct_a')).toEqual(snapshot);
  });

  it('returns null for an account with no cache, and for an empty invoice list loads []', async () => {
    expect(await store().load('acct_none')).toBeNull();
    await store().save(makeSnapshot('acct_empty', 0));
    expect((await store().load('acct_empty'))?.invoices).toEqual([]);
    expect(store().problems()).toEqual([]);
  });

  it('a second save replaces the first', async () => {
    const s = store();
    await s.save(makeSnapshot('acct_a', 3, '2026-06-01T00:00:00.000Z'));
    await s.save(makeSnapshot('acct_a', 5, '2026-06-02T00:00:00.000Z'));
    const loaded = await s.load('acct_a');
    expect(loaded?.syncedAt).toBe('2026-06-02T00:00:00.000Z');
    expect(loaded?.invoices).toHaveLength(5);
  });

  it('concurrent saves of one account end with one whole snapshot and no temp', async () => {
    const s = store();
    await Promise.all([1, 2, 3, 4].map((n) => s.save(makeSnapshot('acct_a', n * 10))));
    expect((await s.load('acct_a'))?.invoices).toHaveLength(40);
    expect(await listDir(cacheDir)).toEqual(['acct_a.json']);
  });

  it('remove deletes the file; removing a missing one is fine', async () => {
    const s = store();
    await s.save(makeSnapshot('acct_a', 1));
    await s.remove('acct_a');
    expect(await s.load('acct_a')).toBeNull();
    await expect(s.remove('acct_a')).resolves.toBeUndefined();
    await expect(s.remove('acct_never')).resolves.toBeUndefined();
  });
});

describe('FileSnapshotStore atomic replace', () => {
  it.each<FailStep>(['open', 'write', 'sync', 'rename'])('ENOSPC at %s: save rejects, the old snapshot stays readable', async (step) => {
    const old = makeSnapshot('acct_a', 10);
    await store().save(old);
    const failing = store({ fs: failingFs(step) });
    await expect(failing.save(makeSnapshot('acct_a', 500))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await listDir(cacheDir)).toEqual(['acct_a.json']);
    expect(await store().load('acct_a')).toEqual(old);
  });

  it('EACCES propagates to the caller', async () => {
    await expect(store({ fs: failingFs('open', 'EACCES') }).save(makeSnapshot('acct_a', 1))).rejects.toMatchObject({ code: 'EACCES' });
  });

  it('a crash before the rename keeps the old snapshot; the stray temp is ignored, then cleaned by the next save', async () => {
    const old = makeSnapshot('acct_a', 10);
    await store().save(old);
    await expect(store({ fs: crashBeforeRenameFs() }).save(makeSnapshot('acct_a', 20))).rejects.toBeInstanceOf(SimulatedCrash);

    // "Restart": a new store sees the old snapshot and no problem. (Temp ages compare file times to the clock.)
    const restarted = store({ now: Date.now });
    expect(await restarted.load('acct_a')).toEqual(old);
    expect(restarted.problems()).toEqual([]);
    const names = await listDir(cacheDir);
    expect(names).toHaveLength(2);
    const stray = path.join(cacheDir, names.find((name) => name !== 'acct_a.json') ?? '');

    // A young temp may belong to another process mid-write: spared. An old one is cleaned.
    await restarted.save(makeSnapshot('acct_a', 30));
    expect(await listDir(cacheDir)).toHaveLength(2);
    const hourAgo = new Date(Date.now() - 3_600_000);
    await fs.utimes(stray, hourAgo, hourAgo);
    await restarted.save(makeSnapshot('acct_a', 40));
    expect(await listDir(cacheDir)).toEqual(['acct_a.json']);
    expect((await restarted.load('acct_a'))?.invoices).toHaveLength(40);
  });

  it('remove also clears temps of the account, keeps other accounts', async () => {
    await store().save(makeSnapshot('acct_b', 1));
    await expect(store({ fs: crashBeforeRenameFs() }).save(makeSnapshot('acct_a', 2))).rejects.toBeInstanceOf(SimulatedCrash);
    await store().remove('acct_a');
    expect(await listDir(cacheDir)).toEqual(['acct_b.json']);
  });
});

describe('FileSnapshotStore bad files', () => {
  const valid = (): string => JSON.stringify(makeSnapshot('acct_a', 3));
  const withChange = (change: (value: Record<string, unknown>) => void): string => {
    const value = JSON.parse(valid()) as Record<string, unknown>;
    change(value);
    return JSON.stringify(value);
  };
  const invoice0 = (value: Record<string, unknown>): Record<string, unknown> =>
    (value.invoices as Record<string, unknown>[])[0] ?? {};

  it.each<[string, () => string]>([
    ['corrupt JSON', () => '{"version":1,"accountId":"acct_a",'],
    ['a truncated file', () => valid().slice(0, 200)],
    ['an empty file', () => ''],
    ['a JSON array', () => '[]'],
    ['no version', () => withChange((v) => delete v.version)],
    ['another account', () => withChange((v) => (v.accountId = 'acct_b'))],
    ['an unknown provider', () => withChange((v) => (v.provider = 'acme'))],
    ['invoices not a list', () => withChange((v) => (v.invoices = {}))],
    ['a fractional amount', () => withChange((v) => (invoice0(v).total = 19.99))],
    ['an amount as text', () => withChange((v) => (invoice0(v).amountDue = '100'))],
    ['an invoice of another account', () => withChange((v) => (invoice0(v).accountId = 'acct_b'))],
    ['an invoice without id', () => withChange((v) => delete invoice0(v).id)],
    ['an invoice that is null', () => withChange((v) => ((v.invoices as unknown[])[1] = null))],
  ])('%s is set aside as .corrupt-<time>.json, recorded, and load returns null', async (_name, text) => {
    const content = text();
    await writeRaw('acct_a', content);
    const s = store();
    expect(await s.load('acct_a')).toBeNull();

    const asideName = `acct_a.corrupt-${STAMP}.json`;
    expect(await listDir(cacheDir)).toEqual([asideName]);
    expect(await fs.readFile(path.join(cacheDir, asideName), 'utf8')).toBe(content);
    expect(s.problems()).toEqual([
      {
        accountId: 'acct_a',
        file: path.join(cacheDir, 'acct_a.json'),
        setAsideAs: path.join(cacheDir, asideName),
        message: `The saved invoices for this account could not be read and were set aside as ${path.join(cacheDir, asideName)}; sync again to rebuild them.`,
      },
    ]);
    // The next load finds nothing and records nothing more; the next save rebuilds.
    expect(await s.load('acct_a')).toBeNull();
    expect(s.problems()).toHaveLength(1);
    await s.save(makeSnapshot('acct_a', 2));
    expect((await s.load('acct_a'))?.invoices).toHaveLength(2);
  });

  it('an unknown version is set aside as .unknown-version-<time>.json', async () => {
    await writeRaw('acct_a', withChange((v) => (v.version = 2)));
    const s = store();
    expect(await s.load('acct_a')).toBeNull();
    expect(await listDir(cacheDir)).toEqual([`acct_a.unknown-version-${STAMP}.json`]);
    const [problem] = s.problems();
    expect(problem?.message).toMatch(/another version of Invoice Inbox \(cache format version 2\).*set aside as .*acct_a\.unknown-version-.*sync again/);
  });

  it('never overwrites an earlier set-aside file of the same moment', async () => {
    const s = store();
    await writeRaw('acct_a', 'first bad');
    await s.load('acct_a');
    await writeRaw('acct_a', 'second bad');
    await s.load('acct_a');
    expect(await listDir(cacheDir)).toEqual([`acct_a.corrupt-${STAMP}-2.json`, `acct_a.corrupt-${STAMP}.json`]);
    expect(await fs.readFile(path.join(cacheDir, `acct_a.corrupt-${STAMP}.json`), 'utf8')).toBe('first bad');
    expect(s.problems()).toHaveLength(2);
  });

  it('problems() returns copies', async () => {
    await writeRaw('acct_a', 'bad');
    const s = store();
    await s.load('acct_a');
    s.problems().pop();
    expect(s.problems()).toHaveLength(1);
  });
});

describe('FileSnapshotStore account ids', () => {
  it.each(['../evil', '..', 'a/b', 'a\\b', '', 'acct a', 'acct.json', '/etc/passwd', 'CON', 'nul', 'é', 'a'.repeat(129), 'acct\0'])(
    'refuses %j for load, save and remove',
    async (id) => {
      const s = store();
      await expect(s.load(id)).rejects.toThrow(RangeError);
      await expect(s.save({ ...makeSnapshot('acct_a', 1), accountId: id })).rejects.toThrow(RangeError);
      await expect(s.remove(id)).rejects.toThrow(RangeError);
      await expect(fs.readdir(cacheDir)).rejects.toMatchObject({ code: 'ENOENT' });
    },
  );

  it('accepts generated-style ids', async () => {
    const s = store();
    await s.save(makeSnapshot('acct_0123456789ab', 1));
    await s.save(makeSnapshot('Demo-Account_2', 1));
    expect(await listDir(cacheDir)).toEqual(['Demo-Account_2.json', 'acct_0123456789ab.json']);
  });
});

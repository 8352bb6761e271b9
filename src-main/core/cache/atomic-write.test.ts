import * as fs from 'node:fs/promises';
import path from 'node:path';
import { atomicWrite, isTempFor, nodeAtomicFs, removeStrayTemps, tempPathFor, type AtomicFs } from './atomic-write';
import { crashBeforeRenameFs, failingFs, listDir, makeTempDir, SimulatedCrash, type FailStep } from './test-support';

let dir: string;
let target: string;

beforeEach(async () => {
  dir = await makeTempDir();
  target = path.join(dir, 'acct_1.json');
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('atomicWrite', () => {
  it('creates the file, then replaces it', async () => {
    await atomicWrite(target, 'first');
    expect(await fs.readFile(target, 'utf8')).toBe('first');
    await atomicWrite(target, 'second');
    expect(await fs.readFile(target, 'utf8')).toBe('second');
    expect(await listDir(dir)).toEqual(['acct_1.json']);
  });

  it('writes the new file readable by the user only', async () => {
    await atomicWrite(target, 'x');
    if (process.platform !== 'win32') expect((await fs.stat(target)).mode & 0o777).toBe(0o600);
  });

  it.each<[FailStep, string]>([
    ['open', 'EACCES'],
    ['write', 'ENOSPC'],
    ['sync', 'ENOSPC'],
    ['close', 'EIO'],
    ['rename', 'ENOSPC'],
  ])('a failure at %s (%s) throws, removes the temp and keeps the old file', async (step, code) => {
    await atomicWrite(target, 'old contents');
    await expect(atomicWrite(target, 'new contents that will not land', { fs: failingFs(step, code) })).rejects.toMatchObject({ code });
    expect(await fs.readFile(target, 'utf8')).toBe('old contents');
    expect(await listDir(dir)).toEqual(['acct_1.json']);
  });

  it('a failure when there was no previous file leaves nothing behind', async () => {
    await expect(atomicWrite(target, 'data', { fs: failingFs('write') })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await listDir(dir)).toEqual([]);
  });

  it('a crash between the temp write and the rename leaves the old file whole and a stray temp', async () => {
    await atomicWrite(target, 'old contents');
    await expect(atomicWrite(target, 'new contents', { fs: crashBeforeRenameFs() })).rejects.toBeInstanceOf(SimulatedCrash);
    expect(await fs.readFile(target, 'utf8')).toBe('old contents');
    const names = await listDir(dir);
    expect(names).toHaveLength(2);
    const stray = names.find((name) => name !== 'acct_1.json');
    expect(stray !== undefined && isTempFor('acct_1.json', stray)).toBe(true);
  });

  it('ignores a directory that cannot be fsynced (best effort)', async () => {
    const noDirSync: AtomicFs = {
      ...nodeAtomicFs,
      open: async (file, flags, mode) => {
        if (file === dir) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
        return nodeAtomicFs.open(file, flags, mode);
      },
    };
    await atomicWrite(target, 'data', { fs: noDirSync });
    expect(await fs.readFile(target, 'utf8')).toBe('data');
  });

  it('writes binary data as well as text', async () => {
    await atomicWrite(target, new Uint8Array([1, 2, 3]));
    expect([...(await fs.readFile(target))]).toEqual([1, 2, 3]);
  });
});

describe('temp files', () => {
  it('recognizes only its own temp names', () => {
    const temp = path.basename(tempPathFor(target));
    expect(isTempFor('acct_1.json', temp)).toBe(true);
    expect(isTempFor('acct_2.json', temp)).toBe(false);
    expect(isTempFor('acct_1.json', 'acct_1.json')).toBe(false);
    expect(isTempFor('acct_1.json', 'acct_1.json.notes.tmp')).toBe(false);
    expect(isTempFor('acct_1.json', 'acct_1.corrupt-2026-01-01T00-00-00-000Z.json')).toBe(false);
  });

  it('removeStrayTemps removes old temps of the target only and spares young ones', async () => {
    const oldTemp = tempPathFor(target);
    const youngTemp = tempPathFor(target);
    const otherTemp = tempPathFor(path.join(dir, 'acct_2.json'));
    for (const file of [oldTemp, youngTemp, otherTemp, target]) await fs.writeFile(file, 'x');
    const hourAgo = new Date(Date.now() - 3_600_000);
    await fs.utimes(oldTemp, hourAgo, hourAgo);
    await fs.utimes(otherTemp, hourAgo, hourAgo);

    const removed = await removeStrayTemps(target, { olderThanMs: 60_000 });

    expect(removed).toEqual([oldTemp]);
    expect(await listDir(dir)).toEqual([path.basename(target), path.basename(youngTemp), path.basename(otherTemp)].sort());
  });

  it('removeStrayTemps on a missing directory is a no-op', async () => {
    expect(await removeStrayTemps(path.join(dir, 'missing', 'a.json'))).toEqual([]);
  });
});

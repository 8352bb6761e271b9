import * as fs from 'node:fs/promises';
import path from 'node:path';
import { atomicWrite, isStrayTempName, nodeAtomicFs, removeStrayTempsIn, tempPathFor, type AtomicFs } from './atomic-write';
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
    expect(stray !== undefined && isStrayTempName(stray) && stray.startsWith('acct_1.json.')).toBe(true);
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
  it('recognizes the temps of killed atomic writes, ours and conf\'s, and nothing else', () => {
    expect(isStrayTempName(path.basename(tempPathFor(target)))).toBe(true);
    expect(isStrayTempName('window-state.json.tmp-1763712000a1b2c3')).toBe(true);
    expect(isStrayTempName('accounts.json.tmp-17637120009f9f9f')).toBe(true);
    expect(isStrayTempName('acct_1.json')).toBe(false);
    expect(isStrayTempName('acct_1.json.notes.tmp')).toBe(false);
    expect(isStrayTempName('acct_1.corrupt-2026-01-01T00-00-00-000Z.json')).toBe(false);
    expect(isStrayTempName('report.tmp')).toBe(false);
    expect(isStrayTempName('settings.json.tmp-123')).toBe(false);
  });

  it('removeStrayTempsIn removes old temps of any file in the folder and spares young ones and real files', async () => {
    const oldTemp = tempPathFor(target);
    const youngTemp = tempPathFor(target);
    const otherTemp = tempPathFor(path.join(dir, 'acct_2.json'));
    const confTemp = path.join(dir, 'window-state.json.tmp-1763712000a1b2c3');
    const notOurs = path.join(dir, 'notes.tmp');
    for (const file of [oldTemp, youngTemp, otherTemp, confTemp, notOurs, target]) await fs.writeFile(file, 'x');
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const file of [oldTemp, otherTemp, confTemp, notOurs, target]) await fs.utimes(file, hourAgo, hourAgo);

    const removed = await removeStrayTempsIn(dir, { olderThanMs: 60_000 });

    expect(removed.sort()).toEqual([oldTemp, otherTemp, confTemp].sort());
    expect(await listDir(dir)).toEqual([path.basename(target), path.basename(youngTemp), 'notes.tmp'].sort());
  });

  it('a temp left by a crash is removed by the next sweep', async () => {
    await expect(atomicWrite(target, 'new contents', { fs: crashBeforeRenameFs() })).rejects.toBeInstanceOf(SimulatedCrash);
    expect(await listDir(dir)).toHaveLength(1);
    expect(await removeStrayTempsIn(dir)).toHaveLength(1);
    expect(await listDir(dir)).toEqual([]);
  });

  it('removeStrayTempsIn on a missing directory is a no-op', async () => {
    expect(await removeStrayTempsIn(path.join(dir, 'missing'))).toEqual([]);
  });
});

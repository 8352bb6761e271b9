import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isSafeAccountId } from '../cache/safe-name';
import { isUserFacingError } from '../errors';
import { openMemoryStore, openSqliteStore, type SqliteWorkspaceStore } from '../store/sqlite-store';
import { AccountRegistry, generateAccountId } from './account-registry';
import { AccountValidationError, OPTERIUS_NEEDS_BASE_URL } from './account-validation';

const NOW = Date.parse('2026-07-01T08:00:00.000Z');

function registry(): { registry: AccountRegistry; store: SqliteWorkspaceStore } {
  const store = openMemoryStore();
  return { registry: new AccountRegistry(store.accounts, { now: () => NOW }), store };
}

function validationError(fn: () => unknown): AccountValidationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AccountValidationError) return error;
    throw error;
  }
  throw new Error('expected an AccountValidationError');
}

describe('AccountRegistry', () => {
  it('adds an account with a generated, file-safe id and lists it', () => {
    const { registry: accounts } = registry();
    const added = accounts.add({ provider: 'commet', label: '  Research lab  ', baseUrl: null });
    expect(added).toEqual({ id: expect.stringMatching(/^acct_[a-z2-7]{12}$/), provider: 'commet', label: 'Research lab', baseUrl: null, createdAt: '2026-07-01T08:00:00.000Z', demo: false });
    expect(isSafeAccountId(added.id)).toBe(true);
    expect(accounts.list()).toEqual([added]);
    expect(accounts.get(added.id)).toEqual(added);
    expect(accounts.find('acct_missing')).toBeNull();
  });

  it('keeps the order of creation and gives distinct ids', () => {
    const { registry: accounts } = registry();
    const ids = ['one', 'two', 'three'].map((label) => accounts.add({ provider: 'vastai', label, demo: true }).id);
    expect(new Set(ids).size).toBe(3);
    expect(accounts.list().map((a) => [a.label, a.demo])).toEqual([['one', true], ['two', true], ['three', true]]);
  });

  it('retries an id that is already taken', () => {
    let calls = 0;
    const fixed = (fill: number) => () => new Uint8Array(12).fill(fill);
    const store = openMemoryStore().accounts;
    const first = new AccountRegistry(store, { randomBytes: fixed(0) }).add({ provider: 'commet', label: 'a' });
    const second = new AccountRegistry(store, {
      randomBytes: (size) => new Uint8Array(size).fill(calls++ === 0 ? 0 : 1),
    }).add({ provider: 'commet', label: 'b' });
    expect(first.id).toBe('acct_aaaaaaaaaaaa');
    expect(second.id).toBe('acct_bbbbbbbbbbbb');
  });

  it('generateAccountId uses the whole base32 alphabet', () => {
    expect(generateAccountId(() => Uint8Array.from([0, 1, 25, 26, 31, 32, 63, 255, 7, 8, 9, 10]))).toBe('acct_abz27a77hijk');
  });

  it('updates label and base URL, and null goes back to the default', () => {
    const { registry: accounts } = registry();
    const { id } = accounts.add({ provider: 'onepin', label: 'OnePin', baseUrl: 'http://127.0.0.1:4010/onepin/' });
    expect(accounts.get(id).baseUrl).toBe('http://127.0.0.1:4010/onepin');
    const renamed = accounts.update(id, { label: ' OnePin prod ' });
    expect(renamed).toMatchObject({ label: 'OnePin prod', baseUrl: 'http://127.0.0.1:4010/onepin' });
    expect(accounts.update(id, { baseUrl: null }).baseUrl).toBeNull();
    expect(accounts.get(id)).toMatchObject({ label: 'OnePin prod', baseUrl: null, provider: 'onepin' });
  });

  it('update validates like add and changes nothing on error', () => {
    const { registry: accounts } = registry();
    const { id } = accounts.add({ provider: 'opterius', label: 'Host', baseUrl: 'https://billing.example.com' });
    expect(validationError(() => accounts.update(id, { baseUrl: null })).message).toBe(OPTERIUS_NEEDS_BASE_URL);
    expect(validationError(() => accounts.update(id, { label: '' })).field).toBe('label');
    expect(accounts.get(id)).toMatchObject({ label: 'Host', baseUrl: 'https://billing.example.com' });
  });

  it('unknown ids: get and update throw a config error, find returns null, remove returns false', () => {
    const { registry: accounts } = registry();
    const error = validationError(() => accounts.get('acct_nope'));
    expect(error).toMatchObject({ field: 'id', kind: 'config' });
    expect(isUserFacingError(error)).toBe(true);
    expect(() => accounts.update('acct_nope', { label: 'x' })).toThrow(AccountValidationError);
    expect(accounts.remove('acct_nope')).toBe(false);
  });

  it('removes an account', () => {
    const { registry: accounts } = registry();
    const a = accounts.add({ provider: 'commet', label: 'a' });
    const b = accounts.add({ provider: 'commet', label: 'b' });
    expect(accounts.remove(a.id)).toBe(true);
    expect(accounts.list()).toEqual([b]);
  });

  it('draft validates and returns an account without storing it', () => {
    const { registry: accounts } = registry();
    const draft = accounts.draft({ provider: 'gpuoutlet', label: 'Probe', baseUrl: 'https://gpuoutlet.ai/' });
    expect(draft).toMatchObject({ provider: 'gpuoutlet', baseUrl: 'https://gpuoutlet.ai' });
    expect(accounts.list()).toEqual([]);
  });

  it('rejects bad input before storing anything', () => {
    const { registry: accounts, store } = registry();
    expect(validationError(() => accounts.add({ provider: 'acme' as 'commet', label: 'x' }))).toMatchObject({ field: 'provider', info: { action: 'none' } });
    expect(validationError(() => accounts.add({ provider: 'commet', label: '   ' })).message).toBe('Enter a name for this account.');
    expect(validationError(() => accounts.add({ provider: 'opterius', label: 'x' }))).toMatchObject({ field: 'baseUrl', message: OPTERIUS_NEEDS_BASE_URL, info: { action: 'check_base_url' } });
    expect(store.accounts.list()).toEqual([]);
  });
});

describe('AccountRegistry over a workspace database', () => {
  it('persists to <dataDir>/workspace.db and two processes\' registries agree', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'invoice-inbox-registry-'));
    const stores = [openSqliteStore(dataDir), openSqliteStore(dataDir)];
    try {
      const [first, second] = stores.map((store) => new AccountRegistry(store.accounts)) as [AccountRegistry, AccountRegistry];
      const added = first.add({ provider: 'vastai', label: 'GPU cluster' });
      expect(second.get(added.id)).toEqual(added);
      second.remove(added.id);
      expect(first.list()).toEqual([]);
    } finally {
      for (const store of stores) store.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });
});

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { COMMAND_ERROR_CODES, type CommandErrorCode } from '../../src-shared/contract';
import { AccountValidationError } from '../core/accounts/account-validation';
import { KeychainError, KeychainUnavailableError } from '../core/credentials/keychain-errors';
import { badResponse, UserFacingError } from '../core/errors';
import { PDF_ERROR_KINDS, PdfError } from '../core/pdf/errors';
import { ReminderInputError } from '../core/reminders/preferences';
import { WorkspaceError } from '../core/store/errors';
import { dispatch } from './dispatch';
import { CommandFailure, toCommandError, UNEXPECTED_MESSAGE, userMessage } from './failures';
import { createCommandService } from './handlers';
import { harness } from './test-support';

/** An error as Node or better-sqlite3 throws it: a code and a developer's message. */
function coded(code: string, message = `${code}: something low-level, open '/home/someone/.config/Invoice Inbox/x'`): Error {
  return Object.assign(new Error(message), { code });
}

/** No raw code, path or developer text may reach a user. */
function expectPlain(message: string, code: string): void {
  expect(message).not.toContain(code);
  expect(message).not.toContain('/home/someone');
  expect(message).not.toMatch(/something low-level/);
  expect(message).toMatch(/^[A-Z].*\.$/);
}

describe('the error table: core error classes', () => {
  it.each<[string, unknown, CommandErrorCode, string | undefined]>([
    ['CommandFailure keeps its code and field', new CommandFailure('not_found', 'That invoice is gone.', 'invoiceId'), 'not_found', 'invoiceId'],
    ['AccountValidationError on a form field is invalid_args', new AccountValidationError('baseUrl', 'Enter the address with https://.'), 'invalid_args', 'baseUrl'],
    ['AccountValidationError on the id is not_found', new AccountValidationError('id', 'That account no longer exists.'), 'not_found', 'id'],
    ['KeychainUnavailableError', new KeychainUnavailableError('locked', 'The keychain is locked: unlock it, then try again.'), 'keychain_unavailable', undefined],
    ['KeychainError', new KeychainError('keytar setPassword: boom'), 'failed', undefined],
    ['WorkspaceError', new WorkspaceError('The workspace database could not be read. Check the data folder and try again.', 'SQLITE_IOERR'), 'failed', undefined],
    ['UserFacingError of kind network is offline', new UserFacingError({ kind: 'network', message: 'GPU Outlet cannot be reached.', action: 'retry' }), 'offline', undefined],
    ['a bad response', badResponse('Commet', 'page 2', 'amount', 'not a number'), 'failed', undefined],
    ['ReminderInputError', new ReminderInputError('Snooze until 2020-01-01: pick a day after today (2026-06-15).'), 'invalid_args', undefined],
  ])('%s', (_name, error, code, field) => {
    const result = toCommandError(error, 'accounts:add');
    expect(result.code).toBe(code);
    expect(result.message).toBe((error as Error & { info?: { message: string } }).info?.message ?? (error as Error).message);
    expect(result.field).toBe(field);
  });

  it.each(PDF_ERROR_KINDS)('PdfError %s has a code and keeps its sentence', (kind) => {
    const result = toCommandError(new PdfError(kind, `The PDF for invoice INV-1: ${kind}.`), 'pdf:fetch');
    expect(COMMAND_ERROR_CODES).toContain(result.code);
    expect(result.code).toBe(kind === 'no_pdf' ? 'not_found' : kind === 'network' || kind === 'timeout' ? 'offline' : 'failed');
    expect(result.message).toBe(`The PDF for invoice INV-1: ${kind}.`);
  });

  it('an error it has no words for is a plain "did not work", never its developer text', () => {
    expect(toCommandError(new Error('Cannot read properties of undefined (reading "id")'), 'accounts:list')).toEqual({ code: 'failed', message: UNEXPECTED_MESSAGE });
    expect(toCommandError('a thrown string', 'accounts:list')).toEqual({ code: 'failed', message: UNEXPECTED_MESSAGE });
  });
});

describe('the error table: Node errno and SQLite codes', () => {
  it.each([
    ['ENOSPC', /disk is full/],
    ['SQLITE_FULL', /disk is full/],
    ['EDQUOT', /quota/],
    ['EACCES', /may not write to its data folder/],
    ['EPERM', /may not write to its data folder/],
    ['EROFS', /may not write to its data folder/],
    ['SQLITE_READONLY', /may not write to its data folder/],
    ['SQLITE_BUSY', /busy/],
    ['SQLITE_LOCKED', /busy/],
    ['EIO', /disk reported an error/],
    ['SQLITE_IOERR_WRITE', /disk reported an error/],
    ['SQLITE_CORRUPT', /damaged/],
    ['SQLITE_NOTADB', /damaged/],
    ['ENOTDIR', /not a folder/],
    ['EISDIR', /folder is in the way/],
    ['ENOENT', /data folder is missing/],
    ['EMFILE', /too many files are open/],
    ['ENFILE', /too many files are open/],
    ['ENAMETOOLONG', /too long/],
    ['EBUSY', /in use by another program/],
    ['EXDEV', /unexpected storage error/],
    ['SQLITE_ERROR', /unexpected storage error/],
  ])('%s', (code, words) => {
    const write = toCommandError(coded(code), 'settings:update');
    expect(write.code).toBe('failed');
    expect(write.message).toMatch(words);
    expect(write.message).toMatch(/^Your change could not be saved because .* Then try again\. Nothing was changed\.$/);
    expectPlain(write.message, code);
    const read = toCommandError(coded(code), 'invoices:query');
    expect(read.message).toMatch(/^Invoice Inbox could not read its workspace because /);
    expect(read.message).not.toContain('Nothing was changed');
    expectPlain(userMessage(coded(code)), code);
  });
});

describe('account and settings writes never show raw errno text', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'failures-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('accounts:add, accounts:update and accounts:remove failing on the disk', async () => {
    const h = harness();
    const handlers = createCommandService(h.deps).handlers;
    h.inbox.testError = coded('ENOSPC', 'ENOSPC: no space left on device, write');
    const added = await dispatch(handlers, 'accounts:add', { provider: 'gpuoutlet', label: 'Main', baseUrl: null, secret: 'sid_1' });
    expect(added).toEqual({ ok: false, error: { code: 'failed', message: expect.stringMatching(/^Your change could not be saved because the disk is full\./) } });
    expectPlain(added.ok ? '' : added.error.message, 'ENOSPC');

    h.inbox.testError = null;
    await h.inbox.addAccount({ provider: 'gpuoutlet', label: 'Main', baseUrl: null, secret: 'sid_1' });
    h.inbox.updateAccount = async () => {
      throw coded('SQLITE_READONLY', 'attempt to write a readonly database');
    };
    const updated = await dispatch(handlers, 'accounts:update', { id: 'acc1', label: 'Renamed' });
    expect(updated.ok ? '' : updated.error.message).toMatch(/may not write to its data folder/);
    expectPlain(updated.ok ? '' : updated.error.message, 'SQLITE_READONLY');
  });

  it('a real ENOTDIR from the file system, thrown by settings:update and views:save', async () => {
    const file = path.join(dir, 'not-a-folder');
    await writeFile(file, 'x');
    const real = await writeFile(path.join(file, 'settings.json'), '{}').catch((error: unknown) => error);
    expect(real).toMatchObject({ code: 'ENOTDIR' });
    const h = harness();
    h.settings.update = () => {
      throw real;
    };
    h.settings.saveView = () => {
      throw real;
    };
    const handlers = createCommandService(h.deps).handlers;
    for (const result of [
      await dispatch(handlers, 'settings:update', { theme: 'dark' }),
      await dispatch(handlers, 'views:save', { id: 'v1', name: 'Mine', filter: {}, sort: {} }),
    ]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'failed' } });
      const message = result.ok ? '' : result.error.message;
      expect(message).toContain('its data folder is not a folder');
      expect(message).not.toContain('ENOTDIR');
      expect(message).not.toContain(dir);
    }
  });

  it('the door logs what the table had no words for (for developers), and only that', async () => {
    const h = harness();
    const lines: string[] = [];
    h.inbox.testError = new TypeError('x is not a function');
    const handlers = createCommandService(h.deps).handlers;
    await dispatch(handlers, 'accounts:add', { provider: 'gpuoutlet', label: 'Main', baseUrl: null, secret: 'sid_1' }, (line) => lines.push(line));
    h.inbox.testError = coded('ENOSPC');
    await dispatch(handlers, 'accounts:add', { provider: 'gpuoutlet', label: 'Main', baseUrl: null, secret: 'sid_1' }, (line) => lines.push(line));
    expect(lines).toEqual(['accounts:add failed: TypeError: x is not a function']);
  });
});

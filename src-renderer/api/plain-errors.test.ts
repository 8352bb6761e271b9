import { describe, expect, it } from 'vitest';
import { ACCOUNT_LABEL_MAX } from '../../src-shared/contract';
import { messageOf } from '../stores/types';
import { ApiError, createApiClient } from './client';
import { FakeApi } from '../test/fake-api';
import { plainCommandError } from './plain-errors';

const client = () => createApiClient(new FakeApi({ seed: 'empty' }));

async function failure(run: () => Promise<unknown>): Promise<ApiError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

const RAW = /Invalid request|accounts:|reminders:|settings:|Too big|Too small|expected/;

describe('contract errors in plain words', () => {
  it('a label over the limit says the limit and the length, never the schema text', async () => {
    const label = 'Hosting '.repeat(12).trim(); // 95 characters
    const error = await failure(() => client().call('accounts:add', { provider: 'commet', label, baseUrl: null, secret: 'k' }));
    expect(error.code).toBe('invalid_args');
    expect(error.field).toBe('label');
    // The shared label rule (src-shared/domain/account-input) words it; main, the CLI and the form say the same.
    expect(error.message).toBe(`Keep the name to ${ACCOUNT_LABEL_MAX} characters or fewer; it has 95.`);
    expect(messageOf(error)).toBe(error.message);
  });

  it('says which field is empty, missing or not one of the choices', async () => {
    expect((await failure(() => client().call('accounts:add', { provider: 'commet', label: '  ', baseUrl: null, secret: 'k' }))).message).toBe('Enter a name for this account.');
    expect((await failure(() => client().call('accounts:add', { provider: 'commet', label: 'A', baseUrl: null } as never))).message).toBe('The credential is missing.');
    expect((await failure(() => client().call('accounts:add', { provider: 'nope' as never, label: 'A', baseUrl: null, secret: 'k' }))).message).toBe(
      'The provider is not one of the choices Invoice Inbox offers.',
    );
    expect((await failure(() => client().call('reminders:snooze', { invoiceId: 'acc:in_1', until: 'someday' }))).message).toBe(
      'The snooze date is not written the way Invoice Inbox expects. Check it and try again.',
    );
  });

  it('numbers out of range say the bound', async () => {
    const error = await failure(() => client().call('settings:update', { syncIntervalMinutes: 5000 }));
    expect(error.message).toBe('The background sync interval can be at most 1440.');
    const paid = await failure(() => client().call('reminders:setPreferences', { paidCheckDays: 0 }));
    expect(paid.message).toBe('The number of days to wait after “I paid this” must be at least 1.');
  });

  it('no schema failure reaches the user in the developer’s words', async () => {
    const calls = [
      () => client().call('accounts:update', { id: 'bad id!' }),
      () => client().call('accounts:add', { provider: 'commet', label: 'A', baseUrl: 'x'.repeat(3000), secret: 'k' }),
      () => client().call('reminders:setPreferences', { digest: { enabled: true, weekday: 9, time: '25:00' } }),
      () => client().call('reminders:setPreferences', { quietHours: { start: 'noon', end: '07:00' } }),
      () => client().call('reminders:list', { withinDays: -1 }),
    ];
    for (const call of calls) expect((await failure(call)).message).not.toMatch(RAW);
  });

  it('keeps a service’s own plain refusal as it is', () => {
    const error = { code: 'invalid_args' as const, message: 'Snooze until 2026-06-01: pick a day after today (2026-06-15).' };
    expect(plainCommandError('reminders:snooze', { invoiceId: 'a:b', until: '2026-06-01' }, error)).toEqual(error);
  });

  it('an unknown field path still gives a sentence', () => {
    const error = { code: 'invalid_args' as const, message: 'Invalid request for accounts:add (field "label"): Too big.', field: 'label' };
    // The arguments pass the renderer's copy of the schema (main runs a newer one): a plain sentence anyway.
    expect(plainCommandError('accounts:add', { provider: 'commet', label: 'ok', baseUrl: null, secret: 'k' }, error).message).toBe(
      'Invoice Inbox could not accept the label. Check it and try again.',
    );
  });

  it('other contract failures read as sentences too', () => {
    expect(plainCommandError('accounts:list', {}, { code: 'unknown_command', message: 'Unknown command "accounts:list".' }).message).toMatch(/^This part of Invoice Inbox/);
    expect(plainCommandError('accounts:list', {}, { code: 'forbidden', message: 'sender frame rejected' }).message).toMatch(/^Invoice Inbox refused a request/);
    const worded = { code: 'failed' as const, message: 'Commet rejected the API key.' };
    expect(plainCommandError('accounts:test', {}, worded)).toEqual(worded);
  });

  it('a bug’s TypeError is never shown as is', () => {
    expect(messageOf(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(
      'Something went wrong inside Invoice Inbox. Try again; if it keeps happening, restart Invoice Inbox.',
    );
    expect(messageOf(new Error('The downloaded file could not be read.'))).toBe('The downloaded file could not be read.');
  });
});

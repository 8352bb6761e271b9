/**
 * Finding 1 of the security review, against real loopback servers: a stored credential must never
 * follow an account to another address. "home" plays the provider the secret was entered for,
 * "elsewhere" the collector an attacker points the account at.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AccountValidationError } from '../accounts/account-validation';
import { MemoryCredentialStore } from '../credentials/memory-store';
import { headerValues, startLoopbackServer, type LoopbackServer } from '../testing/loopback-server';
import { openTestInbox } from '../testing/test-workspace';
import type { Inbox } from './inbox-service';
import { rejectionOf } from '../testing/rejection';

const SECRET = 'commet_live_STORED_SECRET_42';

let home: LoopbackServer;
let elsewhere: LoopbackServer;
let dataDir: string;
let credentials: MemoryCredentialStore;
let developerMode: boolean;

async function inbox(): Promise<Inbox> {
  return openTestInbox(dataDir, { credentials, developerMode: () => developerMode, engine: { maxAttempts: 1 } });
}

const refusal = (promise: Promise<unknown>): Promise<AccountValidationError> => rejectionOf(promise, AccountValidationError);

beforeEach(async () => {
  home = await startLoopbackServer();
  elsewhere = await startLoopbackServer();
  dataDir = await mkdtemp(path.join(tmpdir(), 'origin-binding-'));
  credentials = new MemoryCredentialStore();
  developerMode = true;
});

afterEach(async () => {
  await Promise.all([home.close(), elsewhere.close()]);
  await rm(dataDir, { recursive: true, force: true });
});

describe('a credential is bound to its origin (real loopback servers)', () => {
  it('refuses moving an account to another port without the secret, and the stored secret never reaches it', async () => {
    const core = await inbox();
    const account = await core.addAccount({ provider: 'commet', label: 'Billing', baseUrl: home.origin, secret: SECRET });

    const error = await refusal(core.updateAccount(account.id, { baseUrl: elsewhere.origin }));
    expect(error.field).toBe('baseUrl');
    expect(error.message).toMatch(/Enter the api key again for the new address/);
    expect(error.message).not.toContain(SECRET);
    expect(core.listAccounts()[0]?.baseUrl).toBe(home.origin);

    await core.testConnection({ accountId: account.id });
    await core.sync();
    expect(elsewhere.requests).toEqual([]);
    expect(headerValues(home.requests)).toContain(SECRET);
  });

  it('refuses another scheme or host too, and keeps the secret for the same origin (another path)', async () => {
    const core = await inbox();
    const account = await core.addAccount({ provider: 'opterius', label: 'Hosting', baseUrl: home.origin, secret: SECRET });
    await refusal(core.updateAccount(account.id, { baseUrl: home.origin.replace('127.0.0.1', 'localhost') }));
    await refusal(core.updateAccount(account.id, { baseUrl: 'https://billing.example.com' }));
    const moved = await core.updateAccount(account.id, { baseUrl: `${home.origin}/portal` });
    expect(moved.baseUrl).toBe(`${home.origin}/portal`);
    expect(await credentials.get(account.id)).toBe(SECRET);
  });

  it('moves the account when the secret is entered again: only the new secret goes to the new address', async () => {
    const core = await inbox();
    const account = await core.addAccount({ provider: 'commet', label: 'Billing', baseUrl: home.origin, secret: SECRET });
    await core.updateAccount(account.id, { baseUrl: elsewhere.origin, secret: 'new-secret-for-elsewhere' });
    await core.testConnection({ accountId: account.id });
    expect(elsewhere.requests.length).toBeGreaterThan(0);
    expect(headerValues(elsewhere.requests)).toContain('new-secret-for-elsewhere');
    expect(headerValues(elsewhere.requests)).not.toContain(SECRET);
  });

  it('with forgetSecret, deletes the stored secret and moves: nothing is sent until a new one is entered', async () => {
    const core = await inbox();
    const account = await core.addAccount({ provider: 'commet', label: 'Billing', baseUrl: home.origin, secret: SECRET });
    await core.updateAccount(account.id, { baseUrl: elsewhere.origin, forgetSecret: true });
    expect(await credentials.get(account.id)).toBeNull();
    const result = await core.testConnection({ accountId: account.id });
    expect(result.ok).toBe(false);
    expect(result.error?.kind).toBe('auth');
    expect(elsewhere.requests).toEqual([]);
  });

  it('going back to the provider default is another site too', async () => {
    const core = await inbox();
    const account = await core.addAccount({ provider: 'commet', label: 'Billing', baseUrl: home.origin, secret: SECRET });
    expect((await refusal(core.updateAccount(account.id, { baseUrl: null }))).field).toBe('baseUrl');
    expect(await credentials.get(account.id)).toBe(SECRET);
  });
});

describe('fixed-host providers and developer mode', () => {
  it('refuses an address override for a fixed-host provider unless developer mode is on', async () => {
    developerMode = false;
    const core = await inbox();
    const error = await refusal(core.addAccount({ provider: 'commet', label: 'Billing', baseUrl: home.origin, secret: SECRET }));
    expect(error.field).toBe('baseUrl');
    expect(error.message).toBe('Commet is reached only at https://commet.co: leave the address empty. Another address is accepted only in developer mode, for testing.');
    expect(core.listAccounts()).toEqual([]);
    expect(credentials.accountIds()).toEqual([]);

    const fine = await core.addAccount({ provider: 'commet', label: 'Billing', baseUrl: 'https://commet.co', secret: SECRET });
    await refusal(core.updateAccount(fine.id, { baseUrl: home.origin, secret: 'another' }));
    expect(await credentials.get(fine.id)).toBe(SECRET);

    developerMode = true;
    await expect(core.addAccount({ provider: 'commet', label: 'Sim', baseUrl: home.origin, secret: SECRET })).resolves.toMatchObject({ baseUrl: home.origin });
  });

  it('lets Opterius use any https portal, but this computer only in developer mode', async () => {
    developerMode = false;
    const core = await inbox();
    await expect(core.addAccount({ provider: 'opterius', label: 'Hosting', baseUrl: 'https://billing.example.com', secret: SECRET })).resolves.toBeTruthy();
    await refusal(core.addAccount({ provider: 'opterius', label: 'Local', baseUrl: home.origin, secret: SECRET }));
  });

  it('a connection test with a raw secret follows the same rules: nothing is sent to a refused address', async () => {
    developerMode = false;
    const core = await inbox();
    await refusal(core.testConnection({ provider: 'onepin', baseUrl: elsewhere.origin, secret: SECRET }));
    await refusal(core.testConnection({ provider: 'opterius', baseUrl: elsewhere.origin, secret: SECRET }));
    expect(elsewhere.requests).toEqual([]);
  });

  it('demo accounts may point at the simulator on this computer without developer mode', async () => {
    developerMode = false;
    const core = await inbox();
    const demo = await core.addAccount({ provider: 'gpuoutlet', label: 'Demo', baseUrl: `${home.origin}/gpuoutlet`, secret: 'demo-token', demo: true });
    await core.updateAccount(demo.id, { baseUrl: `${elsewhere.origin}/gpuoutlet`, secret: 'demo-token' });
    await refusal(core.addAccount({ provider: 'gpuoutlet', label: 'Demo', baseUrl: 'https://evil.example', secret: 'demo-token', demo: true }));
  });
});

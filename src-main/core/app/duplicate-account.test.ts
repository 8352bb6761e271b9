import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryCredentialStore } from '../credentials/memory-store';
import { openTestWorkspace } from '../testing/test-workspace';
import type { Workspace } from '../workspace/open-workspace';
import { AccountValidationError } from '../accounts/account-validation';

const opened: Workspace[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const workspace of opened.splice(0)) await workspace.close();
  for (const dir of dirs.splice(0)) await fs.rm(dir, { recursive: true, force: true });
});

async function workspace(): Promise<Workspace> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ii-dup-'));
  dirs.push(dir);
  const opened1 = await openTestWorkspace(dir, { credentials: new MemoryCredentialStore() });
  opened.push(opened1);
  return opened1;
}

describe('the same credential added twice', () => {
  it('is refused on the secret field, naming the account that already has it; another key is fine', async () => {
    const { inbox } = await workspace();
    await inbox.addAccount({ provider: 'commet', label: 'UK subscriptions', baseUrl: null, secret: 'ck_live_123' });
    const again = inbox.addAccount({ provider: 'commet', label: 'UK subs (again)', baseUrl: null, secret: '  ck_live_123 ' });
    await expect(again).rejects.toBeInstanceOf(AccountValidationError);
    await expect(again).rejects.toMatchObject({ field: 'secret', message: expect.stringContaining('already connected as “UK subscriptions”') });
    // Nothing was half-added: one account, and its key untouched.
    expect(inbox.listAccounts().map((account) => account.label)).toEqual(['UK subscriptions']);
    await inbox.addAccount({ provider: 'commet', label: 'US subscriptions', baseUrl: null, secret: 'ck_live_456' });
    // The same key for another provider is another account.
    await inbox.addAccount({ provider: 'onepin', label: 'Cards', baseUrl: null, secret: 'ck_live_123' });
    expect(inbox.listAccounts()).toHaveLength(3);
  });
});

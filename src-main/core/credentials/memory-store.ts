import { assertAccountKey, assertSecret } from './keychain-errors';
import type { CredentialStore } from './types';

/**
 * An in-memory CredentialStore for unit tests and the demo workspace: same contract as the keychain
 * store (empty ids and secrets refused, delete reports whether something was removed), nothing on disk.
 */
export class MemoryCredentialStore implements CredentialStore {
  private readonly secrets = new Map<string, string>();

  constructor(initial: Readonly<Record<string, string>> = {}) {
    for (const [accountId, secret] of Object.entries(initial)) this.secrets.set(accountId, secret);
  }

  async get(accountId: string): Promise<string | null> {
    assertAccountKey(accountId);
    return this.secrets.get(accountId) ?? null;
  }

  async set(accountId: string, secret: string): Promise<void> {
    assertAccountKey(accountId);
    assertSecret(secret);
    this.secrets.set(accountId, secret);
  }

  async delete(accountId: string): Promise<boolean> {
    assertAccountKey(accountId);
    return this.secrets.delete(accountId);
  }

  /** Account ids that have a secret (never the secrets), for test assertions. */
  accountIds(): string[] {
    return [...this.secrets.keys()].sort();
  }
}

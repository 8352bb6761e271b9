import type { CredentialStore } from '../credentials/types';

/**
 * Credentials with the demo kept out of the keychain. A demo account (Account.demo) has no secret of
 * its own: its "secret" is the provider simulator's public demo token for its provider, known in every
 * process (app, web host, CLI), so the demo works on a machine without a Secret Service and a demo
 * workspace syncs from any host. Every other account is delegated to the real store unchanged.
 */
export class DemoCredentialStore implements CredentialStore {
  constructor(
    private readonly real: CredentialStore,
    /** The public demo token of a demo account; null for every other account. */
    private readonly demoTokenOf: (accountId: string) => string | null,
  ) {}

  isDemo(accountId: string): boolean {
    return this.demoTokenOf(accountId) !== null;
  }

  async get(accountId: string): Promise<string | null> {
    return this.demoTokenOf(accountId) ?? this.real.get(accountId);
  }

  async set(accountId: string, secret: string): Promise<void> {
    if (this.isDemo(accountId)) return; // the demo token is not a user secret: nothing to keep
    await this.real.set(accountId, secret);
  }

  async delete(accountId: string): Promise<boolean> {
    if (this.isDemo(accountId)) return true;
    return this.real.delete(accountId);
  }
}

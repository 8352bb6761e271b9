import type { CredentialStore } from '../credentials/types';

/**
 * Credentials with the demo kept out of the keychain. The demo accounts' "secrets" are the provider
 * simulator's public demo tokens: they are held in memory (re-registered by the demo workspace on every
 * start), so the demo works on a machine without a Secret Service. Every other account is delegated to
 * the real store (the OS keychain) unchanged.
 */
export class DemoCredentialStore implements CredentialStore {
  private readonly demoSecrets: ReadonlySet<string>;
  private readonly demo = new Map<string, string>();

  constructor(
    private readonly real: CredentialStore,
    demoSecrets: Iterable<string>,
  ) {
    this.demoSecrets = new Set(demoSecrets);
  }

  /** Registers a demo account's public token (the workspace calls this for existing demo accounts). */
  remember(accountId: string, secret: string): void {
    if (!this.demoSecrets.has(secret)) throw new Error('Only the simulator\'s public demo tokens are held outside the keychain.');
    this.demo.set(accountId, secret);
  }

  isDemo(accountId: string): boolean {
    return this.demo.has(accountId);
  }

  async get(accountId: string): Promise<string | null> {
    return this.demo.get(accountId) ?? this.real.get(accountId);
  }

  async set(accountId: string, secret: string): Promise<void> {
    if (this.demoSecrets.has(secret)) {
      this.demo.set(accountId, secret);
      return;
    }
    this.demo.delete(accountId);
    await this.real.set(accountId, secret);
  }

  async delete(accountId: string): Promise<boolean> {
    if (this.demo.delete(accountId)) return true;
    return this.real.delete(accountId);
  }
}

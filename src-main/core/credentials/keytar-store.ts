import { assertAccountKey, assertSecret, toKeychainError } from './keychain-errors';
import { KEYCHAIN_SERVICE, type CredentialStore } from './types';

/** The three keytar functions this store uses (keytar 7's API). */
export interface KeytarModule {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

export interface KeytarCredentialStoreOptions {
  /** Loads keytar; tests pass a fake. Default: a dynamic import of the native module on first use. */
  loadKeytar?: () => Promise<KeytarModule>;
  /** Keychain service name. Default KEYCHAIN_SERVICE ("invoice-inbox"). */
  service?: string;
  /** Which advice the errors give. Default process.platform. */
  platform?: NodeJS.Platform;
}

export async function importKeytar(): Promise<KeytarModule> {
  const loaded: KeytarModule & { default?: KeytarModule } = await import('keytar');
  return loaded.default ?? loaded;
}

/**
 * Secrets in the OS keychain (macOS Keychain, Windows Credential Manager, the Secret Service on Linux)
 * through keytar: service "invoice-inbox", account = the account id. keytar is loaded on first use, so
 * the app starts even where the native module or the Secret Service is missing; every failure becomes a
 * KeychainUnavailableError (what to install or unlock) or a KeychainError, and no error carries the
 * secret. There is no plain-text fallback.
 */
export class KeytarCredentialStore implements CredentialStore {
  private readonly loadKeytar: () => Promise<KeytarModule>;
  private readonly service: string;
  private readonly platform: NodeJS.Platform;
  private loading: Promise<KeytarModule> | null = null;

  constructor(options: KeytarCredentialStoreOptions = {}) {
    this.loadKeytar = options.loadKeytar ?? importKeytar;
    this.service = options.service ?? KEYCHAIN_SERVICE;
    this.platform = options.platform ?? process.platform;
  }

  async get(accountId: string): Promise<string | null> {
    assertAccountKey(accountId);
    const keytar = await this.keytar('get');
    try {
      return await keytar.getPassword(this.service, accountId);
    } catch (error) {
      throw toKeychainError(error, { phase: 'call', platform: this.platform, operation: 'get' });
    }
  }

  async set(accountId: string, secret: string): Promise<void> {
    assertAccountKey(accountId);
    assertSecret(secret);
    const keytar = await this.keytar('set');
    try {
      await keytar.setPassword(this.service, accountId, secret);
    } catch (error) {
      throw toKeychainError(error, { phase: 'call', platform: this.platform, operation: 'set', secret });
    }
  }

  async delete(accountId: string): Promise<boolean> {
    assertAccountKey(accountId);
    const keytar = await this.keytar('delete');
    try {
      return await keytar.deletePassword(this.service, accountId);
    } catch (error) {
      throw toKeychainError(error, { phase: 'call', platform: this.platform, operation: 'delete' });
    }
  }

  /** Loads keytar once; a failed load is retried on the next call (the user may have fixed it). */
  private async keytar(operation: string): Promise<KeytarModule> {
    this.loading ??= this.loadKeytar();
    try {
      return await this.loading;
    } catch (error) {
      this.loading = null;
      throw toKeychainError(error, { phase: 'load', platform: this.platform, operation: `load (${operation})` });
    }
  }
}

/** Where account secrets live. The production store is the OS keychain (keytar, service "invoice-inbox"). */
export interface CredentialStore {
  get(accountId: string): Promise<string | null>;
  set(accountId: string, secret: string): Promise<void>;
  /** Returns true when a secret was removed. */
  delete(accountId: string): Promise<boolean>;
}

export const KEYCHAIN_SERVICE = 'invoice-inbox';

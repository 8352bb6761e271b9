import type { Account } from '../../../src-shared/domain';
import { AccountValidationError } from '../accounts/account-validation';
import type { CredentialStore } from '../credentials/types';

/**
 * The same provider, address and credential as an account the user already has would list every
 * invoice twice and count it twice: refused, naming that account. Demo accounts never count; a
 * keychain that cannot answer cannot tell, and adding goes on.
 */
export async function refuseDuplicateAccount(
  accounts: readonly Account[],
  credentials: CredentialStore,
  wanted: { provider: Account['provider']; baseUrl: string | null; secret: string },
): Promise<void> {
  for (const existing of accounts) {
    if (existing.demo || existing.provider !== wanted.provider || existing.baseUrl !== wanted.baseUrl) continue;
    let stored: string | null = null;
    try {
      stored = await credentials.get(existing.id);
    } catch {
      continue;
    }
    if (stored !== null && stored === wanted.secret.trim()) {
      throw new AccountValidationError('secret', `This credential is already connected as “${existing.label}”. Each account is added once; open “${existing.label}” instead.`);
    }
  }
}

import { randomBytes } from 'node:crypto';
import type { Account, ProviderId } from '../../../src-shared/domain';
import type { AccountsRepo } from '../store/types';
import { AccountValidationError, normalizeBaseUrl, validateLabel, validateProvider } from './account-validation';

export interface AccountInput {
  provider: ProviderId;
  label: string;
  baseUrl?: string | null;
  demo?: boolean;
}

/** What can change after creation; `baseUrl: null` goes back to the provider's default. */
export interface AccountSettingsPatch {
  label?: string;
  baseUrl?: string | null;
}

export interface AccountRegistryOptions {
  now?: () => number;
  /** Source of id randomness (tests make it deterministic). Default crypto.randomBytes. */
  randomBytes?: (size: number) => Uint8Array;
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** `acct_` + 12 lower-case base32 characters (60 random bits): a safe file name and keychain account. */
export function generateAccountId(random: (size: number) => Uint8Array = randomBytes): string {
  const bytes = random(12);
  let id = 'acct_';
  for (let i = 0; i < 12; i++) id += BASE32[(bytes[i] ?? 0) & 31];
  return id;
}

/**
 * The user's accounts (settings only) over the workspace store. Every call reads the store, so two
 * processes on one workspace agree. Input errors throw AccountValidationError (a UserFacingError of kind
 * 'config' naming the field).
 */
export class AccountRegistry {
  private readonly now: () => number;
  private readonly random: (size: number) => Uint8Array;

  constructor(
    private readonly store: AccountsRepo,
    options: AccountRegistryOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.random = options.randomBytes ?? randomBytes;
  }

  /** Accounts in the order they were added. */
  list(): Account[] {
    return this.store.list();
  }

  /** The account with this id, or null. */
  find(id: string): Account | null {
    return this.store.find(id);
  }

  /** The account with this id; an unknown id is an AccountValidationError (field 'id'). */
  get(id: string): Account {
    const account = this.find(id);
    if (account === null) throw new AccountValidationError('id', 'This account no longer exists. Reload the account list.');
    return account;
  }

  /** Validates and normalizes like add(), with a fresh id, but stores nothing (e.g. a connection test). */
  draft(input: AccountInput): Account {
    const provider = validateProvider(input.provider);
    return {
      id: this.freshId(),
      provider,
      label: validateLabel(input.label),
      baseUrl: normalizeBaseUrl(input.baseUrl, provider),
      createdAt: new Date(this.now()).toISOString(),
      demo: input.demo ?? false,
    };
  }

  /** Validates, stores and returns the new account. */
  add(input: AccountInput): Account {
    const account = this.draft(input);
    this.store.insert(account);
    return { ...account };
  }

  update(id: string, patch: AccountSettingsPatch): Account {
    const current = this.get(id);
    const next: Account = {
      ...current,
      label: patch.label === undefined ? current.label : validateLabel(patch.label),
      baseUrl: patch.baseUrl === undefined ? current.baseUrl : normalizeBaseUrl(patch.baseUrl, current.provider),
    };
    this.store.update(next);
    return { ...next };
  }

  /** Removes the account and everything of it in one transaction; true when it existed. Idempotent. */
  remove(id: string): boolean {
    return this.store.remove(id);
  }

  private freshId(): string {
    for (let attempt = 0; attempt < 100; attempt++) {
      const id = generateAccountId(this.random);
      if (this.store.find(id) === null) return id;
    }
    throw new Error('could not generate a fresh account id');
  }
}

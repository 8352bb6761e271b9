import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { PROVIDER_IDS, type Account, type ProviderId } from '../../../src-shared/domain';
import { isSafeAccountId } from '../cache/safe-name';
import { AccountValidationError, normalizeBaseUrl, validateLabel, validateProvider } from './account-validation';
import type { KeyValueStore } from './settings-store';

/** The settings document. Holds no secret: those live in the keychain under the account id. */
export type AccountSettings = { accounts: Account[] };

export const DEFAULT_ACCOUNT_SETTINGS: AccountSettings = { accounts: [] };

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

const storedAccount = z.object({
  id: z.string().refine(isSafeAccountId),
  provider: z.enum(PROVIDER_IDS),
  label: z.string(),
  baseUrl: z.string().nullable(),
  createdAt: z.string(),
  demo: z.boolean(),
});

function asAccount(entry: unknown): Account | null {
  const parsed = storedAccount.safeParse(entry);
  return parsed.success ? parsed.data : null;
}

/**
 * The user's accounts (settings only) over a KeyValueStore. Every call reads the store, so two
 * registries over one file agree. Input errors throw AccountValidationError (a SyncError of kind
 * 'config' naming the field). Entries in the file that do not fit the Account shape (hand edits, a
 * newer app) are left in the file untouched but not listed.
 */
export class AccountRegistry {
  private readonly now: () => number;
  private readonly random: (size: number) => Uint8Array;

  constructor(
    private readonly store: KeyValueStore<AccountSettings>,
    options: AccountRegistryOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.random = options.randomBytes ?? randomBytes;
  }

  /** Accounts in the order they were added. */
  list(): Account[] {
    const accounts: Account[] = [];
    for (const entry of this.entries()) {
      const account = asAccount(entry);
      if (account !== null) accounts.push(account);
    }
    return accounts;
  }

  /** The account with this id, or null. */
  find(id: string): Account | null {
    return this.list().find((account) => account.id === id) ?? null;
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
    this.write([...this.entries(), account]);
    return { ...account };
  }

  update(id: string, patch: AccountSettingsPatch): Account {
    const current = this.get(id);
    const next: Account = {
      ...current,
      label: patch.label === undefined ? current.label : validateLabel(patch.label),
      baseUrl: patch.baseUrl === undefined ? current.baseUrl : normalizeBaseUrl(patch.baseUrl, current.provider),
    };
    this.write(this.entries().map((entry) => (asAccount(entry)?.id === id ? next : entry)));
    return { ...next };
  }

  /** Returns true when the account existed. Idempotent. */
  remove(id: string): boolean {
    const entries = this.entries();
    const kept = entries.filter((entry) => asAccount(entry)?.id !== id);
    if (kept.length === entries.length) return false;
    this.write(kept);
    return true;
  }

  private entries(): unknown[] {
    const accounts: unknown = this.store.get().accounts;
    return Array.isArray(accounts) ? accounts : [];
  }

  private write(entries: unknown[]): void {
    // Unreadable entries are carried through as they were (see the class comment).
    this.store.set({ ...this.store.get(), accounts: entries as Account[] });
  }

  private freshId(): string {
    const taken = new Set(this.entries().map((entry) => asAccount(entry)?.id));
    for (let attempt = 0; attempt < 100; attempt++) {
      const id = generateAccountId(this.random);
      if (!taken.has(id)) return id;
    }
    throw new Error('could not generate a fresh account id');
  }
}

import { UserFacingError } from '../errors';

/** Why no keychain could be used. */
export type KeychainUnavailableReason = 'module_missing' | 'library_missing' | 'no_secret_service' | 'locked';

/**
 * The OS keychain cannot be reached (native module missing, no Secret Service, locked collection).
 * A UserFacingError of kind 'config' with action 'retry': the message says what to install or unlock, and
 * the user retries afterwards. There is deliberately no plain-text fallback.
 */
export class KeychainUnavailableError extends UserFacingError {
  readonly reason: KeychainUnavailableReason;

  constructor(reason: KeychainUnavailableReason, message: string, detail?: string) {
    super({ kind: 'config', message, action: 'retry' }, detail);
    this.name = 'KeychainUnavailableError';
    this.reason = reason;
  }
}

/** The keychain answered but refused the request for another reason. Kind 'storage', action 'retry'. */
export class KeychainError extends UserFacingError {
  constructor(detail: string) {
    super(
      {
        kind: 'storage',
        message: 'The keychain could not complete the request. Try again; if it keeps failing, check that your keychain app is running and unlocked.',
        action: 'retry',
      },
      detail,
    );
    this.name = 'KeychainError';
  }
}

const LINUX_SECRET_SERVICE =
  'No keychain is available: Invoice Inbox stores credentials in the Secret Service. Install and unlock gnome-keyring (or KeePassXC with Secret Service enabled) and sign in to a desktop session, then try again.';
const LINUX_LOCKED =
  'The keychain is locked: Invoice Inbox stores credentials in the Secret Service and could not unlock it. Unlock your login keyring (gnome-keyring, or KeePassXC with Secret Service enabled), then try again.';
const LINUX_LIBSECRET =
  'No keychain is available: Invoice Inbox needs the libsecret library to reach the Secret Service. Install libsecret (libsecret-1-0 on Debian and Ubuntu, libsecret on Fedora and Arch) and gnome-keyring, then try again.';
const MODULE_MISSING =
  'No keychain is available: this installation of Invoice Inbox is missing its keychain module (keytar). Reinstall Invoice Inbox. (Developers: run npm ci with libsecret-1-dev installed.)';
const MAC_LOCKED =
  'The keychain is locked: open Keychain Access, unlock your login keychain and allow Invoice Inbox to use it, then try again.';
const WINDOWS_UNAVAILABLE =
  'No keychain is available: Windows Credential Manager did not answer. Sign in to Windows with your own user account (Credential Manager does not work for some service or remote sessions), then try again.';

const SECRET_SERVICE_MISSING = [
  /Cannot autolaunch D-Bus/i,
  /org\.freedesktop\.secrets was not provided/i,
  /was not provided by any \.service files/i,
  /Could not connect: (No such file or directory|Connection refused)/i,
  /Failed to connect to socket/i,
  /DBUS_SESSION_BUS_ADDRESS/,
  /Error spawning command line .*dbus-launch/i,
];
const SECRET_SERVICE_LOCKED = [
  /Cannot create an item in a locked collection/i,
  /collection is locked/i,
  // No login keyring yet and no prompter to create one (headless session).
  /Object does not exist at path .*\/collection\//i,
  /Prompt dismissed|prompt was dismissed/i,
];
const MAC_LOCKED_PATTERNS = [/User interaction is not allowed/i, /keychain.*locked/i, /User canceled the operation/i];
const LIBSECRET_MISSING = /libsecret-1\.so|libglib-2\.0\.so|libgio-2\.0\.so/;
const MODULE_BROKEN = [
  /Cannot find module/i,
  /MODULE_NOT_FOUND/,
  /ERR_MODULE_NOT_FOUND/,
  /keytar\.node/,
  /invalid ELF header/i,
  /NODE_MODULE_VERSION/,
  /was compiled against a different Node\.js version/i,
  /ERR_DLOPEN_FAILED/,
];

function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const code = 'code' in error && typeof error.code === 'string' ? ` [${error.code}]` : '';
    return `${error.message}${code}`;
  }
  return String(error);
}

/** Replaces every occurrence of the secret (and its trimmed form) so no error ever carries it. */
export function redact(text: string, secret: string | undefined): string {
  if (secret === undefined) return text;
  let out = text;
  for (const value of new Set([secret, secret.trim()])) {
    if (value.length > 0) out = out.split(value).join('[redacted]');
  }
  return out;
}

/**
 * Turns what keytar (or loading it) threw into a KeychainUnavailableError with install/unlock advice,
 * or a KeychainError. `phase: 'load'` means the native module itself failed to load.
 */
export function toKeychainError(
  error: unknown,
  context: { phase: 'load' | 'call'; platform: NodeJS.Platform; operation: string; secret?: string },
): KeychainUnavailableError | KeychainError {
  const raw = messageOf(error);
  const detail = redact(`keytar ${context.operation}: ${raw}`, context.secret);
  const matches = (patterns: RegExp[]): boolean => patterns.some((pattern) => pattern.test(raw));

  if (context.platform === 'linux') {
    if (LIBSECRET_MISSING.test(raw)) return new KeychainUnavailableError('library_missing', LINUX_LIBSECRET, detail);
    if (matches(SECRET_SERVICE_MISSING)) return new KeychainUnavailableError('no_secret_service', LINUX_SECRET_SERVICE, detail);
    if (matches(SECRET_SERVICE_LOCKED)) return new KeychainUnavailableError('locked', LINUX_LOCKED, detail);
  }
  if (context.platform === 'darwin' && matches(MAC_LOCKED_PATTERNS)) {
    return new KeychainUnavailableError('locked', MAC_LOCKED, detail);
  }
  if (context.phase === 'load' || matches(MODULE_BROKEN)) {
    return new KeychainUnavailableError('module_missing', MODULE_MISSING, detail);
  }
  if (context.platform === 'win32' && /Credential Manager|ERROR_NO_SUCH_LOGON_SESSION|logon session/i.test(raw)) {
    return new KeychainUnavailableError('no_secret_service', WINDOWS_UNAVAILABLE, detail);
  }
  return new KeychainError(detail);
}

/** Account ids are keychain "account" names: a non-empty string (the registry makes them file-safe). */
export function assertAccountKey(accountId: unknown): asserts accountId is string {
  if (typeof accountId !== 'string' || accountId.length === 0) throw new TypeError('account id must be a non-empty string');
}

/** A secret must be a non-empty string; the error never echoes it. */
export function assertSecret(secret: unknown): asserts secret is string {
  if (typeof secret !== 'string' || secret.length === 0) throw new TypeError('the credential is empty');
}

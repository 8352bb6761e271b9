import { isUserFacingError } from '../errors';
import { KeychainError, KeychainUnavailableError, redact } from './keychain-errors';
import { KeytarCredentialStore, type KeytarModule } from './keytar-store';

const SECRET = 'sk_live_TOPSECRET_123';

/** A keytar stand-in backed by a map; `fail` makes every call reject with that error. */
function fakeKeytar(fail?: Error): KeytarModule & { calls: string[] } {
  const entries = new Map<string, string>();
  const calls: string[] = [];
  const check = (): void => {
    if (fail) throw fail;
  };
  return {
    calls,
    async getPassword(service, account) {
      calls.push(`get ${service} ${account}`);
      check();
      return entries.get(`${service}/${account}`) ?? null;
    },
    async setPassword(service, account, password) {
      calls.push(`set ${service} ${account}`);
      check();
      entries.set(`${service}/${account}`, password);
    },
    async deletePassword(service, account) {
      calls.push(`delete ${service} ${account}`);
      check();
      return entries.delete(`${service}/${account}`);
    },
  };
}

function storeWith(keytar: KeytarModule, platform: NodeJS.Platform = 'linux'): KeytarCredentialStore {
  return new KeytarCredentialStore({ loadKeytar: async () => keytar, platform });
}

async function caught(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`not an Error: ${String(error)}`);
  }
  throw new Error('expected a rejection');
}

function expectNoSecret(error: Error): void {
  const everything = JSON.stringify({ ...error, message: error.message, stack: error.stack });
  expect(everything).not.toContain(SECRET);
}

const LINUX_ADVICE =
  'No keychain is available: Invoice Inbox stores credentials in the Secret Service. Install and unlock gnome-keyring (or KeePassXC with Secret Service enabled) and sign in to a desktop session, then try again.';

describe('KeytarCredentialStore with a working keytar', () => {
  it('uses service "invoice-inbox" and the account id as the account', async () => {
    const keytar = fakeKeytar();
    const store = storeWith(keytar);
    await store.set('acct_a', SECRET);
    expect(await store.get('acct_a')).toBe(SECRET);
    expect(await store.delete('acct_a')).toBe(true);
    expect(await store.delete('acct_a')).toBe(false);
    expect(await store.get('acct_a')).toBeNull();
    expect(keytar.calls).toEqual([
      'set invoice-inbox acct_a',
      'get invoice-inbox acct_a',
      'delete invoice-inbox acct_a',
      'delete invoice-inbox acct_a',
      'get invoice-inbox acct_a',
    ]);
  });

  it('loads keytar once, lazily', async () => {
    const load = vi.fn(async () => fakeKeytar());
    const store = new KeytarCredentialStore({ loadKeytar: load });
    expect(load).not.toHaveBeenCalled();
    await Promise.all([store.get('a'), store.get('b'), store.set('c', 'x')]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('refuses an empty secret before touching the keychain', async () => {
    const keytar = fakeKeytar();
    await expect(storeWith(keytar).set('acct_a', '')).rejects.toThrow('the credential is empty');
    expect(keytar.calls).toEqual([]);
  });
});

describe('KeytarCredentialStore error mapping', () => {
  it.each([
    ['Cannot autolaunch D-Bus without X11 $DISPLAY', 'no_secret_service'],
    ['The name org.freedesktop.secrets was not provided by any .service files', 'no_secret_service'],
    ['Could not connect: No such file or directory', 'no_secret_service'],
  ])('linux: %j -> KeychainUnavailableError(%s) with install advice', async (raw, reason) => {
    const error = await caught(storeWith(fakeKeytar(new Error(raw))).get('acct_a'));
    expect(error).toBeInstanceOf(KeychainUnavailableError);
    expect(error).toMatchObject({ reason, message: LINUX_ADVICE, kind: 'config', info: { action: 'retry' } });
    expect(isUserFacingError(error)).toBe(true);
    expect((error as KeychainUnavailableError).detail).toContain(raw);
  });

  it.each(['Cannot create an item in a locked collection', 'Object does not exist at path “/org/freedesktop/secrets/collection/login”'])(
    'linux: %j -> locked, with unlock advice, and the secret is not in the error',
    async (raw) => {
      const error = await caught(storeWith(fakeKeytar(new Error(raw))).set('acct_a', SECRET));
      expect(error).toMatchObject({ name: 'KeychainUnavailableError', reason: 'locked' });
      expect(error.message).toMatch(/Unlock your login keyring \(gnome-keyring, or KeePassXC with Secret Service enabled\)/);
      expectNoSecret(error);
    },
  );

  it('a missing native module is KeychainUnavailableError(module_missing), and loading is retried next time', async () => {
    let attempts = 0;
    const store = new KeytarCredentialStore({
      platform: 'linux',
      loadKeytar: async () => {
        attempts += 1;
        if (attempts === 1) throw Object.assign(new Error("Cannot find module '../build/Release/keytar.node'"), { code: 'MODULE_NOT_FOUND' });
        return fakeKeytar();
      },
    });
    const error = await caught(store.get('acct_a'));
    expect(error).toMatchObject({ name: 'KeychainUnavailableError', reason: 'module_missing' });
    expect(error.message).toMatch(/missing its keychain module \(keytar\)\. Reinstall Invoice Inbox/);
    expect(await store.get('acct_a')).toBeNull();
    expect(attempts).toBe(2);
  });

  it('a missing libsecret names the package to install', async () => {
    const store = new KeytarCredentialStore({
      platform: 'linux',
      loadKeytar: async () => {
        throw new Error('libsecret-1.so.0: cannot open shared object file: No such file or directory');
      },
    });
    const error = await caught(store.delete('acct_a'));
    expect(error).toMatchObject({ reason: 'library_missing' });
    expect(error.message).toMatch(/Install libsecret \(libsecret-1-0 on Debian and Ubuntu/);
  });

  it('macOS: a locked keychain says how to unlock it', async () => {
    const error = await caught(storeWith(fakeKeytar(new Error('User interaction is not allowed.')), 'darwin').get('acct_a'));
    expect(error).toMatchObject({ reason: 'locked' });
    expect(error.message).toMatch(/Keychain Access, unlock your login keychain/);
  });

  it('Windows: any load failure still says the keychain module is missing', async () => {
    const store = new KeytarCredentialStore({ platform: 'win32', loadKeytar: async () => Promise.reject(new Error('boom')) });
    expect(await caught(store.get('acct_a'))).toMatchObject({ reason: 'module_missing' });
  });

  it('any other failure is a KeychainError (storage, retry) whose message and detail never hold the secret', async () => {
    const raw = `unexpected failure storing "${SECRET}" for acct_a`;
    const error = await caught(storeWith(fakeKeytar(new Error(raw))).set('acct_a', SECRET));
    expect(error).toBeInstanceOf(KeychainError);
    expect(error).toMatchObject({ kind: 'storage', info: { action: 'retry' } });
    expect((error as KeychainError).detail).toContain('[redacted]');
    expectNoSecret(error);
    expect(error).not.toHaveProperty('cause');
  });

  it('a non-Error rejection is mapped too', async () => {
    const keytar = fakeKeytar();
    keytar.getPassword = async () => Promise.reject('weird');
    expect(await caught(storeWith(keytar).get('acct_a'))).toBeInstanceOf(KeychainError);
  });
});

describe('redact', () => {
  it('removes every occurrence of the secret and of its trimmed form', () => {
    expect(redact('a SECRET b SECRET', 'SECRET')).toBe('a [redacted] b [redacted]');
    expect(redact('token=abc', ' abc\n')).toBe('token=[redacted]');
    expect(redact('nothing', undefined)).toBe('nothing');
    expect(redact('nothing', '')).toBe('nothing');
  });
});

/**
 * Against the REAL OS keychain (vitest project "keychain"). On Linux run it through
 * `npm run test:keychain`, which starts a private D-Bus session with an unlocked gnome-keyring.
 */
import { randomBytes } from 'node:crypto';
import { KeytarCredentialStore } from './keytar-store';

const store = new KeytarCredentialStore();
const used = new Set<string>();

function uniqueAccount(): string {
  const id = `test_${Date.now().toString(36)}_${randomBytes(6).toString('hex')}`;
  used.add(id);
  return id;
}

afterAll(async () => {
  for (const id of used) await store.delete(id);
  for (const id of used) expect(await store.get(id)).toBeNull();
});

describe('KeytarCredentialStore against the real keychain', () => {
  it('set, get and delete round trip', async () => {
    const id = uniqueAccount();
    expect(await store.get(id)).toBeNull();
    await store.set(id, 'sk_live_round_trip');
    expect(await store.get(id)).toBe('sk_live_round_trip');
    expect(await store.delete(id)).toBe(true);
    expect(await store.get(id)).toBeNull();
  });

  it('overwrites an existing secret', async () => {
    const id = uniqueAccount();
    await store.set(id, 'first');
    await store.set(id, 'second');
    expect(await store.get(id)).toBe('second');
  });

  it('keeps accounts apart and stores unicode and long secrets exactly', async () => {
    const a = uniqueAccount();
    const b = uniqueAccount();
    const long = `ot_live_${'x'.repeat(4000)}`;
    await store.set(a, 'pässwörd 🔑 "quoted"');
    await store.set(b, long);
    expect(await store.get(a)).toBe('pässwörd 🔑 "quoted"');
    expect(await store.get(b)).toBe(long);
  });

  it('deleting a missing entry returns false', async () => {
    expect(await store.delete(uniqueAccount())).toBe(false);
  });

  it('is not visible under another service name', async () => {
    const id = uniqueAccount();
    await store.set(id, 'scoped');
    expect(await new KeytarCredentialStore({ service: 'invoice-inbox-other' }).get(id)).toBeNull();
  });
});

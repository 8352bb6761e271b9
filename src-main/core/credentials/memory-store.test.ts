import { MemoryCredentialStore } from './memory-store';

describe('MemoryCredentialStore', () => {
  it('sets, gets, overwrites and deletes', async () => {
    const store = new MemoryCredentialStore();
    expect(await store.get('acct_a')).toBeNull();
    await store.set('acct_a', 'sk_one');
    expect(await store.get('acct_a')).toBe('sk_one');
    await store.set('acct_a', 'sk_two');
    expect(await store.get('acct_a')).toBe('sk_two');
    expect(await store.delete('acct_a')).toBe(true);
    expect(await store.get('acct_a')).toBeNull();
    expect(await store.delete('acct_a')).toBe(false);
  });

  it('keeps accounts apart and can start with secrets', async () => {
    const store = new MemoryCredentialStore({ acct_a: 'a', acct_b: 'b' });
    expect(await store.get('acct_b')).toBe('b');
    await store.delete('acct_a');
    expect(store.accountIds()).toEqual(['acct_b']);
  });

  it('refuses empty ids and empty secrets without echoing the secret', async () => {
    const store = new MemoryCredentialStore();
    await expect(store.get('')).rejects.toThrow(TypeError);
    await expect(store.set('acct_a', '')).rejects.toThrow('the credential is empty');
    await expect(store.delete('')).rejects.toThrow(TypeError);
  });
});

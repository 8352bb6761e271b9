import { AccountValidationError } from './account-validation';
import { assertAddressAllowed, changesSite, credentialOnAddressChange, isLoopbackUrl, originOf } from './origin-binding';

describe('originOf', () => {
  it('is scheme, lower-case host and port with the default port made explicit', () => {
    expect(originOf('https://Commet.co/api')).toBe('https://commet.co:443');
    expect(originOf('https://commet.co:443')).toBe('https://commet.co:443');
    expect(originOf('http://127.0.0.1:4010/x')).toBe('http://127.0.0.1:4010');
    expect(originOf('http://[::1]/')).toBe('http://[::1]:80');
    expect(originOf('not a url')).toBeNull();
  });
});

describe('changesSite and credentialOnAddressChange', () => {
  const change = (before: string | null, after: string | null, extra: { secretGiven?: boolean; forgetSecret?: boolean } = {}) =>
    credentialOnAddressChange({ provider: 'commet', before, after, secretGiven: extra.secretGiven ?? false, forgetSecret: extra.forgetSecret ?? false });

  it('keeps the secret for the same origin, the default spelled out included', () => {
    expect(changesSite('commet', null, 'https://commet.co')).toBe(false);
    expect(change(null, 'https://commet.co/v2')).toBe('keep');
    expect(change('http://127.0.0.1:1/a', 'http://127.0.0.1:1/b')).toBe('keep');
  });

  it('refuses another scheme, host or port without a secret, naming the baseUrl field', () => {
    for (const [before, after] of [
      ['http://127.0.0.1:1', 'http://127.0.0.1:2'],
      ['http://127.0.0.1:1', 'http://localhost:1'],
      ['https://127.0.0.1:1', 'http://127.0.0.1:1'],
      [null, 'https://commet.example'],
      ['https://commet.example', null],
    ] as const) {
      expect(() => change(before, after)).toThrow(AccountValidationError);
      try {
        change(before, after);
      } catch (error) {
        expect((error as AccountValidationError).field).toBe('baseUrl');
      }
    }
  });

  it('replaces with a new secret, or forgets on request', () => {
    expect(change(null, 'https://commet.example', { secretGiven: true })).toBe('replace');
    expect(change(null, 'https://commet.example', { forgetSecret: true })).toBe('forget');
  });
});

describe('assertAddressAllowed', () => {
  const off = { developerMode: false, demo: false };
  it('fixed-host providers: only their own origin without developer mode', () => {
    expect(() => assertAddressAllowed('vastai', null, off)).not.toThrow();
    expect(() => assertAddressAllowed('vastai', 'https://console.vast.ai/api', off)).not.toThrow();
    expect(() => assertAddressAllowed('vastai', 'https://vast.example', off)).toThrow(/Vast.ai is reached only at https:\/\/console.vast.ai/);
    expect(() => assertAddressAllowed('vastai', 'https://vast.example', { developerMode: true, demo: false })).not.toThrow();
  });

  it('demo accounts: plain http on this computer only', () => {
    expect(() => assertAddressAllowed('onepin', 'http://127.0.0.1:4000/onepin', { developerMode: false, demo: true })).not.toThrow();
    expect(() => assertAddressAllowed('onepin', 'https://onepin.example', { developerMode: false, demo: true })).toThrow(AccountValidationError);
  });

  it('opterius: any https portal, this computer only in developer mode', () => {
    expect(() => assertAddressAllowed('opterius', 'https://billing.example.com', off)).not.toThrow();
    expect(() => assertAddressAllowed('opterius', 'https://localhost:8443', off)).toThrow(/developer mode/);
    expect(isLoopbackUrl('http://127.10.0.1:1')).toBe(true);
    expect(isLoopbackUrl('https://example.com')).toBe(false);
  });
});

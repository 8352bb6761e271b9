import type { ProviderId } from '../../../src-shared/domain';
import { AccountValidationError, normalizeBaseUrl, OPTERIUS_NEEDS_BASE_URL, resolveBaseUrl, validateLabel, validateProvider } from './account-validation';

function errorOf(fn: () => unknown): AccountValidationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AccountValidationError) return error;
    throw error;
  }
  throw new Error('expected an AccountValidationError');
}

describe('validateLabel', () => {
  it('trims and accepts 1-80 characters (counted as characters, not UTF-16 units)', () => {
    expect(validateLabel('  Lab  ')).toBe('Lab');
    expect(validateLabel('x'.repeat(80))).toHaveLength(80);
    expect(validateLabel('🧾'.repeat(80))).toBe('🧾'.repeat(80));
  });

  it.each([[''], ['   '], ['x'.repeat(81)], ['two\nlines'], ['tab\there'], ['Acme\u202Egnp.exe'], ['line\u2028break'], [42]])('rejects %j', (label) => {
    expect(errorOf(() => validateLabel(label))).toMatchObject({ field: 'label', kind: 'config', info: { action: 'none' } });
  });
});

describe('validateProvider', () => {
  it('accepts the five providers and names them when rejecting', () => {
    expect(validateProvider('opterius')).toBe('opterius');
    expect(errorOf(() => validateProvider('stripe')).message).toBe(
      'Choose one of the supported providers: GPU Outlet (gpuoutlet), Vast.ai (vastai), Opterius (opterius), OnePin (onepin), Commet (commet).',
    );
  });
});

describe('normalizeBaseUrl', () => {
  it.each<[string, ProviderId, string]>([
    ['https://billing.example.com', 'opterius', 'https://billing.example.com'],
    ['  https://billing.example.com/  ', 'opterius', 'https://billing.example.com'],
    ['https://Billing.Example.COM:443/portal//', 'opterius', 'https://billing.example.com/portal'],
    ['https://billing.example.com:8443/api/v1/', 'opterius', 'https://billing.example.com:8443/api/v1'],
    ['http://127.0.0.1:4010/', 'commet', 'http://127.0.0.1:4010'],
    ['http://localhost:4010/vast', 'vastai', 'http://localhost:4010/vast'],
    ['http://[::1]:4010', 'onepin', 'http://[::1]:4010'],
    ['https://127.0.0.1:4443', 'gpuoutlet', 'https://127.0.0.1:4443'],
  ])('%j (%s) -> %j', (input, provider, expected) => {
    expect(normalizeBaseUrl(input, provider)).toBe(expected);
  });

  it('empty means the provider default, except for Opterius', () => {
    expect(normalizeBaseUrl(null, 'commet')).toBeNull();
    expect(normalizeBaseUrl(undefined, 'vastai')).toBeNull();
    expect(normalizeBaseUrl('  ', 'onepin')).toBeNull();
    for (const empty of [null, undefined, '', ' ']) {
      expect(errorOf(() => normalizeBaseUrl(empty, 'opterius')).message).toBe(OPTERIUS_NEEDS_BASE_URL);
    }
  });

  it.each([
    ['billing.example.com', /not a full web address.*https:\/\/billing\.example\.com/],
    ['http://billing.example.com', /must start with https:\/\//],
    ['http://127.0.0.2:4010', /must start with https:\/\//],
    ['http://localhost.evil.com', /must start with https:\/\//],
    ['ftp://billing.example.com', /must start with https:\/\//],
    ['javascript:alert(1)', /must start with https:\/\//],
    ['file:///etc/passwd', /must start with https:\/\//],
    ['https://billing.example.com/?tenant=1', /without "\?" or "#"/],
    ['https://billing.example.com/#x', /without "\?" or "#"/],
    ['https://billing.example.com/?', /without "\?" or "#"/],
  ])('rejects %j', (input, message) => {
    const error = errorOf(() => normalizeBaseUrl(input, 'opterius'));
    expect(error).toMatchObject({ field: 'baseUrl', kind: 'config', info: { action: 'check_base_url' } });
    expect(error.message).toMatch(message);
  });

  it.each(['https://alice:hunter2@billing.example.com', 'https://token@billing.example.com', 'http://user:pw@127.0.0.1:4010'])(
    'rejects credentials in %j without echoing them',
    (input) => {
      const error = errorOf(() => normalizeBaseUrl(input, 'opterius'));
      expect(error.message).toMatch(/Remove the user name and password/);
      expect(`${error.message} ${error.detail ?? ''}`).not.toMatch(/hunter2|token@|user:pw/);
    },
  );
});

describe('resolveBaseUrl', () => {
  it('prefers the override, else the provider default', () => {
    expect(resolveBaseUrl({ provider: 'commet', baseUrl: 'http://127.0.0.1:4010' })).toBe('http://127.0.0.1:4010');
    expect(resolveBaseUrl({ provider: 'commet', baseUrl: null })).toBe('https://commet.co');
    expect(resolveBaseUrl({ provider: 'vastai', baseUrl: null })).toBe('https://console.vast.ai');
  });

  it('is a config error for Opterius without an address', () => {
    const error = errorOf(() => resolveBaseUrl({ provider: 'opterius', baseUrl: null }));
    expect(error).toMatchObject({ kind: 'config', message: OPTERIUS_NEEDS_BASE_URL });
  });
});

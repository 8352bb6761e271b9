import { checkAccountInput, checkLabel, checkProvider, normalizeBaseUrl, OPTERIUS_NEEDS_BASE_URL } from './account-input';

const CONTROL = 'The name cannot contain line breaks, tabs or other control characters.';
const BIDI = 'The name cannot contain hidden text-direction characters: type it again without pasting.';

describe('checkLabel', () => {
  it('trims and accepts 1-80 characters, counted as characters (not UTF-16 units)', () => {
    expect(checkLabel('  Lab  ')).toEqual({ ok: true, value: 'Lab' });
    expect(checkLabel('🧾'.repeat(80))).toEqual({ ok: true, value: '🧾'.repeat(80) });
    expect(checkLabel('Facturas 2026 · Zürich · 東京')).toEqual({ ok: true, value: 'Facturas 2026 · Zürich · 東京' });
    expect(checkLabel('فواتير الشركة')).toEqual({ ok: true, value: 'فواتير الشركة' }); // right-to-left script itself is fine
  });

  it.each([
    ['', 'Enter a name for this account.'],
    ['  \t ', 'Enter a name for this account.'],
    [undefined, 'Enter a name for this account.'],
    ['x'.repeat(81), 'Keep the name to 80 characters or fewer; it has 81.'],
    ['two\nlines', CONTROL],
    ['nul\u0000', CONTROL],
    ['del\u007f', CONTROL],
    ['c1\u0085next line', CONTROL],
    ['line\u2028separator', CONTROL],
    ['paragraph\u2029separator', CONTROL],
  ])('rejects %j', (label, message) => {
    expect(checkLabel(label)).toEqual({ ok: false, field: 'label', message });
  });

  it.each(['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'])(
    'rejects the bidi control U+%s',
    (control) => {
      expect(checkLabel(`Acme${control}fdp.exe`)).toEqual({ ok: false, field: 'label', message: BIDI });
    },
  );
});

describe('checkProvider', () => {
  it('accepts the five ids and lists them by name and id otherwise', () => {
    expect(checkProvider('commet')).toEqual({ ok: true, value: 'commet' });
    expect(checkProvider('Commet')).toMatchObject({ ok: false, field: 'provider', message: expect.stringContaining('Commet (commet)') });
    expect(checkProvider(null)).toMatchObject({ ok: false, field: 'provider' });
  });
});

describe('normalizeBaseUrl', () => {
  it('normalizes, and empty means the default except for Opterius', () => {
    expect(normalizeBaseUrl(' https://Billing.Example.com/portal// ', 'opterius')).toEqual({ ok: true, value: 'https://billing.example.com/portal' });
    expect(normalizeBaseUrl('', 'vastai')).toEqual({ ok: true, value: null });
    expect(normalizeBaseUrl(null, 'opterius')).toEqual({ ok: false, field: 'baseUrl', message: OPTERIUS_NEEDS_BASE_URL });
  });

  it.each(['https://billing.exa\tmple.com', 'https://billing.exa\nmple.com', 'https://billing example.com', 'https://billing.example.com/po\u2028rtal'])(
    'rejects %j, which the URL parser would repair or encode',
    (input) => {
      expect(normalizeBaseUrl(input, 'opterius')).toMatchObject({ ok: false, field: 'baseUrl', message: expect.stringContaining('not a full web address') });
    },
  );
});

describe('checkAccountInput', () => {
  it('returns the accepted input', () => {
    expect(checkAccountInput({ provider: 'onepin', label: ' Ops ', baseUrl: null })).toEqual({
      ok: true,
      value: { provider: 'onepin', label: 'Ops', baseUrl: null },
    });
  });

  it('names every field at fault, once each', () => {
    const result = checkAccountInput({ provider: 'opterius', label: '', baseUrl: 'http://billing.example.com' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.field)).toEqual(['label', 'baseUrl']);
  });

  it('leaves the address unchecked while the provider is unknown (its rules depend on the provider)', () => {
    expect(checkAccountInput({ provider: 'stripe', label: 'x', baseUrl: 'nope' })).toMatchObject({ ok: false, problems: [{ field: 'provider' }] });
  });
});

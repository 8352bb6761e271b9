import { assertAllowedExternalUrl, isAllowedExternalUrl, MAX_EXTERNAL_URL_LENGTH } from './url-policy';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://pay.stripe.com/invoice/acct_1/inv_2',
    'https://billing.example.com:8443/r/abc?x=1#top',
    'HTTPS://EXAMPLE.COM/',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: with spaces', ' javascript:alert(1)'],
    ['javascript: case', 'JaVaScRiPt:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['file: windows', 'file://C:/Windows/System32/calc.exe'],
    ['http:', 'http://pay.example.com/inv/1'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['about:', 'about:blank'],
    ['blob:', 'blob:https://example.com/uuid'],
    ['custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['custom scheme 2', 'vscode://file/etc/passwd'],
    ['smb UNC', '\\\\server\\share\\x.exe'],
    ['user and password', 'https://user:pass@example.com/'],
    ['user only', 'https://user@example.com/'],
    ['relative', '/invoices/1'],
    ['empty', ''],
    ['newline smuggling', 'https://example.com/\njavascript:alert(1)'],
    ['tab', 'https://exa\tmple.com/'],
  ])('refuses %s', (_label, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('refuses URLs over the length cap', () => {
    const url = `https://example.com/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}`;
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('refuses non-strings without throwing', () => {
    expect(isAllowedExternalUrl(undefined as unknown as string)).toBe(false);
  });
});

describe('assertAllowedExternalUrl', () => {
  it('returns the parsed URL when allowed', () => {
    expect(assertAllowedExternalUrl('https://example.com/a').hostname).toBe('example.com');
  });

  it('throws a user-facing message that does not echo credentials', () => {
    expect(() => assertAllowedExternalUrl('https://me:hunter2@example.com/')).toThrow(/user name or password/);
    try {
      assertAllowedExternalUrl('https://me:hunter2@example.com/');
    } catch (error) {
      expect((error as Error).message).not.toContain('hunter2');
    }
  });

  it('explains http refusals', () => {
    expect(() => assertAllowedExternalUrl('http://example.com/')).toThrow('Only secure (https) web links can be opened.');
  });
});

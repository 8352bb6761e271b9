import { describe, expect, it } from 'vitest';
import { bearerHeaders, buildUrl, hostOf, mapStatus, safeUrl, splitByStatus } from './map-helpers';

describe('safeUrl', () => {
  it('keeps absolute http and https URLs', () => {
    expect(safeUrl('https://invoice.stripe.com/i/acct_test/abc')).toBe('https://invoice.stripe.com/i/acct_test/abc');
    expect(safeUrl('  http://127.0.0.1:4010/pdf/1  ')).toBe('http://127.0.0.1:4010/pdf/1');
    expect(safeUrl('HTTPS://Example.COM/x')).toBe('https://example.com/x');
  });

  it('drops hostile, relative and empty values', () => {
    const hostile = [
      'javascript:alert(1)',
      'JavaScript:alert(document.cookie)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'file:///etc/passwd',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      'blob:https://example.com/uuid',
      'ftp://example.com/file.pdf',
      'chrome://settings',
      '/relative/path.pdf',
      '//evil.example.com/x',
      'not a url',
      '',
      null,
      undefined,
    ];
    for (const value of hostile) expect(safeUrl(value)).toBeNull();
  });
});

describe('mapStatus', () => {
  const table = { open: 'open', paid: 'paid', unpaid: 'open' } as const;

  it('maps known words case-insensitively and unknown words to open', () => {
    expect(mapStatus('PAID', table)).toBe('paid');
    expect(mapStatus(' unpaid ', table)).toBe('open');
    expect(mapStatus('refunded', table)).toBe('open');
    expect(mapStatus('constructor', table)).toBe('open');
    expect(mapStatus('__proto__', table)).toBe('open');
  });
});

describe('request helpers', () => {
  it('builds URLs with encoded query values and no doubled slash', () => {
    expect(buildUrl('https://x.test/', '/api', [['a', 'b c&d'], ['e', '{"f":1}']])).toBe('https://x.test/api?a=b+c%26d&e=%7B%22f%22%3A1%7D');
    expect(buildUrl('https://x.test/base', '/api', [])).toBe('https://x.test/base/api');
  });

  it('builds bearer headers from a trimmed secret', () => {
    expect(bearerHeaders('  tok  ', 'onepin')).toEqual({ Accept: 'application/json', Authorization: 'Bearer tok' });
  });

  it('splits money by status and reads hosts', () => {
    expect(splitByStatus(500, 'open')).toEqual({ amountDue: 500, amountPaid: 0 });
    expect(splitByStatus(500, 'overdue')).toEqual({ amountDue: 500, amountPaid: 0 });
    expect(splitByStatus(500, 'paid')).toEqual({ amountDue: 0, amountPaid: 500 });
    expect(splitByStatus(500, 'void')).toEqual({ amountDue: 0, amountPaid: 0 });
    expect(hostOf('https://billing.example.com:8443/x')).toBe('billing.example.com:8443');
    expect(hostOf('nope')).toBeNull();
    expect(hostOf(undefined)).toBeNull();
  });
});

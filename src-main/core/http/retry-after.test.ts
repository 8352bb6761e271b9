import { parseHttpDate, parseRetryAfter } from './retry-after';

const NOW = Date.parse('2026-06-15T12:00:00.000Z');

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
    expect(parseRetryAfter('1.5', NOW)).toBe(1500);
  });

  it('reads an IMF-fixdate relative to the clock', () => {
    expect(parseRetryAfter('Mon, 15 Jun 2026 12:00:30 GMT', NOW)).toBe(30_000);
  });

  it('reads the obsolete RFC 850 and asctime forms', () => {
    expect(parseRetryAfter('Monday, 15-Jun-26 12:01:00 GMT', NOW)).toBe(60_000);
    expect(parseRetryAfter('Mon Jun 15 12:00:05 2026', NOW)).toBe(5_000);
    expect(parseRetryAfter('Mon Jun  1 12:00:05 2026', NOW)).toBe(0);
  });

  it('treats a date in the past as "now"', () => {
    expect(parseRetryAfter('Sun, 06 Nov 1994 08:49:37 GMT', NOW)).toBe(0);
  });

  it('returns null for missing or garbage values', () => {
    for (const value of [null, undefined, '', '   ', 'soon', '5 apples', '-3', 'Mon, 31 Feb 2026 12:00:00 GMT', '2026-06-15T12:00:30Z', '1e3']) {
      expect(parseRetryAfter(value, NOW)).toBeNull();
    }
  });

  it('expands RFC 850 two-digit years per RFC 9110', () => {
    expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT', NOW)).toBe(Date.parse('1994-11-06T08:49:37Z'));
    expect(parseHttpDate('Tuesday, 06-Nov-35 08:49:37 GMT', NOW)).toBe(Date.parse('2035-11-06T08:49:37Z'));
  });
});

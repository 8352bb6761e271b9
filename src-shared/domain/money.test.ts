import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isCurrencyCode, majorToMinor, minorToDecimalString, minorUnitDigits, normalizeCurrency, sumByCurrency } from './money';

/**
 * Every integer count of cents below 10^15 has at most 15 significant digits once divided by 100, so
 * the double `c / 100` prints back as exactly that decimal: the range where "float dollars" can be
 * converted exactly at all. (Beyond it a double cannot tell neighbouring cents apart.)
 */
const MAX_EXACT_CENTS = 999_999_999_999_999;
const cents = fc.integer({ min: -MAX_EXACT_CENTS, max: MAX_EXACT_CENTS });
const safeMinor = fc.maxSafeInteger().filter((n) => Math.abs(n) <= Number.MAX_SAFE_INTEGER);
const anyCurrency = fc.constantFrom('USD', 'EUR', 'usd', 'JPY', 'KRW', 'BHD', 'KWD', 'GBP', 'CHF');

describe('majorToMinor: examples', () => {
  it('converts float dollars exactly', () => {
    expect(majorToMinor(19.99, 'USD')).toBe(1999);
    expect(majorToMinor(35.5, 'USD')).toBe(3550);
    expect(majorToMinor(-19.99, 'USD')).toBe(-1999);
    expect(majorToMinor(0.1 + 0.2, 'USD')).toBe(30);
    expect(majorToMinor(0.7 + 0.1, 'USD')).toBe(80);
    expect(majorToMinor(1.1 * 3, 'USD')).toBe(330);
    expect(majorToMinor(4.35 * 100, 'JPY')).toBe(435);
    expect(majorToMinor(1e-7, 'USD')).toBe(0);
    expect(majorToMinor(-1e-7, 'USD')).toBe(0);
    expect(Object.is(majorToMinor(-0.001, 'USD'), -0)).toBe(false);
  });

  it('rounds half away from zero on the decimal digits', () => {
    expect(majorToMinor('1.005', 'USD')).toBe(101);
    expect(majorToMinor('1.0049', 'USD')).toBe(100);
    expect(majorToMinor('-1.005', 'USD')).toBe(-101);
    expect(majorToMinor(1.005, 'USD')).toBe(101);
  });

  it('respects zero- and three-decimal currencies', () => {
    expect(majorToMinor(500, 'JPY')).toBe(500);
    expect(majorToMinor('500', 'jpy')).toBe(500);
    expect(majorToMinor(499.5, 'JPY')).toBe(500);
    expect(majorToMinor(1.234, 'BHD')).toBe(1234);
    expect(majorToMinor('0.0005', 'KWD')).toBe(1);
    expect(minorUnitDigits('usd')).toBe(2);
  });

  it('reads decimal strings and refuses what is not one', () => {
    expect(majorToMinor(' 19.99 ', 'USD')).toBe(1999);
    expect(majorToMinor('.5', 'USD')).toBe(50);
    expect(majorToMinor('5.', 'USD')).toBe(500);
    expect(majorToMinor('+7', 'USD')).toBe(700);
    for (const bad of ['', '.', '-', '1e5', '1,50', 'NaN', '12.3.4', '$5']) {
      expect(() => majorToMinor(bad, 'USD')).toThrow(RangeError);
    }
    expect(() => majorToMinor(Number.NaN, 'USD')).toThrow(RangeError);
    expect(() => majorToMinor(Number.POSITIVE_INFINITY, 'USD')).toThrow(RangeError);
    expect(() => majorToMinor(1e20, 'USD')).toThrow(RangeError);
  });

  it('expands exponent notation without losing digits', () => {
    expect(majorToMinor(1.5e-7, 'USD')).toBe(0);
    expect(majorToMinor(5e-3, 'USD')).toBe(1);
    expect(majorToMinor(1e15, 'JPY')).toBe(1e15);
  });
});

describe('majorToMinor: properties', () => {
  it('c / 100 as a float comes back as exactly c cents', () => {
    fc.assert(fc.property(cents, (c) => majorToMinor(c / 100, 'USD') === c), { numRuns: 5000 });
  });

  it('(c / 100).toFixed(2) as a string comes back as exactly c cents', () => {
    fc.assert(fc.property(cents, (c) => majorToMinor((c / 100).toFixed(2), 'USD') === c), { numRuns: 5000 });
  });

  it('negation commutes with conversion', () => {
    fc.assert(fc.property(cents, (c) => majorToMinor(-c / 100, 'USD') === -c || (c === 0 && majorToMinor(-c / 100, 'USD') === 0)));
  });

  it('zero-decimal amounts are stored as given', () => {
    fc.assert(fc.property(safeMinor, (n) => majorToMinor(n, 'JPY') === n && majorToMinor(String(n), 'KRW') === n));
  });

  it('three-decimal currencies are exact too', () => {
    fc.assert(fc.property(fc.integer({ min: -99_999_999_999_999, max: 99_999_999_999_999 }), (m) => majorToMinor(m / 1000, 'BHD') === m));
  });

  it('minorToDecimalString round-trips through majorToMinor for every currency', () => {
    fc.assert(
      fc.property(safeMinor, anyCurrency, (minor, currency) => majorToMinor(minorToDecimalString(minor, currency), currency) === minor),
      { numRuns: 3000 },
    );
  });

  it('minorToDecimalString prints the right number of decimals', () => {
    fc.assert(
      fc.property(safeMinor, anyCurrency, (minor, currency) => {
        const text = minorToDecimalString(minor, currency);
        const digits = minorUnitDigits(currency);
        return digits === 0 ? /^-?\d+$/.test(text) : new RegExp(`^-?\\d+\\.\\d{${digits}}$`).test(text);
      }),
    );
    expect(minorToDecimalString(-5, 'USD')).toBe('-0.05');
    expect(minorToDecimalString(0, 'USD')).toBe('0.00');
    expect(minorToDecimalString(500, 'JPY')).toBe('500');
    expect(minorToDecimalString(1234, 'KWD')).toBe('1.234');
  });
});

describe('sumByCurrency', () => {
  const entry = fc.record({
    currency: fc.oneof(fc.constantFrom('USD', 'EUR', 'JPY', 'constructor', '__proto__', 'toString', 'hasOwnProperty'), fc.string({ maxLength: 4 })),
    amount: fc.integer({ min: -1_000_000, max: 1_000_000 }),
  });

  it('never mixes currencies: each total is the sum of that currency alone', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), (items) => {
        const totals = sumByCurrency(items, (item) => item);
        const currencies = new Set(items.map((item) => item.currency));
        if (Object.keys(totals).length !== currencies.size) return false;
        for (const currency of currencies) {
          const expected = items.filter((item) => item.currency === currency).reduce((sum, item) => sum + item.amount, 0);
          if (!Object.hasOwn(totals, currency) || totals[currency] !== expected) return false;
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  it('sums examples per currency', () => {
    const totals = sumByCurrency(
      [
        { c: 'USD', a: 1999 },
        { c: 'JPY', a: 500 },
        { c: 'USD', a: 1 },
      ],
      (x) => ({ currency: x.c, amount: x.a }),
    );
    expect(totals).toEqual({ USD: 2000, JPY: 500 });
  });
});

describe('currency codes', () => {
  it('normalizes and recognizes ISO shapes', () => {
    expect(normalizeCurrency(' usd ')).toBe('USD');
    expect(isCurrencyCode('USD')).toBe(true);
    expect(isCurrencyCode('usd')).toBe(false);
    expect(isCurrencyCode('USDT')).toBe(false);
  });
});

/**
 * Money is an integer count of minor units plus an ISO 4217 code. Conversions happen at the edge and
 * are exact: decimal strings are parsed digit by digit, never multiplied as floats.
 */

/** ISO 4217 currencies with no minor unit (amounts are stored as given). */
const ZERO_DECIMAL = new Set([
  'BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND', 'VUV', 'XAF', 'XOF', 'XPF',
]);
/** ISO 4217 currencies with three decimals. */
const THREE_DECIMAL = new Set(['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND']);

export function minorUnitDigits(currency: string): number {
  const code = currency.toUpperCase();
  if (ZERO_DECIMAL.has(code)) return 0;
  if (THREE_DECIMAL.has(code)) return 3;
  return 2;
}

export function normalizeCurrency(code: string): string {
  return code.trim().toUpperCase();
}

export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code);
}

/**
 * Converts a major-unit amount (a JSON number such as 19.99 or a decimal string) to exact integer minor
 * units. JS prints a double with the shortest digits that round-trip, so `String(19.99)` is "19.99"; we
 * round half away from zero on the decimal digits, never on the binary value.
 */
export function majorToMinor(amount: number | string, currency: string): number {
  const digits = minorUnitDigits(currency);
  const text = typeof amount === 'number' ? numberToPlainString(amount) : amount.trim();
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) {
    throw new RangeError(`not a decimal amount: ${JSON.stringify(text)}`);
  }
  const sign = match[1] === '-' ? -1 : 1;
  const whole = match[2] === '' ? '0' : match[2];
  const frac = match[3] ?? '';
  const kept = frac.slice(0, digits).padEnd(digits, '0');
  const roundUp = frac.length > digits && Number(frac[digits]) >= 5;
  const minor = Number(whole + kept) + (roundUp ? 1 : 0);
  if (!Number.isSafeInteger(minor)) throw new RangeError(`amount out of range: ${text}`);
  return sign * minor === 0 ? 0 : sign * minor;
}

/** Plain decimal text for a finite number, without exponent notation. */
function numberToPlainString(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite amount: ${value}`);
  const text = String(value);
  if (!/e/i.test(text)) return text;
  const [mantissa, expText] = text.toLowerCase().split('e') as [string, string];
  const exp = Number(expText);
  const negative = mantissa.startsWith('-');
  const [intPart, fracPart = ''] = mantissa.replace('-', '').split('.') as [string, string?];
  const digits = intPart + fracPart;
  const point = intPart.length + exp;
  const body =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? '-' : '') + body;
}

/** Minor units back to a plain decimal string ("19.99", "500"), for CSV and logs; not for display. */
export function minorToDecimalString(minor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  const negative = minor < 0;
  const abs = String(Math.abs(minor));
  if (digits === 0) return (negative ? '-' : '') + abs;
  const padded = abs.padStart(digits + 1, '0');
  return `${negative ? '-' : ''}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/**
 * Totals per currency: never adds amounts of different currencies. Summed in a Map so a code that
 * names an Object.prototype member ("constructor", "__proto__") gets its own total instead of adding
 * to an inherited function; `Object.fromEntries` then defines each total as an own property.
 */
export function sumByCurrency<T>(
  items: Iterable<T>,
  pick: (item: T) => { currency: string; amount: number },
): Record<string, number> {
  const totals = new Map<string, number>();
  for (const item of items) {
    const { currency, amount } = pick(item);
    totals.set(currency, (totals.get(currency) ?? 0) + amount);
  }
  return Object.fromEntries(totals);
}

import { minorToDecimalString, minorUnitDigits } from '../../src-shared/domain/money';

const formatters = new Map<string, Intl.NumberFormat | null>();

function formatterFor(currency: string): Intl.NumberFormat | null {
  const cached = formatters.get(currency);
  if (cached !== undefined) return cached;
  const digits = minorUnitDigits(currency);
  let made: Intl.NumberFormat | null;
  try {
    made = new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
  } catch {
    made = null; // not a currency Intl knows: fall back to plain digits plus the code
  }
  formatters.set(currency, made);
  return made;
}

/** Minor units as a major-unit number (for ranges and sorting only; never for sums). */
export function toMajor(minor: number, currency: string): number {
  return minor / 10 ** minorUnitDigits(currency);
}

/** "€1,234.50", "¥5,000", "$0.00": the invoice's currency, formatted for the user's locale. */
export function formatMoney(minor: number, currency: string): string {
  const formatter = formatterFor(currency);
  if (!formatter) return `${minorToDecimalString(minor, currency)} ${currency}`;
  return formatter.format(toMajor(minor, currency));
}

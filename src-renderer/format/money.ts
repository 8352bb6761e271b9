import { minorToDecimalString, minorUnitDigits } from '../../src-shared/domain/money';
import type { InvoiceKind } from '../../src-shared/domain/invoice';

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

/** What the amount of a record that is not a bill is ("Credit", "Refund", "Top-up"). */
export const KIND_AMOUNT: Record<InvoiceKind, string> = {
  invoice: 'Amount due',
  credit_note: 'Credit',
  refund: 'Refund',
  prepayment: 'Top-up paid',
  other: 'Amount',
};

/** Records whose amount is money in the user's favour. */
export const CREDIT_KINDS: ReadonlySet<InvoiceKind> = new Set(['credit_note', 'refund']);

/** A credit or refund as money in the user's favour ("−$25.00 credit"): never read as owed. */
export function formatCredit(minor: number, currency: string): string {
  return `−${formatMoney(Math.abs(minor), currency)}`;
}

/** The amount a record is shown by: what is owed on a bill, a credit or refund in the user's favour, any other record's total. */
export function amountText(kind: InvoiceKind, amountDue: number, total: number, currency: string): string {
  if (kind === 'invoice') return formatMoney(amountDue, currency);
  return CREDIT_KINDS.has(kind) ? formatCredit(total, currency) : formatMoney(total, currency);
}

import { describe, expect, it } from 'vitest';
import { formatAgo, relativeDue } from './dates';
import { formatMoney, toMajor } from './money';

const NOW = Date.parse('2026-06-15T10:00:00.000Z');

describe('formatMoney', () => {
  it('formats minor units in the invoice currency with its own decimals', () => {
    expect(formatMoney(123_450, 'EUR')).toBe('€1,234.50');
    expect(formatMoney(5_000, 'JPY')).toBe('¥5,000');
    expect(formatMoney(1_234, 'KWD').replace(/\s/g, ' ')).toBe('KWD 1.234');
    expect(formatMoney(0, 'USD')).toBe('$0.00');
  });
  it('falls back to digits and the code for a code Intl does not know', () => {
    expect(formatMoney(1_999, 'XYZ1')).toBe('19.99 XYZ1');
  });
  it('toMajor divides by 10^digits', () => {
    expect(toMajor(5_000, 'JPY')).toBe(5000);
    expect(toMajor(5_000, 'USD')).toBe(50);
  });
});

describe('relativeDue', () => {
  it('says due today / due in N days / N days overdue for unpaid invoices', () => {
    expect(relativeDue('2026-06-15', 'open', NOW)?.text).toBe('due today');
    expect(relativeDue('2026-06-18', 'open', NOW)?.text).toBe('due in 3 days');
    expect(relativeDue('2026-06-16', 'open', NOW)?.text).toBe('due in 1 day');
    expect(relativeDue('2026-06-03', 'overdue', NOW)).toEqual({ text: '12 days overdue', tone: 'overdue' });
    expect(relativeDue('2026-06-14T23:00:00.000Z', 'overdue', NOW)?.text).toBe('1 day overdue');
  });
  it('says nothing for paid, void or undated invoices', () => {
    expect(relativeDue('2026-06-03', 'paid', NOW)).toBeNull();
    expect(relativeDue(null, 'open', NOW)).toBeNull();
  });
});

describe('formatAgo', () => {
  it('reads like a person', () => {
    expect(formatAgo(NOW - 10_000, NOW)).toBe('just now');
    expect(formatAgo(NOW - 5 * 60_000, NOW)).toBe('5 minutes ago');
    expect(formatAgo(NOW - 2 * 3_600_000, NOW)).toBe('2 hours ago');
    expect(formatAgo(NOW - 3 * 86_400_000, NOW)).toBe('3 days ago');
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canStillChange, deriveStatus, INVOICE_STATUSES, invoiceId, isPastDue, isUnpaid } from './invoice';

const at = (iso: string): number => Date.parse(iso);

describe('isPastDue', () => {
  it('is false without a due date', () => {
    expect(isPastDue(null, at('2030-01-01T00:00:00Z'))).toBe(false);
  });

  it('treats a calendar due date as due through the whole UTC day', () => {
    expect(isPastDue('2026-05-01', at('2026-04-30T12:00:00Z'))).toBe(false);
    expect(isPastDue('2026-05-01', at('2026-05-01T00:00:00Z'))).toBe(false);
    expect(isPastDue('2026-05-01', at('2026-05-01T23:59:59.999Z'))).toBe(false);
    expect(isPastDue('2026-05-01', at('2026-05-02T00:00:00Z'))).toBe(true);
    expect(isPastDue('2026-12-31', at('2027-01-01T00:00:00Z'))).toBe(true);
  });

  it('treats a date-time due moment as past only strictly after it', () => {
    expect(isPastDue('2026-06-14T04:14:22.000Z', at('2026-06-14T04:14:21.999Z'))).toBe(false);
    expect(isPastDue('2026-06-14T04:14:22.000Z', at('2026-06-14T04:14:22.000Z'))).toBe(false);
    expect(isPastDue('2026-06-14T04:14:22.000Z', at('2026-06-14T04:14:22.001Z'))).toBe(true);
  });

  it('reads offsets in a date-time due moment', () => {
    expect(isPastDue('2026-06-14T06:00:00+02:00', at('2026-06-14T03:59:59Z'))).toBe(false);
    expect(isPastDue('2026-06-14T06:00:00+02:00', at('2026-06-14T04:00:01Z'))).toBe(true);
  });

  it('a calendar date is past exactly when its next midnight (UTC) has come', () => {
    const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-30T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(day, fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }), (date, offset) => {
        const due = date.toISOString().slice(0, 10);
        const nextMidnight = Date.parse(`${due}T00:00:00Z`) + 86_400_000;
        const now = nextMidnight + offset;
        return isPastDue(due, now) === now >= nextMidnight;
      }),
    );
  });
});

describe('deriveStatus', () => {
  it('turns open into overdue once past due, for both due date forms', () => {
    expect(deriveStatus('open', '2026-05-01', at('2026-05-02T00:00:00Z'))).toBe('overdue');
    expect(deriveStatus('open', '2026-05-01', at('2026-05-01T18:00:00Z'))).toBe('open');
    expect(deriveStatus('open', '2026-06-14T04:14:22.000Z', at('2026-06-15T00:00:00Z'))).toBe('overdue');
    expect(deriveStatus('open', null, at('2099-01-01T00:00:00Z'))).toBe('open');
  });

  it('leaves every other status as the provider said', () => {
    for (const status of INVOICE_STATUSES.filter((s) => s !== 'open')) {
      expect(deriveStatus(status, '2000-01-01', at('2026-01-01T00:00:00Z'))).toBe(status);
    }
  });
});

describe('invoice helpers', () => {
  it('builds ids, and knows what is unpaid and what can still change', () => {
    expect(invoiceId('acct-1', 'inv_9')).toBe('acct-1:inv_9');
    expect(INVOICE_STATUSES.filter(isUnpaid)).toEqual(['open', 'overdue']);
    expect(INVOICE_STATUSES.filter(canStillChange)).toEqual(['draft', 'open', 'overdue']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  canStillChange,
  deriveStatus,
  INVOICE_KINDS,
  INVOICE_STATUSES,
  invoiceId,
  isPayable,
  isSettled,
  isUnpaid,
  legacyKind,
  type InvoiceKind,
  type InvoiceStatus,
} from './invoice';

const at = (iso: string): number => Date.parse(iso);

describe('deriveStatus (the inbox status, on the local calendar)', () => {
  it('turns open into overdue only from the first local day after the due day', () => {
    expect(deriveStatus('open', '2026-05-01', at('2026-05-01T23:59:59Z'), 'UTC')).toBe('open');
    expect(deriveStatus('open', '2026-05-01', at('2026-05-02T00:00:00Z'), 'UTC')).toBe('overdue');
    // 02:00 UTC on May 2 is still May 1 in New York: due today there, not overdue.
    expect(deriveStatus('open', '2026-05-01', at('2026-05-02T02:00:00Z'), 'America/New_York')).toBe('open');
    expect(deriveStatus('open', null, at('2099-01-01T00:00:00Z'), 'UTC')).toBe('open');
  });

  it('does not make a date-time due moment overdue on its own day', () => {
    expect(deriveStatus('open', '2026-06-14T04:14:22.000Z', at('2026-06-14T20:00:00Z'), 'UTC')).toBe('open');
    expect(deriveStatus('open', '2026-06-14T04:14:22.000Z', at('2026-06-15T00:00:00Z'), 'UTC')).toBe('overdue');
  });

  it('reads a provider "overdue" whose due day has not passed as open, and keeps it without a due date', () => {
    expect(deriveStatus('overdue', '2026-05-01', at('2026-05-01T12:00:00Z'), 'UTC')).toBe('open');
    expect(deriveStatus('overdue', null, at('2026-05-01T12:00:00Z'), 'UTC')).toBe('overdue');
  });

  it('leaves every status that is not unpaid as the provider said', () => {
    for (const status of INVOICE_STATUSES.filter((s) => !isUnpaid(s))) {
      expect(deriveStatus(status, '2000-01-01', at('2026-01-01T00:00:00Z'), 'UTC')).toBe(status);
    }
  });
});

describe('isPayable', () => {
  const base = { kind: 'invoice' as InvoiceKind, status: 'open' as InvoiceStatus, amountDue: 500 };

  it('counts only invoices the provider says are unpaid, with money owed', () => {
    expect(isPayable(base)).toBe(true);
    expect(isPayable({ ...base, status: 'overdue' })).toBe(true);
    expect(isPayable({ ...base, amountDue: 0 })).toBe(false);
    for (const status of INVOICE_STATUSES.filter((s) => !isUnpaid(s))) expect(isPayable({ ...base, status }), status).toBe(false);
    for (const kind of INVOICE_KINDS.filter((k) => k !== 'invoice')) expect(isPayable({ ...base, kind }), kind).toBe(false);
  });
});

describe('legacyKind', () => {
  it('maps every kind an older version stored', () => {
    expect(legacyKind('invoice')).toBe('invoice');
    expect(legacyKind('credit')).toBe('prepayment');
    expect(legacyKind('payment')).toBe('prepayment');
    expect(legacyKind('reserved')).toBe('prepayment');
    expect(legacyKind('refund')).toBe('refund');
    expect(legacyKind('transfer')).toBe('credit_note');
    expect(legacyKind('payout')).toBe('other');
    expect(legacyKind('other')).toBe('other');
    expect(legacyKind('  Credit ')).toBe('prepayment');
    expect(legacyKind('something-else')).toBe('other');
  });

  it('leaves the current kinds as they are', () => {
    for (const kind of INVOICE_KINDS) expect(legacyKind(kind)).toBe(kind);
  });
});

describe('invoice helpers', () => {
  it('builds ids, and knows what is unpaid, settled and can still change', () => {
    expect(invoiceId('acct-1', 'inv_9')).toBe('acct-1:inv_9');
    expect(INVOICE_STATUSES.filter(isUnpaid)).toEqual(['open', 'overdue']);
    expect(INVOICE_STATUSES.filter(isSettled)).toEqual(['paid', 'void', 'uncollectible']);
    expect(INVOICE_STATUSES.filter(canStillChange)).toEqual(['draft', 'open', 'overdue', 'unknown']);
  });
});

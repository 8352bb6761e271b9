import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from './dates';
import { deriveStatus, INVOICE_KINDS, INVOICE_STATUSES, isPayable, type InvoiceKind, type InvoiceStatus } from './invoice';
import { invoiceState, invoiceStateAt, localDayBounds, stateOnDay, type StateInput } from './invoice-state';
import { fixedOffsetZone, localDay, startOfLocalDay, zoneNamed } from './local-time';

const at = (iso: string): number => Date.parse(iso);

function bill(patch: Partial<StateInput> = {}): StateInput {
  return { status: 'open', kind: 'invoice', dueAt: null, paidAt: null, amountDue: 1000, ...patch };
}

/** Zones with every kind of calendar trouble: DST on both hemispheres, half and quarter hours, 30-minute DST, midnight changes, the date line. */
const ZONES = [
  'UTC',
  'America/New_York',
  'America/Los_Angeles',
  'Europe/Berlin',
  'Europe/London',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'America/Santiago',
  'America/Havana',
  'America/Sao_Paulo',
  'America/St_Johns',
  'Pacific/Apia',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Asia/Tokyo',
  'Asia/Beirut',
  'America/Goose_Bay',
  'America/Moncton',
] as const;

/** Days in 2026 when a zone changes its clock at or near local midnight (checked with Intl). */
const MIDNIGHT_CHANGES: ReadonlyArray<readonly [string, string]> = [
  ['America/Santiago', '2026-04-04'], // 24:00 -> 23:00: the last hour of Apr 4 happens twice
  ['America/Santiago', '2026-09-06'], // 00:00 -> 01:00: Sep 6 has no midnight
  ['America/Havana', '2026-03-08'],
  ['America/Havana', '2026-11-01'], // 01:00 -> 00:00: the first hour of Nov 1 happens twice
  ['Asia/Beirut', '2026-03-29'],
  ['Asia/Beirut', '2026-10-24'],
  ['Europe/Berlin', '2026-03-29'],
  ['Australia/Lord_Howe', '2026-04-05'], // a 30-minute change
];

const zoneArb = fc.constantFrom(...ZONES);
/**
 * Instants and days from 2011 to 2099. Before 2011 a few zones (St. John's, Goose Bay, Moncton, and
 * Casey in 2010) fell back across midnight (00:01 -> 23:01), so the local day itself went backwards
 * for a minute or an hour; the IANA database has no such change from 2011 to 2040 (scanned with Intl).
 */
const instantArb = fc.integer({ min: at('2011-01-01T00:00:00Z'), max: at('2099-12-30T00:00:00Z') });
const dayArb = fc.date({ min: new Date('2011-01-01T00:00:00Z'), max: new Date('2099-12-30T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('invoiceState: examples', () => {
  it('a calendar due date: open before, due today on the day, overdue from the next local day', () => {
    const due = bill({ dueAt: '2026-05-01' });
    expect(invoiceState(due, '2026-04-30', 'UTC')).toEqual({ state: 'open', payable: true, dueDay: '2026-05-01' });
    expect(invoiceState(due, '2026-05-01', 'UTC').state).toBe('due_today');
    expect(invoiceState(due, '2026-05-02', 'UTC').state).toBe('overdue');
  });

  it('a date-time due moment is due on the local day it falls on, all day long, and never also overdue', () => {
    const due = bill({ dueAt: '2026-11-21T09:00:00.000Z' });
    // Hours after the due moment, the same day: "due today", not "overdue".
    expect(invoiceStateAt(due, at('2026-11-21T23:59:59Z'), 'UTC').state).toBe('due_today');
    expect(invoiceStateAt(due, at('2026-11-22T00:00:00Z'), 'UTC').state).toBe('overdue');
    // In Los Angeles, 09:00Z on Nov 21 is 01:00 on Nov 21; in Honolulu-like -10:00 it is still Nov 20.
    expect(invoiceStateAt(due, at('2026-11-22T07:59:59Z'), 'America/Los_Angeles')).toMatchObject({ state: 'due_today', dueDay: '2026-11-21' });
    expect(invoiceStateAt(due, at('2026-11-22T08:00:00Z'), 'America/Los_Angeles').state).toBe('overdue');
    expect(invoiceState(due, '2026-11-20', fixedOffsetZone(-600))).toMatchObject({ state: 'due_today', dueDay: '2026-11-20' });
  });

  it('no due date: open without a date, unless the provider itself says overdue', () => {
    expect(invoiceState(bill(), '2026-05-01', 'UTC')).toEqual({ state: 'no_due_date', payable: true, dueDay: null });
    expect(invoiceState(bill({ status: 'overdue' }), '2026-05-01', 'UTC').state).toBe('overdue');
    // An unreadable due date counts as none.
    expect(invoiceState(bill({ dueAt: 'soon' }), '2026-05-01', 'UTC').state).toBe('no_due_date');
  });

  it('with a due date, a provider "overdue" does not decide: the local calendar does', () => {
    expect(invoiceState(bill({ status: 'overdue', dueAt: '2026-05-01' }), '2026-05-01', 'UTC').state).toBe('due_today');
    expect(invoiceState(bill({ status: 'overdue', dueAt: '2026-05-01' }), '2026-04-20', 'UTC').state).toBe('open');
  });

  it('settled and draft statuses stand, whatever the date', () => {
    for (const status of ['paid', 'void', 'uncollectible', 'draft'] as const) {
      expect(invoiceState(bill({ status, dueAt: '2000-01-01' }), '2026-05-01', 'UTC')).toMatchObject({ state: status, payable: false });
    }
  });

  it('an unknown status is never open: unknown unless a paid time or nothing owed says paid', () => {
    expect(invoiceState(bill({ status: 'unknown', dueAt: '2000-01-01' }), '2026-05-01', 'UTC')).toMatchObject({ state: 'unknown', payable: false });
    expect(invoiceState(bill({ status: 'unknown', paidAt: '2026-04-01T00:00:00.000Z' }), '2026-05-01', 'UTC').state).toBe('paid');
    expect(invoiceState(bill({ status: 'unknown', amountDue: 0 }), '2026-05-01', 'UTC').state).toBe('paid');
  });

  it('credits, refunds, prepayments and other records are shown with their state but never payable', () => {
    for (const kind of ['credit_note', 'refund', 'prepayment', 'other'] as const) {
      expect(invoiceState(bill({ kind, dueAt: '2026-05-01' }), '2026-05-03', 'UTC')).toMatchObject({ state: 'overdue', payable: false });
    }
    expect(invoiceState(bill({ amountDue: 0, dueAt: '2026-05-01' }), '2026-05-03', 'UTC')).toMatchObject({ state: 'overdue', payable: false });
  });
});

describe('invoiceState: properties across zones and daylight-saving changes', () => {
  it('a calendar due date is due today exactly on its day and overdue from the next, in every zone and at every instant', () => {
    fc.assert(
      fc.property(zoneArb, instantArb, fc.integer({ min: -3, max: 3 }), (zone, now, shift) => {
        const today = localDay(now, zone);
        const due = addDays(today, shift);
        const { state } = invoiceStateAt(bill({ dueAt: due }), now, zone);
        return state === (shift < 0 ? 'overdue' : shift === 0 ? 'due_today' : 'open');
      }),
    );
  });

  it('the last instant of the due day is due today; the first instant of the next local day is overdue', () => {
    fc.assert(
      fc.property(zoneArb, dayArb, (name, due) => {
        const zone = zoneNamed(name);
        const nextStart = startOfLocalDay(addDays(due, 1), zone);
        const invoice = bill({ dueAt: due });
        return invoiceStateAt(invoice, nextStart - 1, zone).state === 'due_today' && invoiceStateAt(invoice, nextStart, zone).state === 'overdue';
      }),
    );
  });

  it('as time passes an unpaid invoice only moves forward: open, then due today, then overdue', () => {
    const rank = { open: 0, due_today: 1, overdue: 2 } as const;
    fc.assert(
      fc.property(zoneArb, instantArb, instantArb, instantArb, (zone, dueMs, a, b) => {
        const invoice = bill({ dueAt: new Date(dueMs).toISOString() });
        const [early, late] = a <= b ? [a, b] : [b, a];
        const before = invoiceStateAt(invoice, early, zone).state as keyof typeof rank;
        const after = invoiceStateAt(invoice, late, zone).state as keyof typeof rank;
        return rank[before] <= rank[after];
      }),
    );
  });

  it('the SQL form (bounds of the local day over UTC instants) agrees with the local-day rule for date-time due moments', () => {
    fc.assert(
      fc.property(zoneArb, instantArb, fc.integer({ min: -2 * 86_400_000, max: 2 * 86_400_000 }), (zone, now, offset) => {
        const dueMs = now + offset;
        const today = localDay(now, zone);
        const { startMs, endMs } = localDayBounds(today, zone);
        const bySql = dueMs < startMs ? 'overdue' : dueMs < endMs ? 'due_today' : 'open';
        return invoiceState(bill({ dueAt: new Date(dueMs).toISOString() }), today, zone).state === bySql;
      }),
      { numRuns: 2000 },
    );
  });

  it('the SQL form holds right at local midnights, where daylight-saving changes happen', () => {
    fc.assert(
      fc.property(zoneArb, dayArb, fc.integer({ min: -90 * 60_000, max: 90 * 60_000 }), (zone, today, offset) => {
        const { startMs, endMs } = localDayBounds(today, zone);
        return [startMs + offset, endMs + offset].every((dueMs) => {
          const bySql = dueMs < startMs ? 'overdue' : dueMs < endMs ? 'due_today' : 'open';
          return invoiceState(bill({ dueAt: new Date(dueMs).toISOString() }), today, zone).state === bySql;
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('the SQL form agrees minute by minute around days whose clocks change at midnight', () => {
    for (const [zone, day] of MIDNIGHT_CHANGES) {
      for (const today of [addDays(day, -1), day, addDays(day, 1)]) {
        const { startMs, endMs } = localDayBounds(today, zone);
        expect(localDay(startMs, zone), `${zone} ${today} starts`).toBe(today);
        expect(localDay(endMs - 1, zone), `${zone} ${today} ends`).toBe(today);
        for (let dueMs = startMs - 3 * 3_600_000; dueMs <= endMs + 3 * 3_600_000; dueMs += 60_000) {
          const bySql = dueMs < startMs ? 'overdue' : dueMs < endMs ? 'due_today' : 'open';
          expect(invoiceState(bill({ dueAt: new Date(dueMs).toISOString() }), today, zone).state, `${zone} ${today} ${new Date(dueMs).toISOString()}`).toBe(bySql);
        }
      }
    }
  });

  it('before 2011, where the local day itself went backwards for a minute, the two forms may differ (documented)', () => {
    // St. John's fell back at 00:01 NDT on 2002-10-27 to 23:01 NST on the 26th (02:31 UTC).
    expect(localDay(at('2002-10-27T02:30:30Z'), 'America/St_Johns')).toBe('2002-10-27');
    expect(localDay(at('2002-10-27T02:31:30Z'), 'America/St_Johns')).toBe('2002-10-26');
  });

  it('stateOnDay is the whole rule: invoiceState is stateOnDay on the local due day', () => {
    const statusArb = fc.constantFrom<InvoiceStatus>(...INVOICE_STATUSES);
    const kindArb = fc.constantFrom<InvoiceKind>(...INVOICE_KINDS);
    fc.assert(
      fc.property(zoneArb, instantArb, instantArb, statusArb, kindArb, fc.boolean(), fc.nat(5000), (zone, now, dueMs, status, kind, paid, amountDue) => {
        const invoice = bill({ status, kind, amountDue, dueAt: new Date(dueMs).toISOString(), paidAt: paid ? '2026-01-01T00:00:00.000Z' : null });
        const result = invoiceStateAt(invoice, now, zone);
        return (
          result.state === stateOnDay({ ...invoice, dueDay: localDay(dueMs, zone) }, localDay(now, zone)) &&
          result.payable === isPayable(invoice) &&
          // The inbox's status says overdue exactly when the state does (for what the provider says is unpaid).
          (status !== 'open' && status !== 'overdue' ? true : (deriveStatus(status, invoice.dueAt, now, zone) === 'overdue') === (result.state === 'overdue'))
        );
      }),
    );
  });
});

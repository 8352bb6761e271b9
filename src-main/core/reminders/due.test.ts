import { computeDue } from './due';
import { ianaZone } from './local-time';
import { emptyState, setAccountMuted, updateInvoice } from './state';
import { UTC, at, invoice } from './test-support';

const NOW = at('2026-11-21T12:00:00Z');

describe('computeDue', () => {
  it('only open and overdue invoices are due: paid, void, uncollectible and draft never', () => {
    const statuses = ['open', 'overdue', 'paid', 'void', 'uncollectible', 'draft'] as const;
    const invoices = statuses.map((status) => invoice({ status, dueAt: '2026-11-20', providerInvoiceId: status }));
    const due = computeDue(invoices, NOW, { withinDays: 7, zone: UTC });
    expect(due.map((item) => item.invoiceId).sort()).toEqual(['acme:open', 'acme:overdue']);
  });

  it('leaves out credit notes, refunds, prepayments and other records: only payables remind', () => {
    const kinds = ['credit_note', 'refund', 'prepayment', 'other'] as const;
    const due = computeDue(kinds.map((kind) => invoice({ kind, providerInvoiceId: kind, dueAt: '2026-11-20' })), NOW, { withinDays: 7, zone: UTC });
    expect(due).toEqual([]);
  });

  it('leaves out unknown statuses and invoices with nothing left to pay', () => {
    const invoices = [
      invoice({ status: 'unknown', rawStatus: 'frozen', providerInvoiceId: 'frozen', dueAt: '2026-11-20' }),
      invoice({ amountDue: 0, providerInvoiceId: 'zero', dueAt: '2026-11-20' }),
    ];
    expect(computeDue(invoices, NOW, { withinDays: 7, zone: UTC })).toEqual([]);
  });

  it('lists what is due within N days plus everything overdue, most urgent first', () => {
    const invoices = [
      invoice({ providerInvoiceId: 'in8', dueAt: '2026-11-29' }),
      invoice({ providerInvoiceId: 'in7', dueAt: '2026-11-28' }),
      invoice({ providerInvoiceId: 'in2', dueAt: '2026-11-23' }),
      invoice({ providerInvoiceId: 'today', dueAt: '2026-11-21' }),
      invoice({ providerInvoiceId: 'late1', dueAt: '2026-11-20' }),
      invoice({ providerInvoiceId: 'late30', dueAt: '2026-10-22' }),
    ];
    const due = computeDue(invoices, NOW, { withinDays: 7, zone: UTC });
    expect(due.map((item) => [item.invoiceId, item.state, item.daysUntilDue])).toEqual([
      ['acme:late30', 'overdue', -30],
      ['acme:late1', 'overdue', -1],
      ['acme:today', 'due_today', 0],
      ['acme:in2', 'due_soon', 2],
      ['acme:in7', 'due_soon', 7],
    ]);
    expect(computeDue(invoices, NOW, { withinDays: 0, zone: UTC }).map((item) => item.invoiceId)).toEqual([
      'acme:late30',
      'acme:late1',
      'acme:today',
    ]);
  });

  it('a due date, calendar or date-time, is due all that local day and overdue from the next', () => {
    const dateOnly = invoice({ providerInvoiceId: 'd', dueAt: '2026-11-21' });
    const dateTime = invoice({ providerInvoiceId: 't', dueAt: '2026-11-21T09:00:00.000Z' });
    const lateEvening = at('2026-11-21T23:30:00Z');
    const due = computeDue([dateOnly, dateTime], lateEvening, { withinDays: 7, zone: UTC });
    expect(due.map((item) => [item.invoiceId, item.state, item.daysUntilDue])).toEqual([
      ['acme:t', 'due_today', 0],
      ['acme:d', 'due_today', 0],
    ]);
    const nextMorning = computeDue([dateOnly, dateTime], at('2026-11-22T00:00:00Z'), { withinDays: 7, zone: UTC });
    expect(nextMorning.map((item) => item.state)).toEqual(['overdue', 'overdue']);
  });

  it('counts days on the local calendar, not in UTC', () => {
    const newYork = ianaZone('America/New_York');
    // 02:00 UTC on Nov 22 is 21:00 on Nov 21 in New York: a date due "2026-11-21" is still due today there.
    const evening = at('2026-11-22T02:00:00Z');
    const [dateOnly] = computeDue([invoice({ dueAt: '2026-11-21', status: 'overdue' })], evening, { withinDays: 7, zone: newYork });
    expect([dateOnly?.state, dateOnly?.daysUntilDue, dateOnly?.dueDay]).toEqual(['due_today', 0, '2026-11-21']);
    // A date-time due at 03:00 UTC on Nov 23 falls on Nov 22 in New York: due tomorrow, not in 2 days.
    const [dateTime] = computeDue([invoice({ dueAt: '2026-11-23T03:00:00.000Z' })], evening, { withinDays: 7, zone: newYork });
    expect([dateTime?.dueDay, dateTime?.daysUntilDue]).toEqual(['2026-11-22', 1]);
  });

  it('an open invoice without a due date reminds N days after it was issued (default 14), or on the day the user expects it', () => {
    const undated = (id: string, issuedAt: string) => invoice({ providerInvoiceId: id, dueAt: null, issuedAt });
    const invoices = [undated('old', '2026-11-01T09:00:00Z'), undated('fresh', '2026-11-10T09:00:00Z'), undated('new', '2026-11-20T09:00:00Z'), invoice({ providerInvoiceId: 'late', dueAt: null, status: 'overdue', issuedAt: '2026-11-20T09:00:00Z' })];
    const due = computeDue(invoices, NOW, { withinDays: 7, zone: UTC });
    // Issued Nov 1 + 14 = Nov 15 (6 days ago); Nov 10 + 14 = Nov 24 (in 3 days); Nov 20 + 14 = Dec 4 (beyond 7 days).
    // A provider that calls a bill without a date overdue is taken at its word.
    expect(due.map((item) => [item.invoiceId, item.state, item.daysUntilDue, item.dueBasis])).toEqual([
      ['acme:old', 'overdue', -6, 'issued'],
      ['acme:late', 'overdue', null, 'provider'],
      ['acme:fresh', 'due_soon', 3, 'issued'],
    ]);
    expect(computeDue(invoices, NOW, { withinDays: 7, zone: UTC, noDueDateDays: 30 }).map((item) => item.invoiceId)).toEqual(['acme:late']);
    const state = updateInvoice(emptyState(), 'acme:new', { expectedDueDate: '2026-11-22' });
    expect(computeDue(invoices, NOW, { withinDays: 7, zone: UTC, state }).find((item) => item.invoiceId === 'acme:new')).toMatchObject({ dueDay: '2026-11-22', daysUntilDue: 1, dueBasis: 'expected' });
  });

  it('fills provider name, account label, amount and currency', () => {
    const [item] = computeDue([invoice({ number: 'INV-0305', amountDue: 123_456, currency: 'EUR', dueAt: '2026-11-24' })], NOW, {
      withinDays: 7,
      zone: UTC,
      accountLabels: { acme: 'Acme GPUs' },
    });
    expect(item).toMatchObject({
      number: 'INV-0305',
      provider: 'gpuoutlet',
      providerName: 'GPU Outlet',
      accountLabel: 'Acme GPUs',
      amountDue: 123_456,
      currency: 'EUR',
      daysUntilDue: 3,
      hidden: null,
      note: null,
    });
  });

  describe('honours the reminder state', () => {
    const a = invoice({ providerInvoiceId: 'a', dueAt: '2026-11-20' });
    const b = invoice({ providerInvoiceId: 'b', dueAt: '2026-11-22', accountId: 'other' });
    const list = (state = emptyState(), includeHidden = false, asOf = NOW): string[] =>
      computeDue([a, b], asOf, { withinDays: 7, zone: UTC, state, includeHidden }).map((item) => `${item.invoiceId}:${item.hidden ?? 'shown'}`);

    it('hides a snoozed invoice until the snooze ends', () => {
      const state = updateInvoice(emptyState(), a.id, { snoozedUntil: '2026-11-22T00:00:00.000Z' });
      expect(list(state)).toEqual(['other:b:shown']);
      expect(list(state, true)).toEqual(['acme:a:snoozed', 'other:b:shown']);
      expect(list(state, false, at('2026-11-22T00:00:00Z'))).toEqual(['acme:a:shown', 'other:b:shown']);
    });

    it('hides a muted invoice and every invoice of a muted account', () => {
      expect(list(updateInvoice(emptyState(), a.id, { muted: true }))).toEqual(['other:b:shown']);
      expect(list(setAccountMuted(emptyState(), 'other', true), true)).toEqual(['acme:a:shown', 'other:b:account_muted']);
    });

    it('hides an invoice marked paid, and brings it back with a note when it is still open days later', () => {
      const state = updateInvoice(emptyState(), a.id, { markedPaidAt: '2026-11-18T10:00:00.000Z', markedStatus: 'open' });
      expect(list(state, false, at('2026-11-21T09:59:00Z'))).toEqual(['other:b:shown']);
      const back = computeDue([a], at('2026-11-21T10:00:00Z'), { withinDays: 7, zone: UTC, state });
      expect(back[0]?.note).toBe('You marked this paid on Nov 18, but GPU Outlet still shows it open.');
      expect(computeDue([a], at('2026-11-21T10:00:00Z'), { withinDays: 7, zone: UTC, state, paidCheckDays: 5 })).toEqual([]);
    });
  });
});

import { HOUR, at, harness, invoice, lines, prefs, runUntil } from './test-support';

describe('reminder rules (fake clock, UTC calendar)', () => {
  it('reminds 7, 3 and 1 days before, on the due day, then once a day while overdue', async () => {
    const h = await harness('2026-11-20T12:00:00Z');
    const bill = invoice({ number: 'INV-1', dueAt: '2026-11-30' });
    expect(await h.service.recompute([bill])).toEqual([]);
    expect(lines(await runUntil(h, '2026-12-02T23:00:00Z'))).toEqual([
      '2026-11-23T00:00 lead Invoice INV-1 is due in 7 days',
      '2026-11-27T00:00 lead Invoice INV-1 is due in 3 days',
      '2026-11-29T00:00 lead Invoice INV-1 is due tomorrow',
      '2026-11-30T00:00 lead Invoice INV-1 is due today',
      '2026-12-01T00:00 overdue Invoice INV-1 is overdue by 1 day',
      '2026-12-02T00:00 overdue Invoice INV-1 is overdue by 2 days',
    ]);
    expect(h.shown[0]?.body).toBe('USD 120.00 due Nov 30 — GPU Outlet');
    expect(h.shown[0]?.invoiceId).toBe(bill.id);
  });

  it('follows the configured lead days, and reminds about overdue once when daily overdue is off', async () => {
    const h = await harness('2026-11-20T12:00:00Z', { prefs: prefs({ leadDays: [2], overdueDaily: false }) });
    await h.service.recompute([invoice({ number: 'INV-2', dueAt: '2026-11-25' })]);
    expect(lines(await runUntil(h, '2026-11-28T23:00:00Z'))).toEqual([
      '2026-11-23T00:00 lead Invoice INV-2 is due in 2 days',
      '2026-11-26T00:00 overdue Invoice INV-2 is overdue by 1 day',
    ]);
  });

  it('when several lead days passed unseen, only the nearest one fires', async () => {
    const h = await harness('2026-11-21T12:00:00Z');
    const shown = await h.service.recompute([invoice({ number: 'INV-3', dueAt: '2026-11-23' })]);
    expect(shown.map((n) => n.title)).toEqual(['Invoice INV-3 is due in 2 days']);
    expect(lines(await runUntil(h, '2026-11-22T12:00:00Z'))).toEqual(['2026-11-22T00:00 lead Invoice INV-3 is due tomorrow']);
  });

  it('a due date, date-time or calendar, is due all that local day and overdue from the next day', async () => {
    const h = await harness('2026-11-21T12:00:00Z', { prefs: prefs({ leadDays: [0] }) });
    await h.service.recompute([
      invoice({ number: 'T', dueAt: '2026-11-23T15:00:00.000Z' }),
      invoice({ number: 'D', dueAt: '2026-11-24' }),
    ]);
    // Ticks every 10 minutes, like a host that is awake (a longer gap reads as a catch-up).
    expect(lines(await runUntil(h, '2026-11-25T12:00:00Z', 10 * 60_000))).toEqual([
      '2026-11-23T00:00 lead Invoice T is due today',
      '2026-11-24T00:00 combined 2 invoices need attention',
      '2026-11-25T00:00 combined 2 invoices need attention',
    ]);
    expect(h.shown[1]?.body).toBe('1 overdue, 1 due today — USD 240.00');
  });

  it('paid, void, uncollectible and draft invoices never remind', async () => {
    const h = await harness('2026-11-20T12:00:00Z');
    const closed = (['paid', 'void', 'uncollectible', 'draft'] as const).map((status) => invoice({ status, dueAt: '2026-11-21' }));
    expect(await h.service.recompute(closed)).toEqual([]);
    expect(await runUntil(h, '2026-11-30T00:00:00Z')).toEqual([]);
  });

  it('quiet hours: nothing pops up during them; what fell due fires at their end as one notification', async () => {
    const h = await harness('2026-11-21T20:00:00Z', { prefs: prefs({ quietHours: { start: '22:00', end: '07:00' } }) });
    await h.service.recompute([
      invoice({ number: 'A', dueAt: '2026-11-25' }),
      invoice({ number: 'B', dueAt: '2026-11-29' }),
    ]);
    h.shown.length = 0;
    const shown = await runUntil(h, '2026-11-22T12:00:00Z', 15 * 60_000);
    expect(lines(shown)).toEqual(['2026-11-22T07:00 combined 2 invoices need attention']);
    expect(shown[0]?.notification.items.map((item) => item.number)).toEqual(['A', 'B']);
    expect(shown[0]?.notification.body).toBe('2 due soon — USD 240.00');
  });

  it('quiet hours within a day defer a single reminder to their end', async () => {
    // A sync at 12:15 brings an overdue invoice: the reminder waits for the end of the quiet hours.
    const h = await harness('2026-11-21T12:15:00Z', { prefs: prefs({ quietHours: { start: '12:00', end: '14:30' } }) });
    expect(await h.service.recompute([invoice({ number: 'Q', dueAt: '2026-11-20', status: 'open' })])).toEqual([]);
    expect(lines(await runUntil(h, '2026-11-21T16:00:00Z', 15 * 60_000))).toEqual(['2026-11-21T14:30 overdue Invoice Q is overdue by 1 day']);
  });

  it('a pause holds everything until it ends', async () => {
    const h = await harness('2026-11-21T12:00:00Z');
    await h.service.pause('one_hour');
    expect(await h.service.recompute([invoice({ number: 'P', dueAt: '2026-11-21' })])).toEqual([]);
    expect(lines(await runUntil(h, '2026-11-21T14:00:00Z', 10 * 60_000))).toEqual(['2026-11-21T13:00 lead Invoice P is due today']);
    await h.service.pause('tomorrow');
    expect(h.service.preferences().pausedUntil).toBe('2026-11-22T00:00:00.000Z');
  });

  it('after sleeping over due dates, one combined catch-up notification, not a burst', async () => {
    const h = await harness('2026-11-19T12:00:00Z');
    const bills = ['2026-11-21', '2026-11-22', '2026-11-23'].map((dueAt, i) => invoice({ number: `S${i}`, dueAt }));
    await h.service.recompute(bills);
    h.shown.length = 0;
    // The machine sleeps for three and a half days.
    h.clock.setNow(at('2026-11-23T00:30:00Z'));
    const shown = await h.service.tick();
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ kind: 'summary', reason: 'catch_up', title: '3 invoices need attention', invoiceId: null });
    expect(shown[0]?.body).toBe('2 overdue, 1 due today — USD 360.00');
    expect(await runUntil(h, '2026-11-23T23:00:00Z')).toEqual([]);
  });

  it('the weekly digest comes once, on the chosen weekday from the chosen time', async () => {
    const h = await harness('2026-11-22T12:00:00Z', { prefs: prefs({ leadDays: [], digest: { enabled: true, weekday: 1, time: '08:00' } }) });
    await h.service.recompute([
      invoice({ number: 'W1', dueAt: '2026-11-25' }),
      invoice({ number: 'W2', dueAt: '2026-11-29' }),
      invoice({ number: 'LATER', dueAt: '2026-12-10' }),
    ]);
    const shown = await runUntil(h, '2026-11-25T12:00:00Z', 30 * 60_000);
    expect(lines(shown)).toEqual(['2026-11-23T08:00 digest This week: 2 invoices to pay']);
    expect(shown[0]?.notification.items.map((item) => item.number)).toEqual(['W1', 'W2']);
    expect(h.service.currentState().fired['digest:2026-W48']).toBe('2026-11-23T08:00:00.000Z');
    const nextWeek = (await runUntil(h, '2026-12-01T12:00:00Z', 2 * HOUR)).filter((s) => s.notification.reason === 'digest');
    expect(lines(nextWeek)).toEqual(['2026-11-30T08:00 digest This week: 2 invoices to pay']);
    expect(nextWeek[0]?.notification.body).toBe('2 overdue — USD 240.00');
  });

  it('a digest held by quiet hours still comes when they end, the same week', async () => {
    const h = await harness('2026-11-23T06:00:00Z', {
      prefs: prefs({ leadDays: [], quietHours: { start: '22:00', end: '07:00' }, digest: { enabled: true, weekday: 1, time: '23:00' } }),
    });
    await h.service.recompute([invoice({ number: 'W', dueAt: '2026-11-26' })]);
    expect(lines(await runUntil(h, '2026-11-25T00:00:00Z', 30 * 60_000))).toEqual(['2026-11-24T07:00 digest This week: 1 invoice to pay']);
  });
});

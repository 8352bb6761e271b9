import { at, harness, invoice, lines, runUntil } from './test-support';

const TEN_MIN = 10 * 60_000;

describe('what the user says about an invoice (fake clock)', () => {
  // Saturday 2026-11-21, noon UTC. The invoice was due yesterday and has not reminded today yet.
  const START = '2026-11-21T12:00:00Z';
  const overdue = () => invoice({ number: 'INV-9', dueAt: '2026-11-20', providerInvoiceId: 'nine' });

  describe('snooze', () => {
    it('until tomorrow: silent and off the due list today, back at the start of tomorrow', async () => {
      const h = await harness(START);
      const bill = overdue();
      expect(await h.service.snooze(bill.id, 'tomorrow')).toBe('2026-11-22T00:00:00.000Z');
      expect(await h.service.recompute([bill])).toEqual([]);
      expect(h.service.due()).toEqual([]);
      expect(h.service.due({ includeHidden: true })[0]).toMatchObject({ hidden: 'snoozed', snoozedUntil: '2026-11-22T00:00:00.000Z' });
      expect(lines(await runUntil(h, '2026-11-22T06:00:00Z', TEN_MIN))).toEqual(['2026-11-22T00:00 overdue Invoice INV-9 is overdue by 2 days']);
      expect(h.service.due().map((item) => item.invoiceId)).toEqual([bill.id]);
    });

    it('until next week: back on Monday', async () => {
      const h = await harness(START);
      const bill = overdue();
      expect(await h.service.snooze(bill.id, 'next_week')).toBe('2026-11-23T00:00:00.000Z');
      await h.service.recompute([bill]);
      expect(lines(await runUntil(h, '2026-11-23T06:00:00Z', TEN_MIN))).toEqual(['2026-11-23T00:00 overdue Invoice INV-9 is overdue by 3 days']);
    });

    it('until a date: back on that day; a day that is not in the future is refused', async () => {
      const h = await harness(START);
      const bill = overdue();
      expect(await h.service.snooze(bill.id, '2026-11-25')).toBe('2026-11-25T00:00:00.000Z');
      await h.service.recompute([bill]);
      expect(lines(await runUntil(h, '2026-11-25T06:00:00Z', TEN_MIN))).toEqual(['2026-11-25T00:00 overdue Invoice INV-9 is overdue by 5 days']);
      await expect(h.service.snooze(bill.id, '2026-11-25')).rejects.toThrow(/pick a day after today/);
    });

    it('unsnooze brings it back at once', async () => {
      const h = await harness(START);
      const bill = overdue();
      await h.service.snooze(bill.id, 'next_week');
      await h.service.recompute([bill]);
      await h.service.unsnooze(bill.id);
      expect((await h.service.tick()).map((n) => n.title)).toEqual(['Invoice INV-9 is overdue by 1 day']);
    });
  });

  it('mute: an invoice never reminds and leaves the due list until unmuted', async () => {
    const h = await harness(START);
    const bill = overdue();
    await h.service.mute(bill.id, true);
    expect(await h.service.recompute([bill])).toEqual([]);
    expect(await runUntil(h, '2026-11-24T00:00:00Z')).toEqual([]);
    expect(h.service.due()).toEqual([]);
    await h.service.mute(bill.id, false);
    expect((await h.service.tick()).map((n) => n.invoiceId)).toEqual([bill.id]);
  });

  it('mute an account: none of its invoices remind; other accounts still do', async () => {
    const h = await harness(START);
    const mine = invoice({ accountId: 'muted-co', number: 'M1', dueAt: '2026-11-20' });
    const also = invoice({ accountId: 'muted-co', number: 'M2', dueAt: '2026-11-22' });
    const other = invoice({ accountId: 'other-co', number: 'O1', dueAt: '2026-11-20' });
    await h.service.muteAccount('muted-co', true);
    expect((await h.service.recompute([mine, also, other])).map((n) => n.title)).toEqual(['Invoice O1 is overdue by 1 day']);
    expect(h.service.due().map((item) => item.number)).toEqual(['O1']);
    expect(lines(await runUntil(h, '2026-11-22T12:00:00Z', TEN_MIN))).toEqual(['2026-11-22T00:00 overdue Invoice O1 is overdue by 2 days']);
  });

  describe('"I paid this"', () => {
    it('stops reminders; a sync showing it paid confirms and clears the mark', async () => {
      const h = await harness(START);
      const bill = overdue();
      await h.service.recompute([bill]);
      h.shown.length = 0;
      await h.service.markPaid(bill.id, true);
      expect(h.service.currentState().invoices[bill.id]).toEqual({ markedPaidAt: '2026-11-21T12:00:00.000Z', markedStatus: 'open' });
      expect(h.service.due()).toEqual([]);
      expect(await runUntil(h, '2026-11-22T12:00:00Z')).toEqual([]);
      // The next sync shows the provider's status: paid. The mark is confirmed and cleared.
      await h.service.recompute([{ ...bill, status: 'paid', amountDue: 0 }]);
      expect(h.service.currentState().invoices[bill.id]).toBeUndefined();
      expect(await runUntil(h, '2026-11-30T00:00:00Z')).toEqual([]);
      expect(h.shown).toEqual([]);
    });

    it('a sync that still shows it open after 3 days brings the reminder back with a note', async () => {
      const h = await harness(START);
      const bill = overdue();
      await h.service.recompute([bill]);
      await h.service.markPaid(bill.id, true);
      h.shown.length = 0;
      // Syncs keep saying "open"; for three days nothing reminds.
      await h.clock.advance(86_400_000);
      expect(await h.service.recompute([bill])).toEqual([]);
      const back = await runUntil(h, '2026-11-25T12:00:00Z', 30 * 60_000);
      expect(lines(back)).toEqual([
        '2026-11-24T12:00 paid_contradicted Invoice INV-9 still shows as unpaid',
        '2026-11-25T00:00 overdue Invoice INV-9 is overdue by 5 days',
      ]);
      expect(back[0]?.notification.body).toBe(
        'You marked this paid on Nov 21, but GPU Outlet still shows it open. USD 120.00 due Nov 20 — GPU Outlet',
      );
      expect(h.service.due()[0]?.note).toBe('You marked this paid on Nov 21, but GPU Outlet still shows it open.');
    });

    it('undo removes the mark at once', async () => {
      const h = await harness(START);
      const bill = overdue();
      await h.service.markPaid(bill.id, true);
      await h.service.recompute([bill]);
      await h.service.markPaid(bill.id, false);
      expect(h.service.due().map((item) => item.invoiceId)).toEqual([bill.id]);
      expect((await h.service.tick()).map((n) => n.reason)).toEqual(['overdue']);
    });
  });

  it('reports a change for every action (hosts emit reminders:changed)', async () => {
    const h = await harness(START);
    const reasons: string[] = [];
    const { ReminderService } = await import('./reminders-service');
    const { WorkspaceReminderStore } = await import('./reminder-store');
    const { UTC } = await import('./test-support');
    const service = await ReminderService.open({
      clock: h.clock,
      zone: UTC,
      store: new WorkspaceReminderStore(h.store),
      onChanged: (reason) => reasons.push(reason),
    });
    await service.snooze('acme:b', 'tomorrow');
    await service.mute('acme:b', true);
    await service.muteAccount('acme', true);
    await service.markPaid('acme:b', true);
    await service.pause('one_hour');
    await service.setPreferences({ leadDays: [5, 1] });
    await service.recompute([]);
    expect(reasons).toEqual(['snooze', 'mute', 'mute_account', 'mark_paid', 'pause', 'preferences', 'recompute']);
    expect(service.preferences().leadDays).toEqual([5, 1]);
    expect(at(service.preferences().pausedUntil ?? '')).toBe(at('2026-11-21T13:00:00Z'));
  });
});

import { DEFAULT_SORT, EMPTY_FILTER, utcZone, type RemindersChangeReason } from '../../../src-shared/domain';
import { openMemoryStore } from '../store/sqlite-store';
import { account, bill, syncAll, utc } from '../store/test-support';
import { MarkNotFoundError, MarksService } from './marks-service';

const NOW = Date.parse('2026-06-15T12:00:00.000Z');

function setup() {
  const store = openMemoryStore();
  store.accounts.insert(account('a'));
  syncAll(store, 'a', [
    bill('a', 1),
    bill('a', 2, { dueAt: '2026-06-01' }),
    bill('a', 3, { kind: 'credit_note', amountDue: 0, total: 500 }),
    bill('a', 4, { status: 'paid', amountDue: 0, amountPaid: 1004, paidAt: '2026-06-02T00:00:00.000Z' }),
  ]);
  const changes: Array<RemindersChangeReason | 'annotations'> = [];
  const calendar = () => utc('2026-06-15', '2026-06-01T00:00:00.000Z');
  const marks = new MarksService({ store, clock: { now: () => NOW }, zone: utcZone, calendar, user: 'dana', onChanged: (reason) => changes.push(reason) });
  const owedUsd = () => store.inbox.aggregates(EMPTY_FILTER, calendar()).byCurrency.find((c) => c.currency === 'USD')?.dueAmount ?? 0;
  return { store, marks, changes, owedUsd, calendar };
}

describe('MarksService: one action on one invoice or many, undoable', () => {
  it('"I paid this" on a selection marks only bills with money owed, leaves the totals at once, and undo brings all back', () => {
    const { store, marks, changes, owedUsd } = setup();
    expect(owedUsd()).toBe(1001 + 1002);
    const outcome = marks.apply({ ids: ['a:in_1', 'a:in_2', 'a:in_3', 'a:in_4', 'a:unknown'] }, { kind: 'paid' });
    expect(outcome).toMatchObject({ changed: 2, unchanged: 0, notApplicable: 3 });
    expect(outcome.message).toBe('Marked 2 invoices paid. 3 invoices are not a bill with money owed.');
    expect(owedUsd()).toBe(0);
    expect(store.userData.mark('a:in_1')).toMatchObject({ markedPaidAt: '2026-06-15T12:00:00.000Z', markedPaidBy: 'dana', markedStatus: 'open' });
    expect(changes).toEqual(['mark_paid']);

    // Again: already marked.
    expect(marks.apply({ ids: ['a:in_1'] }, { kind: 'paid' })).toMatchObject({ changed: 0, unchanged: 1, undoId: null });

    const undone = marks.undo(outcome.undoId as string);
    expect(undone.restored).toBe(2);
    expect(owedUsd()).toBe(1001 + 1002);
    expect(store.userData.mark('a:in_1')).toBeNull();
    expect(store.userData.events('a:in_1').map((e) => [e.action, e.by, e.detail])).toEqual([
      ['marked_paid', 'dana', null],
      ['undone', 'dana', 'marked_paid'],
    ]);
    // An undo is used once.
    expect(marks.undo(outcome.undoId as string)).toEqual({ restored: 0, message: 'That can no longer be undone.' });
  });

  it('a whole view by its filter: snooze every overdue bill until a day, and undo restores each earlier snooze', () => {
    const { store, marks } = setup();
    marks.apply({ ids: ['a:in_2'] }, { kind: 'snooze', until: 'tomorrow' });
    expect(store.userData.mark('a:in_2')?.snoozedUntil).toBe('2026-06-16T00:00:00.000Z');
    const outcome = marks.apply({ filter: { ...EMPTY_FILTER, states: ['overdue', 'open'] } }, { kind: 'snooze', until: '2026-06-20' });
    // The credit note is 'open' too, but there is nothing to pay on it: not snoozed.
    expect(outcome).toMatchObject({ changed: 2, notApplicable: 1 });
    expect(store.userData.mark('a:in_1')?.snoozedUntil).toBe('2026-06-20T00:00:00.000Z');
    marks.undo(outcome.undoId as string);
    expect(store.userData.mark('a:in_1')).toBeNull();
    expect(store.userData.mark('a:in_2')?.snoozedUntil).toBe('2026-06-16T00:00:00.000Z');
  });

  it('mute and unmute; tags on many with undo; notes saved with who and when', () => {
    const { store, marks, changes, calendar } = setup();
    expect(marks.apply({ ids: ['a:in_1', 'a:in_3'] }, { kind: 'mute' })).toMatchObject({ changed: 1, notApplicable: 1 });
    expect(store.userData.mark('a:in_1')?.muted).toBe(true);
    expect(marks.apply({ ids: ['a:in_1'] }, { kind: 'unmute' })).toMatchObject({ changed: 1 });

    marks.apply({ ids: ['a:in_1'] }, { kind: 'tag', tag: 'Q3' });
    const tagged = marks.apply({ ids: ['a:in_1', 'a:in_2', 'a:in_3'] }, { kind: 'tag', tag: 'q3' });
    expect(tagged).toMatchObject({ changed: 2, unchanged: 1 });
    expect(tagged.message).toBe('Tagged 2 invoices "q3". 1 invoice already was that way.');
    expect(marks.tags()).toEqual([{ tag: 'Q3', count: 3 }]);
    marks.undo(tagged.undoId as string);
    expect(marks.tags()).toEqual([{ tag: 'Q3', count: 1 }]);
    expect(store.inbox.window({ filter: { ...EMPTY_FILTER, tags: ['q3'] }, sort: DEFAULT_SORT, offset: 0, limit: 10 }, calendar()).rows.map((r) => r.id)).toEqual(['a:in_1']);

    marks.setNote('a:in_1', 'Waiting for the PO');
    expect(store.annotations.note('a:in_1')).toMatchObject({ text: 'Waiting for the PO', updatedBy: 'dana', updatedAt: '2026-06-15T12:00:00.000Z' });
    expect(() => marks.setNote('a:gone', 'x')).toThrow(MarkNotFoundError);
    expect(changes).toContain('annotations');
  });

  it('keeps undo for the last twenty actions only', () => {
    const { marks } = setup();
    const first = marks.apply({ ids: ['a:in_1'] }, { kind: 'tag', tag: 't0' });
    for (let n = 1; n <= 20; n++) marks.apply({ ids: ['a:in_1'] }, { kind: 'tag', tag: `t${n}` });
    expect(marks.undo(first.undoId as string).restored).toBe(0);
  });
});

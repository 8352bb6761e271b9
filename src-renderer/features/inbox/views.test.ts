import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../../../src-shared/domain/inbox-query';
import { BUILTIN_VIEWS, parseSavedViews } from './views';

describe('saved views', () => {
  it('ships views named for what they do: Overdue, Due in the next 7 days, Unpaid, Paid last 30 days', () => {
    expect(BUILTIN_VIEWS.map((v) => v.name)).toEqual(['Overdue', 'Due in the next 7 days', 'Unpaid', 'Paid last 30 days']);
    // What is to pay is bills only: credits, refunds and prepayments are never in these.
    for (const view of BUILTIN_VIEWS.slice(0, 3)) expect(view.filter.kinds).toEqual(['invoice']);
  });

  it('reads back what was saved', () => {
    const saved = {
      id: 'view-1',
      name: 'EUR overdue',
      filter: { ...EMPTY_FILTER, currency: 'EUR', due: { kind: 'overdue' }, states: ['due_today', 'overdue'] },
      sort: { key: 'amount', dir: 'desc' },
    };
    expect(parseSavedViews([JSON.parse(JSON.stringify(saved))])).toEqual([saved]);
  });

  it('drops or repairs what it cannot trust', () => {
    const views = parseSavedViews([
      null,
      'x',
      { id: 'builtin:overdue', name: 'Sneaky' },
      { id: 'v2', name: '  ' },
      { id: 'v3', name: 'Odd', filter: { statuses: ['open', 'bogus'], provider: 'nope', currency: 'eur', amountMin: 'x', due: { kind: 'range', from: '2026-01-01', to: 5 } }, sort: { key: 'zzz', dir: 'up' } },
    ]);
    expect(views).toHaveLength(1);
    // A view saved before states existed: "open" meant unpaid, so it reads as today's unpaid states.
    expect(views[0]?.filter).toEqual({ ...EMPTY_FILTER, states: ['overdue', 'due_today', 'open', 'no_due_date'], due: { kind: 'range', from: '2026-01-01', to: null } });
    expect(views[0]?.sort).toEqual({ key: 'attention', dir: 'asc' });
  });
});

import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../../../src-shared/domain/inbox-query';
import { BUILTIN_VIEWS, parseSavedViews } from './views';

describe('saved views', () => {
  it('ships Overdue, Due this week, Open and Paid last 30 days', () => {
    expect(BUILTIN_VIEWS.map((v) => v.name)).toEqual(['Overdue', 'Due this week', 'Open', 'Paid last 30 days']);
  });

  it('reads back what was saved', () => {
    const saved = {
      id: 'view-1',
      name: 'EUR overdue',
      filter: { ...EMPTY_FILTER, currency: 'EUR', due: { kind: 'overdue' }, statuses: ['open', 'overdue'] },
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
    expect(views[0]?.filter).toEqual({ ...EMPTY_FILTER, statuses: ['open'], due: { kind: 'range', from: '2026-01-01', to: null } });
    expect(views[0]?.sort).toEqual({ key: 'attention', dir: 'asc' });
  });
});

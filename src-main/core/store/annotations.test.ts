import { DEFAULT_SORT, EMPTY_FILTER } from '../../../src-shared/domain';
import { openMemoryStore } from './sqlite-store';
import { account, bill, syncAll, T0, utc } from './test-support';

const today = utc('2026-06-15');

function workspace() {
  const store = openMemoryStore();
  store.accounts.insert(account('a'));
  store.accounts.insert(account('b'));
  syncAll(store, 'a', [bill('a', 1), bill('a', 2), bill('a', 3)]);
  syncAll(store, 'b', [bill('b', 1)]);
  return store;
}

const ids = (store: ReturnType<typeof workspace>, search: string, tags: string[] = []) =>
  store.inbox.window({ filter: { ...EMPTY_FILTER, search, tags }, sort: DEFAULT_SORT, offset: 0, limit: 50 }, today).rows.map((row) => row.id);

describe('notes and tags on invoices (migration 3)', () => {
  it('keeps a note with who and when, finds the invoice by its words, and records each change in the history', () => {
    const store = workspace();
    expect(store.annotations.setNote('a:in_2', 'Approved by Dana — pay from the ops card', 'dana', T0)).toBe(true);
    expect(store.annotations.note('a:in_2')).toEqual({ invoiceId: 'a:in_2', text: 'Approved by Dana — pay from the ops card', updatedBy: 'dana', updatedAt: T0 });
    expect(ids(store, 'ops card')).toEqual(['a:in_2']);
    // A short word (under three letters) is looked up without the trigram index: it still finds notes.
    store.annotations.setNote('a:in_3', 'PO 7', 'sam', T0);
    expect(ids(store, 'po 7')).toEqual(['a:in_3']);

    expect(store.annotations.setNote('a:in_2', '   ', 'dana', '2026-06-16T08:00:00.000Z')).toBe(true);
    expect(store.annotations.note('a:in_2')).toBeNull();
    expect(ids(store, 'ops card')).toEqual([]);
    expect(store.userData.events('a:in_2').map((e) => [e.action, e.by, e.detail])).toEqual([
      ['note_saved', 'dana', 'Approved by Dana — pay from the ops card'],
      ['note_removed', 'dana', null],
    ]);
  });

  it('refuses a note on an invoice the workspace does not hold', () => {
    const store = workspace();
    expect(store.annotations.setNote('a:nope', 'x', 'dana', T0)).toBe(false);
    expect(store.annotations.addTag('a:nope', 'x', 'dana', T0)).toBe(false);
  });

  it('tags: one per invoice whatever the case, counted, filtered (any of), searched and shown on the row', () => {
    const store = workspace();
    expect(store.annotations.addTag('a:in_1', 'Marketing', 'dana', T0)).toBe(true);
    expect(store.annotations.addTag('a:in_1', 'marketing', 'dana', T0)).toBe(false);
    store.annotations.addTag('a:in_2', 'marketing', 'sam', T0);
    store.annotations.addTag('b:in_1', 'Q3 review', 'sam', T0);
    expect(store.annotations.allTags()).toEqual([
      { tag: 'Marketing', count: 2 },
      { tag: 'Q3 review', count: 1 },
    ]);
    expect(ids(store, '', ['MARKETING']).sort()).toEqual(['a:in_1', 'a:in_2']);
    expect(ids(store, '', ['q3 review', 'marketing']).sort()).toEqual(['a:in_1', 'a:in_2', 'b:in_1']);
    expect(ids(store, 'q3 rev')).toEqual(['b:in_1']);
    expect(store.inbox.row('a:in_1', today)?.tags).toEqual(['Marketing']);
    expect(store.inbox.aggregates({ ...EMPTY_FILTER, tags: ['marketing'] }, today).count).toBe(2);
    expect(store.inbox.count({ ...EMPTY_FILTER, tags: ['marketing'] }, today)).toBe(2);

    expect(store.annotations.removeTag('a:in_1', 'MARKETING', 'dana', T0)).toBe(true);
    expect(store.annotations.tags('a:in_1')).toEqual([]);
    expect(ids(store, 'marketing')).toEqual(['a:in_2']);
  });

  it('a sync that rewrites an invoice keeps its note and tags searchable', () => {
    const store = workspace();
    store.annotations.setNote('a:in_1', 'disputed with vendor', 'dana', T0);
    store.annotations.addTag('a:in_1', 'legal', 'dana', T0);
    syncAll(store, 'a', [bill('a', 1, { description: 'Changed by the provider' }), bill('a', 2), bill('a', 3)], '2026-06-16T00:00:00.000Z');
    expect(ids(store, 'disputed')).toEqual(['a:in_1']);
    expect(ids(store, 'legal')).toEqual(['a:in_1']);
    expect(ids(store, 'changed by the provider')).toEqual(['a:in_1']);
  });

  it('a note and tags stay when the invoice leaves the provider list, and go with their account', () => {
    const store = workspace();
    store.annotations.setNote('a:in_3', 'keep me', 'dana', T0);
    store.annotations.addTag('a:in_3', 'keep', 'dana', T0);
    syncAll(store, 'a', [bill('a', 1), bill('a', 2)], '2026-06-16T00:00:00.000Z');
    expect(store.annotations.note('a:in_3')?.text).toBe('keep me');
    syncAll(store, 'a', [bill('a', 1), bill('a', 2), bill('a', 3)], '2026-06-17T00:00:00.000Z');
    expect(ids(store, 'keep me')).toEqual(['a:in_3']);
    store.accounts.remove('a');
    expect(store.annotations.note('a:in_3')).toBeNull();
    expect(store.annotations.allTags()).toEqual([]);
  });
});

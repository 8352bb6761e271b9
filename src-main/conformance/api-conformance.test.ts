/**
 * One contract, two implementations: the same cases run against the renderer's test double and the
 * real command service over the same seeded workspace, and where both answer, the answers are the
 * same. A component test that passes on the fake therefore tests what main does.
 */
import type { AccountView, CommandArgs } from '../../src-shared/contract';
import { EMPTY_FILTER, type InboxFilter } from '../../src-shared/domain';
import { fakeSubject, mainSubject, NOW, type Subject } from './subjects';

const SUBJECTS: Array<[Subject['name'], () => Subject | Promise<Subject>]> = [
  ['fake', fakeSubject],
  ['main', mainSubject],
];

/** What an account is, without what each side makes up (its id, when it was created, its sync). */
function settingsOf(account: AccountView) {
  return { provider: account.provider, label: account.label, baseUrl: account.baseUrl, demo: account.demo };
}

const QUERIES: Array<[string, Partial<CommandArgs<'invoices:query'>>]> = [
  ['the first window, default sort', { limit: 20 }],
  ['a later window', { offset: 40, limit: 15 }],
  ['overdue only, by amount', { filter: { ...EMPTY_FILTER, states: ['overdue'] }, sort: { key: 'amount', dir: 'desc' }, limit: 50 }],
  ['one account, searched', { filter: { ...EMPTY_FILTER, accountIds: ['acc_commet'], search: 'CM-' }, limit: 50 }],
  ['euros between 10 and 2000', { filter: { ...EMPTY_FILTER, amount: { currency: 'EUR', min: 1_000, max: 200_000 } } as InboxFilter, limit: 50 }],
  ['paid within 120 days, no count', { filter: { ...EMPTY_FILTER, paidWithinDays: 120 }, count: false, aggregates: false, limit: 50 }],
];

describe.each(SUBJECTS)('the contract as %s answers it', (_name, create) => {
  let api: Subject;
  beforeEach(async () => {
    api = await create();
  });
  afterEach(async () => {
    await api.close();
  });

  it('accounts: list, add, remove; an unknown id is not_found; a spoofing label is refused with its field', async () => {
    const before = await api.call('accounts:list', {});
    expect(before.map((account) => account.id).sort()).toEqual(['acc_commet', 'acc_gpu', 'acc_onepin', 'acc_opt', 'acc_vast']);
    const added = await api.call('accounts:add', { provider: 'onepin', label: '  Osaka  ', baseUrl: null, secret: 'op_secret_1' });
    expect(settingsOf(added)).toEqual({ provider: 'onepin', label: 'Osaka', baseUrl: null, demo: false });
    expect(JSON.stringify(added)).not.toContain('op_secret_1');
    expect((await api.call('accounts:list', {})).map(settingsOf)).toContainEqual(settingsOf(added));
    expect(api.events).toContainEqual({ name: 'inbox:changed', payload: { reason: 'account_added' } });

    await api.call('accounts:remove', { id: added.id });
    expect((await api.call('accounts:list', {})).map((account) => account.id)).not.toContain(added.id);
    expect(api.events).toContainEqual({ name: 'inbox:changed', payload: { reason: 'account_removed' } });

    await expect(api.api.invoke('accounts:remove', { id: 'acc_nobody' })).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
    await expect(api.api.invoke('accounts:add', { provider: 'onepin', label: 'Invoices\u202Efdp.exe', baseUrl: null, secret: 's' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_args', field: 'label' },
    });
  });

  it('removing an account removes its invoices from the inbox', async () => {
    const all = await api.call('invoices:query', { limit: 0 });
    await api.call('accounts:remove', { id: 'acc_gpu' });
    const left = await api.call('invoices:query', { limit: 500 });
    expect(left.count).toBe(all.count - 12);
    expect(left.rows.some((row) => row.accountId === 'acc_gpu')).toBe(false);
  });

  it('settings: update answers the whole settings and tells every window; developer mode cannot be set by a page', async () => {
    const settings = await api.call('settings:update', { theme: 'dark', syncIntervalMinutes: 45, developerMode: true } as CommandArgs<'settings:update'>);
    expect(settings).toMatchObject({ theme: 'dark', syncIntervalMinutes: 45, developerMode: false });
    expect(await api.call('settings:get', {})).toEqual(settings);
    expect(api.events.filter((event) => event.name === 'settings:changed').at(-1)?.payload).toEqual(settings);
    await expect(api.api.invoke('settings:update', { syncIntervalMinutes: -1 })).resolves.toMatchObject({ ok: false, error: { code: 'invalid_args', field: 'syncIntervalMinutes' } });
  });

  it('views: save, replace, delete; other views stay', async () => {
    await api.call('views:save', { id: 'v-overdue', name: 'Overdue', filter: { states: ['overdue'] }, sort: { key: 'due', dir: 'asc' } });
    await api.call('views:save', { id: 'v-eur', name: 'Euros', filter: { search: 'EUR' }, sort: { key: 'amount', dir: 'desc' } });
    const replaced = await api.call('views:save', { id: 'v-overdue', name: 'Late', filter: { states: ['overdue'] }, sort: { key: 'due', dir: 'desc' } });
    expect(replaced.savedViews).toEqual([
      { id: 'v-overdue', name: 'Late', filter: { states: ['overdue'] }, sort: { key: 'due', dir: 'desc' } },
      { id: 'v-eur', name: 'Euros', filter: { search: 'EUR' }, sort: { key: 'amount', dir: 'desc' } },
    ]);
    const after = await api.call('views:delete', { id: 'v-overdue' });
    expect(after.savedViews).toEqual([{ id: 'v-eur', name: 'Euros', filter: { search: 'EUR' }, sort: { key: 'amount', dir: 'desc' } }]);
    expect(api.events.filter((event) => event.name === 'settings:changed')).toHaveLength(4);
  });

  it('reminders: "I paid this" hides the invoice from what is due, and undoing it brings it back', async () => {
    const due = await api.call('reminders:list', { withinDays: 30 });
    const target = due.find((item) => item.state !== 'overdue') ?? due[0];
    if (!target) throw new Error('the seeded workspace has nothing due');
    await api.call('reminders:markPaid', { invoiceId: target.invoiceId, paid: true });
    expect((await api.call('reminders:list', { withinDays: 30 })).map((item) => item.invoiceId)).not.toContain(target.invoiceId);
    const hidden = await api.call('reminders:list', { withinDays: 30, includeHidden: true });
    expect(hidden.find((item) => item.invoiceId === target.invoiceId)).toMatchObject({ hidden: 'marked_paid', markedPaidAt: new Date(NOW).toISOString() });
    expect(api.events.some((event) => event.name === 'reminders:changed')).toBe(true);
    await api.call('reminders:markPaid', { invoiceId: target.invoiceId, paid: false });
    expect((await api.call('reminders:list', { withinDays: 30 })).map((item) => item.invoiceId)).toContain(target.invoiceId);
    await expect(api.api.invoke('reminders:markPaid', { invoiceId: 'acc_gpu:nope', paid: true })).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
    await expect(api.api.invoke('reminders:snooze', { invoiceId: target.invoiceId, until: '2020-01-01' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid_args' } });
  });
});

describe('the fake and main give the same answers', () => {
  let fake: Subject;
  let main: Subject;
  beforeAll(async () => {
    fake = fakeSubject();
    main = await mainSubject();
  });
  afterAll(async () => {
    await fake.close();
    await main.close();
  });

  it.each(QUERIES)('invoices:query: %s (rows, count, aggregates)', async (_name, args) => {
    const [a, b] = await Promise.all([fake.call('invoices:query', args), main.call('invoices:query', args)]);
    expect(a.rows.length).toBeGreaterThan(0);
    expect(a).toEqual(b);
  });

  it('invoices:get, invoices:locate and invoices:facets', async () => {
    const id = 'acc_opt:acc_opt-4';
    const [detailA, detailB] = await Promise.all([fake.call('invoices:get', { invoiceId: id }), main.call('invoices:get', { invoiceId: id })]);
    expect(detailA).toEqual(detailB);
    const locate = { invoiceId: id, filter: EMPTY_FILTER, sort: { key: 'amount', dir: 'asc' } } as const;
    expect(await fake.call('invoices:locate', locate)).toEqual(await main.call('invoices:locate', locate));
    expect(await fake.call('invoices:facets', {})).toEqual(await main.call('invoices:facets', {}));
    const missing = await Promise.all([fake.api.invoke('invoices:get', { invoiceId: 'acc_opt:none' }), main.api.invoke('invoices:get', { invoiceId: 'acc_opt:none' })]);
    expect(missing[0]).toEqual(missing[1]);
  });

  it('reminders:list and the preferences', async () => {
    for (const args of [{ withinDays: 7 }, { withinDays: 90, includeHidden: true }]) {
      expect(await fake.call('reminders:list', args)).toEqual(await main.call('reminders:list', args));
    }
    expect(await fake.call('reminders:getPreferences', {})).toEqual(await main.call('reminders:getPreferences', {}));
  });

  it('a payload that fails the schema: the same typed error', async () => {
    const bad = { provider: 'nope', label: 'x', baseUrl: null, secret: 's' } as never;
    expect(await fake.api.invoke('accounts:add', bad)).toEqual(await main.api.invoke('accounts:add', bad));
  });
});

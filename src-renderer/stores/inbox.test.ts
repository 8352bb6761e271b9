import type { CommandArgs } from '../../src-shared/contract';
import type { ApiClient } from '../api/client';
import { createInboxStore } from './inbox';

/** Main as the web host or Electron main is: one request at a time; here each waits until the test answers it. */
function heldMain() {
  const queries: Array<{ args: CommandArgs<'invoices:query'>; answer: () => void }> = [];
  const call = (name: string, args: unknown): Promise<unknown> =>
    new Promise((resolve) => {
      if (name !== 'invoices:query') return resolve({ currencies: [], total: 0, owed: 0 });
      queries.push({ args: args as CommandArgs<'invoices:query'>, answer: () => resolve({ offset: 0, rows: [], count: 0, aggregates: null }) });
    });
  const api = { call, on: () => () => undefined } as unknown as ApiClient;
  const figureRequests = () => queries.filter((query) => query.args.count === true).map((query) => query.args.filter?.search);
  return { api, queries, figureRequests };
}

describe('the inbox store while the user types', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('never asks main for the figures of a search the user has already changed, however slow the rows come back', async () => {
    const main = heldMain();
    const store = createInboxStore(main.api, () => 0, { figuresDelayMs: 150 });
    store.getState().setFilter({ search: 'g' });
    main.queries[0]?.answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().shownSearch).toBe('g');

    // The next keystroke's rows take longer than the pause after which figures are asked for.
    store.getState().setFilter({ search: 'gr' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(main.figureRequests()).toEqual([]);

    main.queries[1]?.answer();
    await vi.advanceTimersByTimeAsync(150);
    expect(store.getState().shownSearch).toBe('gr');
    expect(main.figureRequests()).toEqual(['gr']);
  });
});

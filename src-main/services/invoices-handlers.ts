import { DEFAULT_SORT, EMPTY_FILTER } from '../../src-shared/domain';
import type { CommandHandlers } from './commands';
import { CommandFailure } from './failures';
import type { ServiceDeps } from './types';

type InvoiceCommand = 'invoices:query' | 'invoices:get' | 'invoices:locate' | 'invoices:facets' | 'invoices:decideDuplicate';

/** The inbox, answered by the workspace store: windows of rows and figures, never the whole inbox. */
export function invoiceHandlers(deps: Pick<ServiceDeps, 'inbox' | 'events'>): Pick<CommandHandlers, InvoiceCommand> {
  const { inbox, events } = deps;
  return {
    'invoices:query': async ({ filter, sort, offset, limit, count, aggregates }) => {
      const result = inbox.window({ filter, sort, offset, limit, count, aggregates });
      return { offset: result.offset, rows: result.rows, count: result.count ?? -1, aggregates: result.aggregates };
    },
    'invoices:get': async ({ invoiceId }) => {
      const detail = inbox.detail(invoiceId);
      if (!detail) throw new CommandFailure('not_found', 'That invoice is no longer in the inbox. Sync again to refresh the list.');
      return detail;
    },
    'invoices:decideDuplicate': async ({ invoiceId, distinct }) => {
      inbox.decideDuplicate(invoiceId, distinct);
      events.emit('inbox:changed', { reason: 'marks' });
      return null;
    },
    'invoices:locate': async ({ invoiceId, filter, sort }) => ({ index: inbox.locate(invoiceId, filter, sort) }),
    'invoices:facets': async () => {
      const { count, aggregates } = inbox.window({ filter: EMPTY_FILTER, sort: DEFAULT_SORT, offset: 0, limit: 0 });
      const owed = (aggregates?.byCurrency ?? []).reduce((sum, entry) => sum + entry.dueCount, 0);
      return { currencies: inbox.currencies(), total: count ?? 0, owed, tags: inbox.tags() };
    },
  };
}

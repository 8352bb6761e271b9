import { isFilterEmpty, type DueFilter } from '../../../src-shared/domain/inbox-query';
import { INVOICE_KINDS, KIND_LABELS, type InvoiceKind } from '../../../src-shared/domain/invoice';
import { INVOICE_STATES, STATE_LABELS, type InvoiceState } from '../../../src-shared/domain/invoice-state';
import { PROVIDER_IDS, PROVIDERS, isProviderId } from '../../../src-shared/domain/provider';
import { useAccounts, useInbox } from '../../app/context';
import { MultiSelect } from '../../components/MultiSelect';
import { CompactFilters } from './CompactFilters';
import { activeFilterCount } from './filter-count';
import { SORT_KEYS, SORT_LABELS, type SortKey } from './sort';

/** Stable empty lists: a selector must not return a new array on every call. */
const NO_CURRENCIES: string[] = [];
const NO_TAGS: { tag: string; count: number }[] = [];

const DUE_OPTIONS: Array<{ value: DueFilter['kind']; label: string }> = [
  { value: 'any', label: 'Any due date' },
  { value: 'overdue', label: 'Overdue' },
  { value: 'next7', label: 'Due within 7 days' },
  { value: 'thisMonth', label: 'Due this month' },
  { value: 'range', label: 'Custom range…' },
];

const numberOrNull = (text: string): number | null => (text.trim() === '' || Number.isNaN(Number(text)) || Number(text) < 0 ? null : Number(text));

/** Every filter and the sort in a row; `compact`: folded behind one "Filters (N)" button. */
export function FilterBar({ compact = false }: { compact?: boolean }) {
  const filter = useInbox((s) => s.filter);
  const sort = useInbox((s) => s.sort);
  const currencies = useInbox((s) => s.facets?.currencies ?? NO_CURRENCIES);
  const tags = useInbox((s) => s.facets?.tags ?? NO_TAGS);
  const setFilter = useInbox((s) => s.setFilter);
  const setSort = useInbox((s) => s.setSort);
  const clearFilters = useInbox((s) => s.clearFilters);
  const accounts = useAccounts((s) => s.accounts);

  const statusOptions = INVOICE_STATES.map((s) => ({ value: s, label: STATE_LABELS[s] }));
  const kindOptions = INVOICE_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }));
  const accountOptions = accounts.map((a) => ({ value: a.id, label: `${a.label} (${PROVIDERS[a.provider].name})` }));
  // The workspace's tags with how many invoices have each; a filtered tag nobody has any more stays, to be unticked.
  const tagOptions = [
    ...tags.map((t) => ({ value: t.tag, label: t.tag, count: t.count })),
    ...filter.tags.filter((tag) => !tags.some((t) => t.tag.toLowerCase() === tag.toLowerCase())).map((tag) => ({ value: tag, label: tag, count: 0 })),
  ];

  const setDueKind = (kind: DueFilter['kind']) => {
    const due: DueFilter = kind === 'range' ? { kind, from: null, to: null } : { kind };
    setFilter({ due });
  };

  const controls = (
    <>
      <MultiSelect<InvoiceState>
        label="Status"
        anyLabel="Any"
        options={statusOptions}
        selected={filter.states}
        onChange={(states) => setFilter({ states })}
      />
      <MultiSelect<InvoiceKind>
        label="Kind"
        anyLabel="All kinds"
        options={kindOptions}
        selected={filter.kinds}
        onChange={(kinds) => setFilter({ kinds })}
      />
      <MultiSelect<string>
        label="Account"
        anyLabel="All"
        options={accountOptions}
        selected={filter.accountIds}
        onChange={(accountIds) => setFilter({ accountIds })}
      />
      {tagOptions.length > 0 ? (
        <MultiSelect<string> label="Tags" anyLabel="Any" options={tagOptions} selected={filter.tags} onChange={(next) => setFilter({ tags: next })} />
      ) : null}
      <label className="inline-field">
        <span className="filter-label">Provider</span>
        <select value={filter.provider ?? ''} onChange={(e) => setFilter({ provider: isProviderId(e.target.value) ? e.target.value : null })}>
          <option value="">All</option>
          {PROVIDER_IDS.map((id) => (
            <option key={id} value={id}>
              {PROVIDERS[id].name}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <span className="filter-label">Due</span>
        <select value={filter.due.kind} onChange={(e) => setDueKind(e.target.value as DueFilter['kind'])}>
          {DUE_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      {filter.due.kind === 'range' ? (
        <>
          <label className="inline-field">
            <span className="filter-label">From</span>
            <input type="date" value={filter.due.from ?? ''} onChange={(e) => setFilter({ due: { kind: 'range', from: e.target.value || null, to: filter.due.kind === 'range' ? filter.due.to : null } })} />
          </label>
          <label className="inline-field">
            <span className="filter-label">To</span>
            <input type="date" value={filter.due.to ?? ''} onChange={(e) => setFilter({ due: { kind: 'range', from: filter.due.kind === 'range' ? filter.due.from : null, to: e.target.value || null } })} />
          </label>
        </>
      ) : null}
      <label className="inline-field">
        <span className="filter-label">Currency</span>
        <select
          value={filter.currency ?? ''}
          onChange={(e) => setFilter(e.target.value ? { currency: e.target.value } : { currency: null, amountMin: null, amountMax: null })}
        >
          <option value="">All</option>
          {currencies.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <span className="filter-label">Min{filter.currency ? ` ${filter.currency}` : ''}</span>
        <input
          className="amount-input"
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          aria-label={filter.currency ? `Minimum total in ${filter.currency}` : 'Minimum total (choose a currency first)'}
          title={filter.currency ? undefined : 'Amounts compare within one currency: choose a currency first.'}
          disabled={filter.currency === null}
          value={filter.amountMin ?? ''}
          onChange={(e) => setFilter({ amountMin: numberOrNull(e.target.value) })}
        />
      </label>
      <label className="inline-field">
        <span className="filter-label">Max{filter.currency ? ` ${filter.currency}` : ''}</span>
        <input
          className="amount-input"
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          aria-label={filter.currency ? `Maximum total in ${filter.currency}` : 'Maximum total (choose a currency first)'}
          title={filter.currency ? undefined : 'Amounts compare within one currency: choose a currency first.'}
          disabled={filter.currency === null}
          value={filter.amountMax ?? ''}
          onChange={(e) => setFilter({ amountMax: numberOrNull(e.target.value) })}
        />
      </label>
      <label className="inline-field">
        <span className="filter-label">Sort</span>
        <select value={sort.key} onChange={(e) => setSort({ ...sort, key: e.target.value as SortKey })}>
          {SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {SORT_LABELS[key]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="icon-button"
        onClick={() => setSort({ ...sort, dir: sort.dir === 'asc' ? 'desc' : 'asc' })}
        aria-label={sort.dir === 'asc' ? 'Ascending: switch to descending' : 'Descending: switch to ascending'}
        title={sort.dir === 'asc' ? 'Ascending' : 'Descending'}
      >
        {sort.dir === 'asc' ? '↑' : '↓'}
      </button>
      {!isFilterEmpty(filter) ? (
        <button type="button" className="link-button" onClick={clearFilters}>
          Clear filters
        </button>
      ) : null}
    </>
  );
  if (compact) return <CompactFilters count={activeFilterCount(filter)}>{controls}</CompactFilters>;
  return (
    <div className="filter-bar" role="group" aria-label="Filters and sort">
      {controls}
    </div>
  );
}

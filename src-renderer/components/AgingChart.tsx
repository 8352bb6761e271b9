import { AGING_BUCKETS, AGING_LABELS, type CurrencyAging } from '../features/inbox/aging';
import { formatMoney } from '../format/money';

/**
 * Open amounts by age, one row per currency (never mixed): a table whose cells carry a bar sized
 * against the largest bucket of that currency, so it reads as a chart and as a table.
 */
export function AgingChart({ aging }: { aging: readonly CurrencyAging[] }) {
  if (aging.length === 0) return <p className="muted">Nothing open in this view.</p>;
  return (
    <table className="aging">
      <caption className="visually-hidden">Open amounts by days past due, per currency</caption>
      <thead>
        <tr>
          <th scope="col">Currency</th>
          {AGING_BUCKETS.map((bucket) => (
            <th scope="col" key={bucket}>
              {AGING_LABELS[bucket]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {aging.map((row) => {
          const max = Math.max(...AGING_BUCKETS.map((b) => row.buckets[b]), 1);
          return (
            <tr key={row.currency}>
              <th scope="row">{row.currency}</th>
              {AGING_BUCKETS.map((bucket) => {
                const amount = row.buckets[bucket];
                return (
                  <td key={bucket} data-bucket={bucket}>
                    <span className="aging-amount">{amount === 0 ? '—' : formatMoney(amount, row.currency)}</span>
                    <span className={`aging-bar aging-bar-${bucket}`} aria-hidden="true">
                      <span style={{ width: `${Math.round((amount / max) * 100)}%` }} />
                    </span>
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

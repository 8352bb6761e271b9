import { AgingChart } from '../../components/AgingChart';
import { formatMoney } from '../../format/money';
import type { CurrencyAging } from './aging';
import type { InboxSummary } from './summary';

/** Amount due per currency for the current filter (never one grand total) and the aging table. */
export function SummaryStrip({ summary, aging }: { summary: InboxSummary; aging: readonly CurrencyAging[] }) {
  return (
    <section className="summary-strip" aria-label="Summary of the invoices shown">
      <div className="summary-totals">
        <p className="summary-count">
          {summary.count} {summary.count === 1 ? 'invoice' : 'invoices'}
        </p>
        <ul className="currency-totals" aria-label="Amount due per currency">
          {summary.byCurrency.map((t) => (
            <li key={t.currency} data-currency={t.currency}>
              <span className="currency-code">{t.currency}</span>
              <span className="currency-due">
                {formatMoney(t.amountDue, t.currency)}
              </span>
              <span className="muted">due · {t.unpaidCount} open</span>
            </li>
          ))}
        </ul>
      </div>
      {/* Focusable: in a narrow pane the table may scroll sideways, and keyboards must reach it. */}
      <div className="summary-aging" role="region" aria-labelledby="aging-title" tabIndex={0}>
        <h2 className="section-title" id="aging-title">
          Aging of open amounts
        </h2>
        <AgingChart aging={aging} />
      </div>
    </section>
  );
}

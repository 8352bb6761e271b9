import type { InboxAggregates, InboxFilter } from '../../../src-shared/domain/inbox-query';
import { AgingChart } from '../../components/AgingChart';
import { formatMoney } from '../../format/money';
import { CompactAging } from './CompactAging';

/** A view of what was paid ("Paid last 30 days", the Paid state alone): its totals are what was paid. */
export function isPaidView(filter: InboxFilter): boolean {
  return filter.paidWithinDays !== null || (filter.states.length > 0 && filter.states.every((state) => state === 'paid'));
}

/**
 * Amount due per currency for the current filter (never one grand total) and the aging table; in a
 * view of paid invoices, what was paid per currency instead. `compact`: one line (the first
 * currency's total never cut, the others may be) with the aging behind a button.
 */
export function SummaryStrip({
  count,
  aggregates,
  paidView = false,
  compact = false,
}: {
  count: number | null;
  aggregates: InboxAggregates | null;
  paidView?: boolean;
  compact?: boolean;
}) {
  const shownCount = aggregates?.count ?? count;
  return (
    <section className={`summary-strip${compact ? ' compact' : ''}`} aria-label="Summary of the invoices shown" aria-busy={aggregates === null}>
      <div className="summary-totals">
        <p className="summary-count">
          {shownCount === null ? 'Counting invoices…' : `${shownCount.toLocaleString()} ${shownCount === 1 ? 'invoice' : 'invoices'}`}
        </p>
        {aggregates === null ? (
          <p className="muted">Adding up…</p>
        ) : (
          <ul className="currency-totals" aria-label={paidView ? 'Amount paid per currency' : 'Amount due per currency'}>
            {aggregates.byCurrency.map((t) =>
              paidView ? (
                <li key={t.currency} data-currency={t.currency}>
                  <span className="currency-code">{t.currency}</span>
                  <span className="currency-due">{formatMoney(t.paidAmount, t.currency)}</span>
                  <span className="muted">
                    paid · {t.paidCount} {t.paidCount === 1 ? 'invoice' : 'invoices'}
                  </span>
                </li>
              ) : (
                <li key={t.currency} data-currency={t.currency}>
                  <span className="currency-code">{t.currency}</span>
                  <span className="currency-due">{formatMoney(t.dueAmount, t.currency)}</span>
                  <span className="muted">due · {t.dueCount} open</span>
                </li>
              ),
            )}
          </ul>
        )}
      </div>
      {compact ? (
        <CompactAging aggregates={aggregates} />
      ) : (
        /* Focusable: in a narrow pane the table may scroll sideways, and keyboards must reach it. */
        <div className="summary-aging" role="region" aria-labelledby="aging-title" tabIndex={0}>
          <h2 className="section-title" id="aging-title">
            Aging of open amounts
          </h2>
          {aggregates === null ? <p className="muted">Adding up…</p> : <AgingChart aging={aggregates.aging} />}
        </div>
      )}
    </section>
  );
}

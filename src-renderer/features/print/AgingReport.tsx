import { useEffect, useMemo, useState } from 'react';
import { AGING_BUCKETS, AGING_LABELS, type CurrencyAging, type InboxFilter, type InboxSort } from '../../../src-shared/domain';
import { EMPTY_FILTER } from '../../../src-shared/domain/inbox-query';
import { UNPAID_STATES } from '../../../src-shared/domain/invoice-state';
import { useAccounts, useApi } from '../../app/context';
import { AgingChart } from '../../components/AgingChart';
import { formatMoney } from '../../format/money';
import { messageOf } from '../../stores/types';
import type { DocumentProps } from './ViewDocument';
import { Head, RowsTable } from './PrintTables';
import { useAllRows } from './use-all-rows';

/** Bills that may still want money; what is owed among them (not marked paid, amount due) is what ages. */
const BILLS: InboxFilter = { ...EMPTY_FILTER, kinds: ['invoice'], states: [...UNPAID_STATES] };
const BY_DUE: InboxSort = { key: 'due', dir: 'asc' };

interface AccountAging {
  accountId: string;
  label: string;
  aging: CurrencyAging[];
}

/** Aging per account (one figures query per account, computed in main). */
function useAccountAging(): { rows: AccountAging[] | null; error: string | null } {
  const api = useApi();
  const accounts = useAccounts((s) => s.accounts);
  const [state, setState] = useState<{ rows: AccountAging[] | null; error: string | null }>({ rows: null, error: null });
  useEffect(() => {
    let stopped = false;
    Promise.all(
      accounts.map(async (account) => {
        const result = await api.call('invoices:query', { filter: { ...BILLS, accountIds: [account.id] }, sort: BY_DUE, offset: 0, limit: 0, count: false, aggregates: true });
        return { accountId: account.id, label: account.label, aging: result.aggregates?.aging ?? [] };
      }),
    ).then(
      (rows) => !stopped && setState({ rows: rows.filter((row) => row.aging.length > 0), error: null }),
      (error: unknown) => !stopped && setState({ rows: null, error: messageOf(error) }),
    );
    return () => {
      stopped = true;
    };
  }, [api, accounts]);
  return state;
}

/**
 * The AP aging report: what is owed on bills in every account, by days past due, per currency (never
 * mixed), then the owed bills themselves by due date. Credits, refunds and top-ups are not owed; bills
 * the user marked paid are left out.
 */
export function AgingReport({ title, asOf, onReady }: DocumentProps) {
  const bills = useAllRows(BILLS, BY_DUE);
  const byAccount = useAccountAging();
  const owed = useMemo(() => bills.rows.filter((row) => row.payable && row.markedPaidAt === null), [bills.rows]);
  const ready = bills.done && byAccount.rows !== null;
  const error = bills.error ?? byAccount.error;
  useEffect(() => onReady(ready, error), [ready, error, onReady]);

  return (
    <>
      <header className="print-header">
        <h1 id="print-title">{title}</h1>
        <p className="print-meta">All accounts · as of {asOf} · what is owed on bills (bills marked paid, credits, refunds and top-ups are left out)</p>
      </header>
      <section className="print-section" aria-labelledby="aging-accounts-title">
        <h2 id="aging-accounts-title">By account</h2>
        {byAccount.rows === null ? (
          <p>Adding up…</p>
        ) : byAccount.rows.length === 0 ? (
          <p>Nothing is owed.</p>
        ) : (
          <table className="print-table print-aging-accounts">
            <caption className="visually-hidden">Owed amounts by account and days past due</caption>
            <Head names={['Account', 'Currency', ...AGING_BUCKETS.map((bucket) => AGING_LABELS[bucket]), 'Total']} numericFrom={2} />
            <tbody>
              {byAccount.rows.flatMap((account) =>
                account.aging.map((entry) => (
                  <tr key={`${account.accountId}:${entry.currency}`}>
                    <th scope="row">{account.label}</th>
                    <td>{entry.currency}</td>
                    {AGING_BUCKETS.map((bucket) => (
                      <td className="num" key={bucket}>
                        {entry.buckets[bucket] === 0 ? '—' : formatMoney(entry.buckets[bucket], entry.currency)}
                      </td>
                    ))}
                    <td className="num">{formatMoney(entry.total, entry.currency)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        )}
      </section>
      <section className="print-section" aria-labelledby="aging-totals-title">
        <h2 id="aging-totals-title">Totals per currency</h2>
        {bills.aggregates ? <AgingChart aging={bills.aggregates.aging} /> : <p>Adding up…</p>}
      </section>
      <section className="print-section" aria-labelledby="aging-bills-title">
        <h2 id="aging-bills-title">Owed bills by due date</h2>
        <RowsTable rows={owed} caption="Owed bills by due date" />
      </section>
    </>
  );
}

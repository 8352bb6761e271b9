import type { ConnectionTestResult } from '../../../src-shared/contract';
import { errorFix } from '../sync/error-action';

export type TestOutcome = { kind: 'result'; result: ConnectionTestResult } | { kind: 'failed'; message: string } | null;

/** The answer of "Test connection", in words, with the fix when it failed. */
export function TestResult({ outcome }: { outcome: TestOutcome }) {
  if (outcome === null) return null;
  if (outcome.kind === 'failed') {
    return (
      <div className="test-result test-bad" role="alert">
        {outcome.message}
      </div>
    );
  }
  const { result } = outcome;
  if (result.ok) {
    return (
      <div className="test-result test-ok" role="status">
        Connection works: the provider returned {result.invoicesSeen} {result.invoicesSeen === 1 ? 'invoice' : 'invoices'} on the first page.
      </div>
    );
  }
  const fix = result.error ? errorFix(result.error) : null;
  return (
    <div className="test-result test-bad" role="alert">
      <p>{result.error?.message ?? 'The connection test failed.'}</p>
      {fix?.kind === 'hint' ? <p>{fix.text}</p> : null}
      {fix?.kind === 'button' && fix.action === 'reenter_credential' ? <p>Check the credential and paste it again.</p> : null}
      {fix?.kind === 'button' && fix.action === 'check_base_url' ? <p>Check the base URL.</p> : null}
    </div>
  );
}

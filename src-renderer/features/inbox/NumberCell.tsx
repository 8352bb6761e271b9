import { useCopyText } from '../../app/useCopyText';
import { CopyButton } from '../../components/CopyButton';

/** What the full id reads as in a tooltip: the number, and the provider's id when it differs. */
export function fullInvoiceId(number: string | null, providerInvoiceId: string): string {
  return number === null || number === providerInvoiceId ? providerInvoiceId : `${number} (provider’s ID ${providerInvoiceId})`;
}

/** The grid's Number cell: the id (cut with an ellipsis, whole in its tooltip) and a copy button. */
export function NumberCell({ number, providerInvoiceId }: { number: string | null; providerInvoiceId: string }) {
  const copy = useCopyText();
  const shown = number ?? providerInvoiceId;
  return (
    <>
      <span className="number-text" title={fullInvoiceId(number, providerInvoiceId)}>
        {shown}
      </span>
      <CopyButton label={`Copy invoice number ${shown}`} tabIndex={-1} onCopy={() => void copy(shown)} />
    </>
  );
}

/**
 * The fake API's PDFs and outside links: a PDF is the one a test stored for the invoice (or the error
 * it stored), else one drawn for it when the provider gave a link; a link opened is recorded and
 * announced as main does.
 */
import type { CommandError, CommandValue, EventName, EventPayload } from '../../src-shared/contract';
import type { Invoice } from '../../src-shared/domain/invoice';
import { FakeCommandError } from './fake-door';
import { makePdfBase64 } from './fake-pdf';

type Emit = <K extends EventName>(name: K, payload: EventPayload<K>) => void;

export class FakeFiles {
  /** Per invoice: PDF base64 or an error to return; unset invoices with a pdfUrl get a generated PDF. */
  readonly pdfs = new Map<string, string | CommandError>();
  readonly openedLinks: Array<{ invoiceId: string; which: 'pay' | 'receipt'; url: string }> = [];

  constructor(
    /** The invoice, or a thrown not_found. */
    private readonly invoice: (id: string) => Invoice,
    private readonly emit: Emit,
  ) {}

  fetchPdf(invoiceId: string): CommandValue<'pdf:fetch'> {
    const stored = this.pdfs.get(invoiceId);
    const invoice = this.invoice(invoiceId);
    if (typeof stored === 'object') fail(stored);
    if (stored === undefined && invoice.pdfUrl === null) fail({ code: 'not_found', message: 'The provider gave no PDF for this invoice.' });
    const base64 = stored ?? makePdfBase64(`Invoice ${invoice.number ?? invoice.providerInvoiceId}`, [invoice.description ?? '']);
    return { base64, size: Math.floor((base64.length * 3) / 4), fromCache: false };
  }

  openLink(invoiceId: string, which: 'pay' | 'receipt'): CommandValue<'links:open'> {
    const invoice = this.invoice(invoiceId);
    const url = which === 'pay' ? invoice.payUrl : invoice.receiptUrl;
    if (url === null) fail({ code: 'not_found', message: `This invoice has no ${which} link.` });
    this.openedLinks.push({ invoiceId: invoice.id, which, url });
    this.emit('links:opened', { invoiceId: invoice.id, which, url });
    return { opened: true, url };
  }
}

/** Fails the command with this error, as main answers it. */
function fail(error: CommandError): never {
  throw new FakeCommandError(error);
}

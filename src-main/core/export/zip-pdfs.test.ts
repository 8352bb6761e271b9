import type { InboxRowView } from '../../../src-shared/domain';
import { generatedRows, memorySink, readZip, rowView } from './test-support';
import { ExportCancelled } from './write-export';
import { zipEntryName, zipPdfs } from './zip-pdfs';

const pdf = (text: string): Buffer => Buffer.from(`%PDF-1.4 ${text}`);

function rows() {
  const made: Record<number, Partial<InboxRowView>> = {
    2: { hasPdf: false },
    3: { number: 'INV-1' },
    5: { number: null, providerInvoiceId: 'in/../5', accountLabel: 'Beta: billing' },
  };
  return generatedRows(6, 2, (n) => rowView(n, made[n] ?? {}));
}

describe('zipPdfs', () => {
  it('puts each PDF in one archive, skips invoices without one and counts what failed', async () => {
    const sink = memorySink();
    const asked: string[] = [];
    const progress: number[] = [];
    const result = await zipPdfs({
      rows: rows(),
      out: sink.stream,
      now: new Date('2026-06-15T12:00:00Z'),
      pause: async () => undefined,
      onProgress: (done) => progress.push(done),
      pdfOf: async (row) => {
        asked.push(row.id);
        if (row.id === 'acc:in_4') throw new Error('offline');
        if (row.id === 'acc:in_6') return 'none';
        return pdf(row.id);
      },
    });
    expect(result).toEqual({ added: 3, skipped: 2, failed: 1 });
    // Row 2 has no PDF link: never fetched.
    expect(asked).toEqual(['acc:in_1', 'acc:in_3', 'acc:in_4', 'acc:in_5', 'acc:in_6']);
    expect(progress).toEqual([0, 2, 4, 6]);
    const files = readZip(sink.bytes());
    expect([...files.keys()]).toEqual(['Acme_GPUs/INV-1.pdf', 'Acme_GPUs/INV-1 (2).pdf', 'Beta_billing/in_.._5.pdf']);
    expect(files.get('Acme_GPUs/INV-1.pdf')?.toString()).toBe('%PDF-1.4 acc:in_1');
    expect(files.get('Acme_GPUs/INV-1 (2).pdf')?.toString()).toBe('%PDF-1.4 acc:in_3');
  });

  it('names entries safely: one folder per account, never a path outside the archive', () => {
    expect(zipEntryName({ accountLabel: '../../etc', number: '../passwd', providerInvoiceId: 'x' })).toBe('etc/passwd.pdf');
    expect(zipEntryName({ accountLabel: '', number: null, providerInvoiceId: '' })).toBe('account/invoice.pdf');
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const sink = memorySink();
    const run = zipPdfs({
      rows: rows(),
      out: sink.stream,
      now: new Date(),
      signal: controller.signal,
      pdfOf: async (row) => {
        controller.abort();
        return pdf(row.id);
      },
    });
    await expect(run).rejects.toBeInstanceOf(ExportCancelled);
    expect(sink.stream.destroyed).toBe(true);
  });
});

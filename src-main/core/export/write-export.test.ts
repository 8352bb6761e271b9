import { generatedRows, memorySink, rowView } from './test-support';
import { ExportCancelled, writeTable } from './write-export';

const meta = { title: 'Everything', createdAt: new Date('2026-06-15T12:00:00Z') };

describe('writeTable: 100,000 rows in bounded memory', () => {
  it('writes every row of a CSV while holding one batch at a time, yielding between batches', async () => {
    const rows = generatedRows(100_000, 1000);
    const sink = memorySink();
    const progress: number[] = [];
    let pauses = 0;
    const linesWhenAsked: number[] = [];
    const pause = async (): Promise<void> => {
      pauses += 1;
      await new Promise((resolve) => setImmediate(resolve));
    };
    const asked = rows[Symbol.iterator].bind(rows);
    // Each time the writer asks for the next batch, everything made before it must already be in the output.
    rows[Symbol.iterator] = function* () {
      const batches = asked();
      for (let next = batches.next(); !next.done; next = batches.next()) {
        linesWhenAsked.push(sink.lines());
        yield next.value;
      }
    };
    const result = await writeTable({ format: 'csv', rows, out: sink.stream, meta, pause, onProgress: (done) => progress.push(done) });
    expect(result.rows).toBe(100_000);
    expect(sink.lines()).toBe(100_001);
    expect(rows.requests).toHaveLength(100);
    // Batch k is made only after the k-1 batches before it were taken by the output (plus the header line).
    rows.requests.forEach((madeBefore, k) => expect(linesWhenAsked[k]).toBeGreaterThanOrEqual(madeBefore === 0 ? 0 : madeBefore + 1));
    expect(pauses).toBe(100);
    expect(progress).toHaveLength(101);
    expect(progress.at(-1)).toBe(100_000);
    expect(sink.text().split('\r\n').at(-2)).toContain('INV-100000');
  });

  it('streams an XLSX the same way, a batch at a time (20,000 rows: exceljs is slower per row than CSV)', async () => {
    const rows = generatedRows(20_000, 1000, (n) => rowView(n, { currency: n % 2 === 0 ? 'JPY' : 'USD' }));
    const sink = memorySink(64 * 1024);
    const result = await writeTable({ format: 'xlsx', rows, out: sink.stream, meta, pause: () => new Promise((resolve) => setImmediate(resolve)) });
    expect(result.rows).toBe(20_000);
    expect(rows.requests).toEqual(Array.from({ length: 20 }, (_, k) => k * 1000));
    // A ZIP ends with its end-of-central-directory record.
    const bytes = sink.bytes();
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))).toBeGreaterThan(bytes.length - 200);
  });

  it('stops between batches when cancelled, destroying the output', async () => {
    const rows = generatedRows(10_000, 1000);
    const sink = memorySink();
    const controller = new AbortController();
    const run = writeTable({
      format: 'csv',
      rows,
      out: sink.stream,
      meta,
      signal: controller.signal,
      onProgress: (done) => done >= 3000 && controller.abort(),
    });
    await expect(run).rejects.toBeInstanceOf(ExportCancelled);
    expect(rows.made()).toBe(3000);
    expect(sink.stream.destroyed).toBe(true);
  });
});

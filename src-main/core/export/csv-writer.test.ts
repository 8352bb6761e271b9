import { utcCalendar } from '../testing/seeded-store';
import { EXPORT_HEADERS } from './columns';
import { BY_DUE, EXPORT_NOW, exportStore } from './fixtures';
import { memorySink, rowView } from './test-support';
import { writeTable } from './write-export';

const meta = { title: 'All', createdAt: new Date(EXPORT_NOW) };

async function exportCsv(calendar = utcCalendar(EXPORT_NOW)) {
  const store = exportStore();
  const rows = store.inbox.iterate({ ...BY_DUE, filter: { ...BY_DUE.filter }, sort: { ...BY_DUE.sort } }, calendar, 2);
  const sink = memorySink();
  try {
    await writeTable({ format: 'csv', rows, out: sink.stream, meta, pause: async () => undefined });
  } finally {
    rows.close();
  }
  return sink;
}

describe('CSV export', () => {
  it('starts with a UTF-8 byte order mark and the header line, CRLF line ends', async () => {
    const sink = await exportCsv();
    const bytes = sink.bytes();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = sink.text().slice(1).split('\r\n');
    expect(lines[0]).toBe(EXPORT_HEADERS.join(','));
    expect(lines[0]).toBe('Account,Provider,Number,Provider invoice ID,State,Kind,Currency,Total,Amount due,Amount paid,Issued,Due,Paid on,Description,Marked paid,Tags');
    expect(lines).toHaveLength(7);
    expect(lines.at(-1)).toBe('');
  });

  it('writes exact decimals in each currency (JPY whole, BHD three places), ISO days, states and marks', async () => {
    const lines = (await exportCsv()).text().slice(1).split('\r\n').slice(1, -1);
    // Due order: no due date last; a due moment counts on the user's calendar.
    expect(lines).toEqual([
      `Acme GPUs,GPU Outlet,USD-5,in_5,Overdue,Invoice,USD,0.07,0.07,0.00,2026-06-01,2026-03-01,,'-2+3,2026-06-10,`,
      'Acme GPUs,GPU Outlet,EUR-4,in_4,Paid,Invoice,EUR,100.50,0.00,100.50,2026-06-01,2026-05-01,2026-05-02,,,',
      `Acme GPUs,GPU Outlet,USD-1,in_1,Overdue,Invoice,USD,19.99,19.99,0.00,2026-06-01,2026-06-01,,"'=HYPERLINK(""http://evil.example"",""click"")",,`,
      'Acme GPUs,GPU Outlet,JPY-2,in_2,Open,Invoice,JPY,5000,5000,0,2026-06-01,2026-06-20,,"Yen, ""whole""",,',
      `Acme GPUs,GPU Outlet,BHD-3,in_3,No due date,Invoice,BHD,1.250,1.250,0.000,2026-06-01,,,'@SUM(A1),,`,
    ]);
  });

  it('counts days on the user calendar: issued at midnight UTC on June 1 is May 31 in New York; a provider calendar date stays itself', async () => {
    const newYork = { ...utcCalendar(EXPORT_NOW), dayOf: (ms: number) => new Date(ms - 4 * 3_600_000).toISOString().slice(0, 10) };
    const eur = (await exportCsv(newYork)).text().split('\r\n').find((line) => line.includes('EUR-4'));
    expect(eur).toContain(',2026-05-31,2026-05-01,2026-05-02,');
  });

  it('keeps negative amounts numbers while neutralising text that starts like a formula', async () => {
    const { csvField } = await import('./csv');
    expect(csvField('-12.50')).toBe('-12.50');
    expect(csvField('-1+1')).toBe(`'-1+1`);
    expect(csvField('+1')).toBe(`'+1`);
    expect(csvField('\tx')).toBe(`'\tx`);
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(rowView(1).number)).toBe('INV-1');
  });
});

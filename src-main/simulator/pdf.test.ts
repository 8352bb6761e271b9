/** The invoice PDFs: real PDF 1.4 with a correct xref, linked from the data, readable by pdf.js. */
import { fileURLToPath } from 'node:url';
import { assemblePdf, invoicePdf, pdfString } from './pdf';
import { startSimulator } from './simulator';
import type { Simulator } from './simulator';
import { NOW } from './test-support';

/** Checks the xref table against the bytes: every in-use entry points at "<n> 0 obj". */
function checkXref(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  expect(text.startsWith('%PDF-1.4\n')).toBe(true);
  expect(text.endsWith('%%EOF\n')).toBe(true);
  const startxref = /startxref\n(\d+)\n%%EOF\n$/.exec(text);
  expect(startxref).not.toBeNull();
  const xrefAt = Number(startxref?.[1]);
  expect(text.slice(xrefAt, xrefAt + 5)).toBe('xref\n');
  const header = /^xref\n0 (\d+)\n/.exec(text.slice(xrefAt));
  const size = Number(header?.[1]);
  const entriesAt = xrefAt + (header?.[0].length ?? 0);
  for (let i = 0; i < size; i += 1) {
    const entry = text.slice(entriesAt + i * 20, entriesAt + (i + 1) * 20);
    expect(entry).toMatch(/^\d{10} \d{5} [fn] \n$/);
    if (i === 0) {
      expect(entry).toBe('0000000000 65535 f \n');
      continue;
    }
    const offset = Number(entry.slice(0, 10));
    expect(text.slice(offset, offset + `${i} 0 obj`.length)).toBe(`${i} 0 obj`);
  }
  expect(text).toContain(`trailer\n<< /Size ${size} /Root 1 0 R`);
  return size;
}

describe('PDF builder', () => {
  it('writes a valid xref and a correct stream length', () => {
    const pdf = invoicePdf({ provider: 'commet', id: 'inv_x', number: 'INV-000042', currency: 'EUR', amountMinor: 123456, status: 'paid', createdMs: NOW });
    expect(checkXref(pdf)).toBe(8);
    const text = pdf.toString('latin1');
    const length = Number(/\/Length (\d+) >>\nstream\n/.exec(text)?.[1]);
    const start = text.indexOf('stream\n') + 'stream\n'.length;
    expect(text.indexOf('\nendstream', start) - start).toBe(length);
    expect(text).toContain('/BaseFont /Helvetica ');
    expect(text).toMatch(/re f\n/);
    expect(text).toContain('(Invoice INV-000042) Tj');
    expect(text).toContain('(Amount: EUR 1234.56) Tj');
    expect(text).toContain('(Commet) Tj');
  });

  it('escapes PDF string syntax and drops non-ASCII', () => {
    expect(pdfString('a(b)c\\d')).toBe('(a\\(b\\)c\\\\d)');
    expect(pdfString('café')).toBe('(caf?)');
    expect(checkXref(assemblePdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', '<< >>']))).toBe(4);
  });
});

describe('PDF route', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({
      now: NOW,
      tenants: [
        { provider: 'gpuoutlet', secret: 'g', invoiceCount: 10, seed: 1 },
        { provider: 'onepin', secret: 'o', invoiceCount: 10, seed: 2 },
        { provider: 'opterius', secret: 't', invoiceCount: 10, seed: 3 },
      ],
    });
  });
  afterAll(() => sim.close());

  it('serves the PDF linked from GPU Outlet and OnePin data', async () => {
    const gpu = sim.invoices('gpuoutlet', 'g')[0];
    const onepin = sim.invoices('onepin', 'o').find((i) => i.invoice_pdf !== null);
    for (const url of [gpu?.invoicePdfUrl, onepin?.invoice_pdf]) {
      expect(url).toMatch(new RegExp(`^${sim.url}/files/`));
      const res = await fetch(url ?? '');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const pdf = Buffer.from(await res.arrayBuffer());
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      checkXref(pdf);
    }
    const opt = sim.invoices('opterius', 't')[0];
    const text = Buffer.from(await (await fetch(sim.pdfUrl('opterius', opt?.id ?? 0))).arrayBuffer()).toString('latin1');
    expect(text).toContain(`(Invoice ${opt?.invoice_number ?? ''}) Tj`);
  });

  it('answers 404 for an unknown invoice', async () => {
    expect((await fetch(sim.pdfUrl('gpuoutlet', 'inv_nope'))).status).toBe(404);
    expect((await fetch(`${sim.url}/files/nobody/x.pdf`)).status).toBe(404);
  });

  it('is readable by pdf.js (text extracted from the page)', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const gpu = sim.invoices('gpuoutlet', 'g')[0];
    const data = new Uint8Array(await (await fetch(gpu?.invoicePdfUrl ?? '')).arrayBuffer());
    const standardFontDataUrl = fileURLToPath(new URL('../../node_modules/pdfjs-dist/standard_fonts/', import.meta.url));
    const doc = await pdfjs.getDocument({ data, isEvalSupported: false, standardFontDataUrl }).promise;
    expect(doc.numPages).toBe(1);
    const page = await doc.getPage(1);
    const content = await page.getTextContent();
    const strings = content.items.map((item) => ('str' in item ? item.str : ''));
    expect(strings).toContain('GPU Outlet');
    expect(strings).toContain(`Invoice ${gpu?.id ?? ''}`);
    // A filled path (the coloured band) is painted, so a rendered canvas is never blank.
    const ops = await page.getOperatorList();
    const fills = ops.fnArray.filter((fn, i) => fn === pdfjs.OPS.constructPath && (ops.argsArray[i] as unknown[])[0] === pdfjs.OPS.fill);
    expect(fills.length).toBeGreaterThanOrEqual(1);
    await doc.destroy();
  });
});

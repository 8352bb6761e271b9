/**
 * A tiny, valid one-page PDF (text in Helvetica) built by hand for the fake API: component tests get
 * real PDF bytes without fixtures on disk.
 */
export function makePdf(title: string, lines: readonly string[] = []): string {
  const escape = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '?');
  const text = [`BT /F1 20 Tf 56 780 Td (${escape(title)}) Tj ET`];
  lines.forEach((line, i) => text.push(`BT /F1 11 Tf 56 ${740 - i * 16} Td (${escape(line)}) Tj ET`));
  const content = text.join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return body;
}

/** The PDF above as base64, the shape 'pdf:fetch' returns. */
export function makePdfBase64(title: string, lines: readonly string[] = []): string {
  return btoa(makePdf(title, lines));
}

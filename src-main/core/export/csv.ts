/** CSV as spreadsheets read it: RFC 4180 fields, formulas neutralised, UTF-8 with a byte order mark. */

/** Excel reads a CSV as UTF-8 only when it starts with this mark (else as the system's code page). */
export const CSV_BOM = '\uFEFF';
export const CSV_EOL = '\r\n';

/** A plain decimal number ("19.99", "-5.00", "500"): a spreadsheet reads it as a number, never as a formula. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * One RFC 4180 field: quoted when it holds a comma, quote or line break. Text starting with = + - @,
 * a tab or a carriage return is run as a formula by spreadsheets, so it gets a leading apostrophe
 * (OWASP "CSV injection"); plain decimal numbers (negative amounts) stay numbers.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (with its line end). */
export function csvLine(fields: ReadonlyArray<string | number | null>): string {
  return fields.map(csvField).join(',') + CSV_EOL;
}

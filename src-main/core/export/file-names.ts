/** File names for what the app writes (exports, saved PDFs, ZIP entries): safe on every file system. */

/** Letters, digits, dot, dash and underscore only; no leading dot; at most `max` characters. */
export function safeFileStem(text: string, fallback: string, max = 100): string {
  const stem = text.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').replace(/_+$/, '').slice(0, max);
  return stem || fallback;
}

/** "invoices-overdue-2026-11-21.xlsx": what the export holds and the day it was made. */
export function exportFileName(title: string, day: string, extension: string): string {
  const subject = safeFileStem(title.trim().toLowerCase().replace(/\s+/g, '-'), 'view', 60);
  return `invoices-${subject}-${day}.${extension}`;
}

/** Unique names inside one archive: "INV-1.pdf", then "INV-1 (2).pdf". */
export function uniqueNamer(): (name: string) => string {
  const used = new Set<string>();
  return (name) => {
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const ext = dot > 0 ? name.slice(dot) : '';
    let candidate = name;
    for (let n = 2; used.has(candidate.toLowerCase()); n += 1) candidate = `${stem} (${n})${ext}`;
    used.add(candidate.toLowerCase());
    return candidate;
  };
}

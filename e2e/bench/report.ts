/**
 * Benchmark results: each figure is a ratio against a baseline measured in the same run, with its
 * target, printed as one verdict line `bench: NAME RATIO (target <= T) meets|MISSES`; the absolute
 * numbers behind it follow on indented lines.
 */
export interface BenchRow {
  /** Stable name (scripts grep for it): lower case, dashes. */
  name: string;
  ratio: number;
  target: number;
  /** What was compared and the absolute figures, one line each. */
  details: string[];
}

export function meets(row: BenchRow): boolean {
  return Number.isFinite(row.ratio) && row.ratio <= row.target;
}

export function verdictLine(row: BenchRow): string {
  return `bench: ${row.name} ${row.ratio.toFixed(3)} (target <= ${row.target}) ${meets(row) ? 'meets' : 'MISSES'}`;
}

export function formatRows(rows: readonly BenchRow[]): string {
  return rows.map((row) => [verdictLine(row), ...row.details.map((line) => `    ${line}`)].join('\n')).join('\n') + (rows.length > 0 ? '\n' : '');
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Nearest-rank percentile (p95 of 50 values is the 48th smallest). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

export const ms = (value: number): string => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

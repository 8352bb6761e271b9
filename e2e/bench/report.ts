/** Benchmark results print as ratios against a baseline measured in the same run, with the target. */
export interface BenchRow {
  name: string;
  ratio: number;
  /** null when the issue sets no target: the ratio is printed for tracking only. */
  target: number | null;
  detail: string;
}

export function formatRows(rows: BenchRow[]): string {
  const lines = rows.map((r) => {
    const verdict = r.target === null ? '(no target: tracked)' : `(target <= ${r.target}) ${r.ratio <= r.target ? 'meets target' : 'MISSES target'}`;
    return `${r.name}\n  ratio ${r.ratio.toFixed(3)} ${verdict}\n  ${r.detail}`;
  });
  return `${lines.join('\n\n')}\n`;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

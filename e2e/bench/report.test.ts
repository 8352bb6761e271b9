import { formatRows, median, percentile } from './report';

describe('bench report', () => {
  it('prints one verdict line per figure, then its details indented', () => {
    const text = formatRows([
      { name: 'db-open', ratio: 1.23456, target: 3, details: ['app 8 ms', 'bare 3 ms'] },
      { name: 'inbox-memory', ratio: 3.5, target: 3, details: [] },
      { name: 'resync-writes', ratio: Number.NaN, target: 0.01, details: [] },
    ]);
    expect(text).toBe(
      ['bench: db-open 1.235 (target <= 3) meets', '    app 8 ms', '    bare 3 ms', 'bench: inbox-memory 3.500 (target <= 3) MISSES', 'bench: resync-writes NaN (target <= 0.01) MISSES', ''].join('\n'),
    );
    for (const line of text.split('\n').filter((entry) => entry.startsWith('bench:'))) {
      expect(line).toMatch(/^bench: [a-z0-9-]+ (\d+\.\d{3}|NaN) \(target <= [\d.]+\) (meets|MISSES)$/);
    }
  });

  it('median and nearest-rank percentile', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const fifty = Array.from({ length: 50 }, (_, n) => n + 1);
    expect(percentile(fifty, 95)).toBe(48);
    expect(percentile([7], 95)).toBe(7);
  });
});

/**
 * ARCHITECTURE.md stays honest: every path it names in backticks exists in the checkout, and it names
 * the files that answer its questions.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const DOC = readFileSync(path.join(ROOT, 'ARCHITECTURE.md'), 'utf8');

/** A backticked span that names a file or folder: has a slash, or a file extension, and no spaces. */
function namedPaths(markdown: string): string[] {
  const spans = [...markdown.matchAll(/`([^`\n]+)`/g)].map((match) => match[1] ?? '');
  return [...new Set(spans.filter((span) => !/\s/.test(span) && (span.includes('/') || /^[\w.-]+\.(ts|tsx|mts|mjs|md|json|jsonc|yml)$/.test(span))))];
}

describe('ARCHITECTURE.md', () => {
  const paths = namedPaths(DOC);

  it('names real paths', () => {
    expect(paths.length).toBeGreaterThan(30);
  });

  it.each(paths)('%s exists', (named) => {
    expect(existsSync(path.join(ROOT, named))).toBe(true);
  });

  it('answers where a sync starts, where an error gets its words, where SQL and providers live', () => {
    for (const file of ['src-main/services/sync-scheduler.ts', 'src-main/services/failures.ts', 'src-main/core/store/', 'src-main/core/connectors/', 'src-main/core/workspace/open-workspace.ts']) {
      expect(paths).toContain(file);
    }
  });

  it('would catch a path that does not exist', () => {
    expect(namedPaths('see `src-main/services/gone.ts` and `knip.jsonc`, not `npm test`')).toEqual(['src-main/services/gone.ts', 'knip.jsonc']);
    expect(existsSync(path.join(ROOT, 'src-main/services/gone.ts'))).toBe(false);
  });
});

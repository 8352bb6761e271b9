/**
 * The gates `npm test` runs really close: knip (with the project's own knip.jsonc) fails on a planted
 * unused export and a planted unused file, and passes once they are gone; ESLint fails on a planted
 * import of the test tree (e2e/) from product code. The knip run uses a small fixture in a temp dir
 * laid out like the project (an entry at src-main/index.ts); ESLint lints planted text under a path in
 * this checkout without writing it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';

const ROOT = path.resolve(__dirname, '..');
const KNIP = path.join(ROOT, 'node_modules', 'knip', 'bin', 'knip.js');

/** One entry of knip's JSON report: a file with what is unused in (or about) it. */
interface KnipIssue {
  file: string;
  files: Array<{ name: string }>;
  exports: Array<{ name: string }>;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'invoice-inbox-knip-'));
  copyFileSync(path.join(ROOT, 'knip.jsonc'), path.join(dir, 'knip.jsonc'));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'knip-fixture', private: true, type: 'module' }));
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'bundler', strict: true } }));
  plant('src-main/index.ts', "import { total } from './core/sums';\nconsole.log(total([1, 2]));\n");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function plant(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

/** knip on the fixture: its exit code and the files and exports it calls unused. */
function knip(): { status: number | null; files: string[]; exports: string[] } {
  const run = spawnSync(process.execPath, [KNIP, '--directory', dir, '--reporter', 'json', '--no-config-hints', '--include', 'files,exports'], { encoding: 'utf8', timeout: 60_000 });
  const report = JSON.parse(run.stdout || '{"issues":[]}') as { issues: KnipIssue[] };
  const files = report.issues.flatMap((issue) => issue.files.map((entry) => entry.name));
  const exports = report.issues.flatMap((issue) => issue.exports.map((entry) => `${issue.file}:${entry.name}`));
  return { status: run.status, files: files.sort(), exports };
}

describe('knip fails on dead code', () => {
  it('an unused export and an unused file fail it; without them it passes', () => {
    plant('src-main/core/sums.ts', 'export function total(values: number[]): number {\n  return values.reduce((a, b) => a + b, 0);\n}\n\nexport function average(values: number[]): number {\n  return values.length === 0 ? 0 : 0;\n}\n');
    plant('src-main/core/forgotten.ts', 'export const FORGOTTEN = 1;\n');
    const planted = knip();
    expect(planted.status).toBe(1);
    expect(planted.exports).toEqual(['src-main/core/sums.ts:average']);
    expect(planted.files).toEqual(['src-main/core/forgotten.ts']);

    rmSync(path.join(dir, 'src-main/core/forgotten.ts'));
    plant('src-main/core/sums.ts', 'export function total(values: number[]): number {\n  return values.reduce((a, b) => a + b, 0);\n}\n');
    expect(knip()).toEqual({ status: 0, files: [], exports: [] });
  });
});

describe('lint fails on a planted e2e import', () => {
  it('in product code and in a test beside it', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    for (const file of ['src-main/core/sync/planted.ts', 'src-main/services/planted.test.ts', 'src-renderer/features/planted.tsx']) {
      const depth = file.split('/').length - 1;
      const source = `import { E2E_TENANTS } from '${'../'.repeat(depth)}e2e/fixtures/tenants';\nexport const planted = E2E_TENANTS;\n`;
      const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, file) });
      expect(result?.errorCount).toBeGreaterThan(0);
      expect(result?.messages.map((message) => message.message)).toContainEqual(expect.stringContaining('never imports from e2e/'));
    }
  });
});
